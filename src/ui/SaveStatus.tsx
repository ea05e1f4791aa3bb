import { useRef, useSyncExternalStore } from 'react';
import { isQuotaError, QUOTA_MESSAGE } from '../data/storage';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Typed text is held back on purpose (a same-field conflict waits for the user's choice). */
  | { kind: 'held' }
  | { kind: 'error'; message: string };

/** Indonesian message for a failed save. */
export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (error instanceof Error && error.name === 'AssessmentLockedError') return error.message;
  return `Gagal menyimpan: ${error instanceof Error ? error.message : String(error)}. Nilai di layar tetap ada; coba lagi.`;
}

/** The save state of a screen, kept outside React so a change re-renders only the status line. */
export interface SaveTracker {
  /** Runs a write and reflects it; resolves true when committed, false when it failed (the error is shown). */
  track: (write: () => Promise<unknown>) => Promise<boolean>;
  /** A field has unsaved typing (debounce running). */
  markWaiting: (key: string, waiting: boolean) => void;
  /** A field's typed text is deliberately not written until the user chooses (never shown as "Tersimpan"). */
  markHeld: (key: string, held: boolean) => void;
  subscribe: (listener: () => void) => () => void;
  getState: () => SaveState;
}

export function createSaveTracker(): SaveTracker {
  let state: SaveState = { kind: 'idle' };
  let pending = 0;
  let failed: string | null = null;
  const waiting = new Set<string>();
  const held = new Set<string>();
  const listeners = new Set<() => void>();
  const set = (next: SaveState) => {
    if (next.kind === state.kind && (next.kind !== 'error' || (state.kind === 'error' && state.message === next.message))) return;
    state = next;
    for (const l of listeners) l();
  };
  const settle = () => {
    if (pending > 0 || waiting.size > 0) set({ kind: 'saving' });
    else if (failed) set({ kind: 'error', message: failed });
    else if (held.size > 0) set({ kind: 'held' });
    else set({ kind: 'saved' });
  };
  return {
    markWaiting(key, isWaiting) {
      if (isWaiting) waiting.add(key);
      else waiting.delete(key);
      settle();
    },
    markHeld(key, isHeld) {
      if (isHeld) held.add(key);
      else held.delete(key);
      settle();
    },
    async track(write) {
      // The write starts first, before any re-render this state change causes: its transaction opens at once.
      let done: Promise<unknown>;
      try {
        done = write();
      } catch (error) {
        done = Promise.reject(error);
      }
      pending += 1;
      settle();
      try {
        await done;
        failed = null;
        return true;
      } catch (error) {
        failed = saveErrorMessage(error);
        return false;
      } finally {
        pending -= 1;
        settle();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
  };
}

/**
 * Tracks the saves of a screen: "Menyimpan…" while anything is waiting (a debounced field counts as waiting),
 * "Tersimpan" once every write has committed, an error until the next successful save. The tracker is stable for
 * the component's life and never re-renders it: show the state with <LiveSaveStatus tracker={…} />.
 */
export function useSaveTracker(): SaveTracker {
  const ref = useRef<SaveTracker | null>(null);
  ref.current ??= createSaveTracker();
  return ref.current;
}

/** The visible save state of a tracker; the only component a state change re-renders. */
export function LiveSaveStatus({ tracker }: { tracker: SaveTracker }) {
  const state = useSyncExternalStore(tracker.subscribe, tracker.getState);
  return <SaveStatus state={state} />;
}

/** The visible save state. Polite live region; errors are announced assertively. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.kind === 'error') {
    return (
      <p role="alert" className="save-state save-state-error" data-testid="save-state">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" aria-live="polite" className={`save-state save-state-${state.kind}`} data-testid="save-state">
      {state.kind === 'saving'
        ? 'Menyimpan…'
        : state.kind === 'saved'
          ? 'Tersimpan'
          : state.kind === 'held'
            ? 'Catatan belum tersimpan: pilih catatan yang dipakai'
            : 'Semua perubahan tersimpan otomatis'}
    </p>
  );
}
