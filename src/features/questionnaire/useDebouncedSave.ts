import { useCallback, useEffect, useRef } from 'react';
import { registerFlusher } from '../../data/pendingSaves';
import { forgetPendingText, rememberPendingText, type PendingText } from '../../data/pendingText';

export const TYPING_DEBOUNCE_MS = 250;

/**
 * Debounces a typed value's write (≤ 300 ms). The pending write is registered with the page-hide/update flusher,
 * and is written at once when the component unmounts (e.g. "Berikutnya").
 */
export function useDebouncedSave(
  key: string,
  write: (value: string) => Promise<unknown>,
  onWaiting: (key: string, waiting: boolean) => void,
  /** Where the text belongs: it is mirrored synchronously until written, so a closed tab cannot lose it. */
  mirror?: PendingText,
) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ value: string } | null>(null);
  const writeRef = useRef(write);
  writeRef.current = write;
  const waitingRef = useRef(onWaiting);
  waitingRef.current = onWaiting;
  // Callers pass a new object each render; the ref keeps flush and schedule stable (their identity drives effects).
  const mirrorRef = useRef(mirror);
  mirrorRef.current = mirror;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (!p) return;
    const done = writeRef.current(p.value);
    waitingRef.current(key, false);
    const ok = await done;
    const m = mirrorRef.current;
    if (m && ok !== false) forgetPendingText(m, p.value);
  }, [key]);

  const schedule = useCallback(
    /** `before`: the field's text before this change (the base the crash mirror compares with at start-up). */
    (value: string, before?: string) => {
      pending.current = { value };
      if (mirrorRef.current) rememberPendingText(mirrorRef.current, value, before);
      waitingRef.current(key, true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), TYPING_DEBOUNCE_MS);
    },
    [flush, key],
  );

  useEffect(() => {
    const unregister = registerFlusher(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const isPending = useCallback(() => pending.current !== null, []);
  return { schedule, flush, isPending };
}
