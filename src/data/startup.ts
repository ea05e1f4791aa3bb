import { onDatabaseInterrupted, openDatabase, type DatabaseInterruption, type OpenResult } from './open';
import { recoverDrafts } from './drafts';
import { recoverPendingTexts } from './pendingText';

/*
 * The page's start: the database opened and the text a closed tab left in the crash mirror written back, before any
 * screen reads. Started once per page, by the entry before React renders (so the database opens while the first
 * render runs), and awaited by App. An interruption ('blocked', 'newer-tab') is kept, so a screen that subscribes
 * after it happened still learns of it.
 */
let started: Promise<OpenResult> | null = null;
let latest: DatabaseInterruption | null = null;
const listeners = new Set<() => void>();

export function startDatabase(): Promise<OpenResult> {
  if (!started) {
    onDatabaseInterrupted((what) => {
      latest = what;
      for (const l of listeners) l();
    });
    started = openDatabase().then(async (result) => {
      if (result.ok) await Promise.all([recoverPendingTexts().catch(() => 0), recoverDrafts().catch(() => undefined)]);
      return result;
    });
  }
  return started;
}

/** The latest interruption of the started database (for useSyncExternalStore). */
export const databaseInterruption = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): DatabaseInterruption | null => latest,
};
