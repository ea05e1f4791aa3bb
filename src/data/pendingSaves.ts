/**
 * Writes that are waiting (typing is debounced) register a flush function here, so that leaving the page
 * (visibilitychange, pagehide) and an app update can write them before anything else happens.
 */
type Flusher = () => Promise<void> | void;
const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}

let listening = false;
/** Flushes on visibilitychange (hidden) and pagehide: the last moments a mobile browser gives a page. */
export function flushOnPageHide(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushPendingSaves();
  });
  window.addEventListener('pagehide', () => void flushPendingSaves());
}
