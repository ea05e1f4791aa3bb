import { crashMirror } from './crashMirror';

/**
 * Unsaved form input (a profile typed but not yet valid, an evidence form, a staff member not yet added), kept in the
 * crash mirror (crashMirror.ts, the same two copies as the writer's typed text) so that a closed tab, a reload or a
 * dead battery never loses what was typed; a form reads its draft synchronously when it opens. At start-up
 * `recoverDrafts` puts the newer of the two copies back in localStorage. A draft is only ever restored into its form;
 * the form's own validation still decides what is saved.
 */
export interface Draft<T> {
  values: T;
  savedAt: string;
}

/** As stored: `n` counts the draft's writes (the higher of two copies is newer); `cleared` marks a draft thrown away. */
interface StoredDraft<T> extends Draft<T> {
  n: number;
  cleared?: true;
}

// The names are those earlier versions stored (localStorage 'swanilai.draft.<name>', meta 'draft:<name>').
const mirror = crashMirror<StoredDraft<unknown>>({ localPrefix: 'swanilai.draft.', dbPrefix: 'draft:', isTombstone: (e) => e.cleared === true });

export function saveDraft<T>(name: string, values: T): void {
  mirror.write(name, { values, savedAt: new Date().toISOString(), n: mirror.nextN(name) });
}

export function loadDraft<T>(name: string): Draft<T> | null {
  const stored = mirror.read(name) as StoredDraft<T> | null;
  return stored && !stored.cleared && stored.values && typeof stored.values === 'object' ? { values: stored.values, savedAt: stored.savedAt } : null;
}

export function clearDraft(name: string): void {
  const stored = mirror.read(name);
  if (!stored || stored.cleared) return;
  // A tombstone, so that an older copy never brings the thrown-away draft back.
  mirror.write(name, { values: null, savedAt: new Date().toISOString(), n: mirror.nextN(name), cleared: true });
}

/** At start-up, before any form reads its draft: the newer of the localStorage and the database copy wins. */
export async function recoverDrafts(): Promise<void> {
  for (const [name, newest] of await mirror.leftovers()) {
    if (newest.cleared || !newest.values) await mirror.drop(name);
    else mirror.restoreLocal(name, newest);
  }
}
