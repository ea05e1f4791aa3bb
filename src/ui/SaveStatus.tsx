import { useCallback, useRef, useState } from 'react';
import { isQuotaError, QUOTA_MESSAGE } from '../data/storage';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Indonesian message for a failed save. */
export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (error instanceof Error && error.name === 'AssessmentLockedError') return error.message;
  return `Gagal menyimpan: ${error instanceof Error ? error.message : String(error)}. Nilai di layar tetap ada; coba lagi.`;
}

/**
 * Tracks the saves of a screen: "Menyimpan…" while anything is waiting (a debounced field counts as waiting),
 * "Tersimpan" once every write has committed, an error until the next successful save.
 */
export function useSaveTracker() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef(0);
  const waiting = useRef(new Set<string>());
  const failed = useRef<string | null>(null);
  const settle = useCallback(() => {
    if (pending.current > 0 || waiting.current.size > 0) setState({ kind: 'saving' });
    else if (failed.current) setState({ kind: 'error', message: failed.current });
    else setState({ kind: 'saved' });
  }, []);

  /** A field has unsaved typing (debounce running). */
  const markWaiting = useCallback(
    (key: string, isWaiting: boolean) => {
      if (isWaiting) waiting.current.add(key);
      else waiting.current.delete(key);
      settle();
    },
    [settle],
  );

  /** Runs a write and reflects it; resolves true when committed, false when it failed (the error is shown). */
  const track = useCallback(
    async (write: () => Promise<unknown>): Promise<boolean> => {
      pending.current += 1;
      settle();
      try {
        await write();
        failed.current = null;
        return true;
      } catch (error) {
        failed.current = saveErrorMessage(error);
        return false;
      } finally {
        pending.current -= 1;
        settle();
      }
    },
    [settle],
  );
  return { state, track, markWaiting };
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
      {state.kind === 'saving' ? 'Menyimpan…' : state.kind === 'saved' ? 'Tersimpan' : 'Semua perubahan tersimpan otomatis'}
    </p>
  );
}
