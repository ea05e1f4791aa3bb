import { useSyncExternalStore } from 'react';
import type { AssessmentWriter, WriterState } from '../data/writer';
import { asStoreError } from '../data/errors';
import { storeErrorText } from './messages';

/** The writer's state as shown: a failure carries its Indonesian message. */
export type SaveState = Exclude<WriterState, { kind: 'failed' }> | { kind: 'error'; message: string };

/** Indonesian message for a failed save. */
export function saveErrorMessage(error: unknown): string {
  const e = asStoreError(error);
  if (e.code !== 'storage') return storeErrorText(e);
  return `Gagal menyimpan: ${e.detail ?? 'tanpa keterangan'}. Nilai di layar tetap ada; coba lagi.`;
}

/** The visible save state of an assessment's writer; the only component a state change re-renders. */
export function LiveSaveStatus({ writer }: { writer: Pick<AssessmentWriter, 'subscribe' | 'getState'> }) {
  const state = useSyncExternalStore(writer.subscribe, writer.getState);
  return <SaveStatus state={toSaveState(state)} />;
}

/** The writer's state in words: a failure becomes its Indonesian message. */
export function toSaveState(state: WriterState): SaveState {
  return state.kind === 'failed' ? { kind: 'error', message: saveErrorMessage(state.error) } : state;
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
