import { deleteDurableCopy, putDurableCopy, readDurableCopies } from './durableCopy';

/**
 * The crash mirror: what the user typed and the database does not hold yet (text waiting for the writer's debounced
 * write, a form not yet saved), kept twice so that a closed tab, a reload or a dead battery never loses it.
 *
 * - localStorage, because its writes are synchronous: they land even from a `pagehide` handler or a tab closed
 *   inside the save pause (an IndexedDB write started then was seen not to), and a form can start from it at once.
 * - the database's meta table (durableCopy.ts), because Chromium writes localStorage to disk lazily (seconds later)
 *   and a killed browser loses it; a committed IndexedDB write survives.
 *
 * No clock decides which copy is newer (a phone's clock can be set back): every entry carries a counter `n` of its
 * writes, and the higher wins. Forgetting writes a tombstone with the next counter, so a stale localStorage copy
 * whose removal never reached the disk cannot come back. Both users (pendingText.ts for the writer's fields, drafts.ts
 * for forms) keep their own entry shape and the names earlier versions stored, so mirrors survive an app update.
 */
export interface MirrorShape<T extends { n: number }> {
  /** localStorage key prefix, e.g. 'swanilai.draft.'. */
  localPrefix: string;
  /** meta-table key prefix, e.g. 'draft:'. */
  dbPrefix: string;
  /** Whether a stored entry is a tombstone. */
  isTombstone(entry: T): boolean;
}

export interface CrashMirror<T extends { n: number }> {
  /** The newest entry of this tab, else the localStorage copy (tombstones included); null when there is none. */
  read(name: string): T | null;
  /** The counter the next write of `name` carries. */
  nextN(name: string): number;
  /** Stores the entry in both copies (a tombstone is removed from localStorage and kept in the database). */
  write(name: string, entry: T): void;
  /** What earlier runs left: for every name, the copy with the higher counter (tombstones included). */
  leftovers(): Promise<Map<string, T>>;
  /** Puts an entry back in localStorage only (after a start-up found the database copy newer). */
  restoreLocal(name: string, entry: T): void;
  /** Removes both copies. */
  drop(name: string): Promise<void>;
}

const counterOf = (e: unknown) => (e && typeof e === 'object' && typeof (e as { n?: unknown }).n === 'number' ? (e as { n: number }).n : 0);

export function crashMirror<T extends { n: number }>(shape: MirrorShape<T>): CrashMirror<T> {
  const latest = new Map<string, T>();
  const localKey = (name: string) => `${shape.localPrefix}${name}`;

  function readLocal(name: string): T | null {
    try {
      const raw = localStorage.getItem(localKey(name));
      const parsed = raw ? (JSON.parse(raw) as unknown) : null;
      return parsed && typeof parsed === 'object' ? (parsed as T) : null;
    } catch {
      return null;
    }
  }

  function setLocal(name: string, entry: T): void {
    try {
      if (shape.isTombstone(entry)) localStorage.removeItem(localKey(name));
      else localStorage.setItem(localKey(name), JSON.stringify(entry));
    } catch {
      // Storage full or unavailable: the database copy is still written.
    }
  }

  const read = (name: string) => latest.get(name) ?? readLocal(name);

  return {
    read,
    nextN: (name) => counterOf(read(name)) + 1,
    write(name, entry) {
      latest.set(name, entry);
      setLocal(name, entry);
      putDurableCopy(`${shape.dbPrefix}${name}`, entry);
    },
    async leftovers() {
      const found = new Map<string, T>();
      const consider = (name: string, e: unknown) => {
        if (!e || typeof e !== 'object') return;
        const had = found.get(name);
        if (!had || counterOf(e) > counterOf(had)) found.set(name, { ...(e as T), n: counterOf(e) });
      };
      for (const [name, v] of await readDurableCopies(shape.dbPrefix)) consider(name, v);
      try {
        for (const k of Object.keys(localStorage).filter((x) => x.startsWith(shape.localPrefix))) {
          const name = k.slice(shape.localPrefix.length);
          const local = readLocal(name);
          // An unreadable copy still names the entry, so that its owner can drop it.
          if (local) consider(name, local);
          else if (!found.has(name)) found.set(name, { n: 0 } as T);
        }
      } catch {
        // localStorage unavailable: the database copies still count
      }
      return found;
    },
    restoreLocal: setLocal,
    async drop(name) {
      latest.delete(name);
      try {
        localStorage.removeItem(localKey(name));
      } catch {
        // unavailable
      }
      await deleteDurableCopy(`${shape.dbPrefix}${name}`);
    },
  };
}
