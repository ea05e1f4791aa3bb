import { db } from './db';

/**
 * A second, durable copy of something kept in localStorage (typed text, form drafts), in the database's meta table.
 * Chromium writes localStorage to disk lazily (seconds later), so a killed browser can lose it; a committed IndexedDB
 * write survives. One write per key is in flight at a time and it always carries the newest value, so fast typing
 * never queues hundreds of transactions.
 */
const newest = new Map<string, unknown>();
const writing = new Set<string>();
const dirty = new Set<string>();

export function putDurableCopy(key: string, value: unknown): void {
  newest.set(key, value);
  dirty.add(key);
  if (writing.has(key)) return; // the running write picks up the newest value when it ends
  writing.add(key);
  void (async () => {
    try {
      while (dirty.has(key)) {
        dirty.delete(key);
        await db.meta.put({ key, value: newest.get(key) });
      }
    } catch {
      // Storage full or the database closed: the localStorage copy remains.
    } finally {
      writing.delete(key);
    }
  })();
}

/** Every durable copy under `prefix`, keyed without the prefix. */
export async function readDurableCopies(prefix: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  try {
    for (const row of await db.meta.where('key').startsWith(prefix).toArray()) out.set(row.key.slice(prefix.length), row.value);
  } catch {
    // unreadable: the localStorage copies still count
  }
  return out;
}

export async function deleteDurableCopy(key: string): Promise<void> {
  newest.delete(key);
  await db.meta.delete(key).catch(() => undefined);
}
