/**
 * Unsaved form input (a profile typed but not yet valid or not yet submitted), kept so that a closed tab, a reload
 * or a dead battery never loses what was typed. Kept in localStorage on purpose: its writes are synchronous, so the
 * last keystrokes are still written from a `pagehide` handler while the page is being torn down (an IndexedDB write
 * started there may not finish). A draft is only ever restored into its form; the form's own validation still
 * decides what is saved.
 */
export interface Draft<T> {
  values: T;
  savedAt: string;
}

const key = (name: string) => `swanilai.draft.${name}`;

export function saveDraft<T>(name: string, values: T): void {
  try {
    localStorage.setItem(key(name), JSON.stringify({ values, savedAt: new Date().toISOString() } satisfies Draft<T>));
  } catch {
    // Storage full or unavailable: the form still works; only the safety net is missing.
  }
}

export function loadDraft<T>(name: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(key(name));
    const parsed = raw ? (JSON.parse(raw) as Draft<T>) : null;
    return parsed && typeof parsed === 'object' && parsed.values && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDraft(name: string): void {
  try {
    localStorage.removeItem(key(name));
  } catch {
    // nothing to clear
  }
}
