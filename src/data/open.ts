import { DATA_FORMAT, db, type SwanilaiDb } from './db';
import { StoreError } from './errors';
import { flushPendingSaves } from './pendingSaves';

/**
 * What can stop this tab's database while it runs: another tab opened a newer app that upgrades the database
 * ('newer-tab': this tab lets go, after writing what was pending, and must reload), or this tab's upgrade waits for
 * an older tab to let go ('blocked').
 */
export type DatabaseInterruption = 'newer-tab' | 'blocked';
const interruptionListeners = new Set<(what: DatabaseInterruption) => void>();

export function onDatabaseInterrupted(listener: (what: DatabaseInterruption) => void): () => void {
  interruptionListeners.add(listener);
  return () => interruptionListeners.delete(listener);
}

const watched = new WeakSet<SwanilaiDb>();
function watch(database: SwanilaiDb): void {
  if (watched.has(database)) return;
  watched.add(database);
  database.on('versionchange', () => {
    // Write what is pending first, then close so the other tab's upgrade can run; the screens then say to reload.
    void flushPendingSaves()
      .catch(() => undefined)
      .finally(() => {
        database.close();
        for (const l of interruptionListeners) l('newer-tab');
      });
    return false; // Dexie's own handler would close at once, before the pending writes
  });
  database.on('blocked', () => {
    for (const l of interruptionListeners) l('blocked');
  });
}


export type OpenResult =
  | { ok: true }
  | { ok: false; error: StoreError };

/** Opens the database and checks the stored data format before anything reads it. */
export async function openDatabase(database: SwanilaiDb = db): Promise<OpenResult> {
  watch(database);
  try {
    await database.open();
    const stored = await database.meta.get('dataFormat');
    if (!stored) await database.meta.put({ key: 'dataFormat', value: DATA_FORMAT });
    else if (typeof stored.value === 'number' && stored.value > DATA_FORMAT) {
      database.close();
      return { ok: false, error: new StoreError('newer-version') };
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      return { ok: false, error: new StoreError('newer-version') };
    }
    return { ok: false, error: new StoreError('storage-unavailable', error instanceof Error ? error.message : String(error)) };
  }
}
