import type { Bundle } from '../domain/bundle/schema';
import { recapSourceSchema } from '../domain/bundle/schema';
import { db, type RecapSource } from './db';

/** A stored recap source with its bundle typed: it was validated (schema + SHA-256) before it was written. */
export interface StoredRecapSource extends Omit<RecapSource, 'bundle'> {
  bundle: Bundle;
}

/** Which of these ids (bundle hashes) are already stored. Reads keys only, never the bundles. */
export async function existingRecapSourceIds(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db.recapSources.where(':id').anyOf(ids).primaryKeys();
  return new Set(found as string[]);
}

/** Stores validated sources in one transaction (one bulkPut per chunk, never a loop of puts). */
export async function saveRecapSources(sources: StoredRecapSource[]): Promise<void> {
  if (sources.length === 0) return;
  await db.recapSources.bulkPut(sources as RecapSource[]);
}

export function countRecapSources(): Promise<number> {
  return db.recapSources.count();
}

/** Removes every recap source (the institutions' own data on this device is not touched). */
export async function clearRecapSources(): Promise<void> {
  await db.recapSources.clear();
}

/** Ids (bundle hashes) of every stored source: keys only, cheap even for thousands of sources. */
export async function allRecapSourceIds(): Promise<Set<string>> {
  return new Set((await db.recapSources.toCollection().primaryKeys()) as string[]);
}

/** Every stored source id, oldest import first. */
export async function recapSourceIdsByImport(): Promise<string[]> {
  return (await db.recapSources.orderBy('importedAt').primaryKeys()) as string[];
}

/** The stored sources with these ids (missing ones are skipped). */
export async function getRecapSources(ids: string[]): Promise<StoredRecapSource[]> {
  const rows = await db.recapSources.bulkGet(ids);
  // Checked on read too: a row written by an older app or a bad restore (an object as its file name, say) is left
  // out instead of blanking the recap screen for good.
  return rows.filter((r): r is RecapSource => r !== undefined && recapSourceSchema.safeParse(r).success && typeof r.id === 'string') as StoredRecapSource[];
}

/**
 * Adds sources that are not stored yet (an id already stored is left untouched, never overwritten).
 * Returns, per source, whether it was added. Throws on anything but "already stored" (e.g. a full disk).
 */
export async function addRecapSources(sources: StoredRecapSource[]): Promise<boolean[]> {
  if (sources.length === 0) return [];
  const added = sources.map(() => true);
  try {
    await db.recapSources.bulkAdd(sources as RecapSource[]);
  } catch (error) {
    const failures = (error as { failuresByPos?: Record<number, Error> }).failuresByPos;
    if (!failures) throw error;
    for (const [pos, failure] of Object.entries(failures)) {
      if (failure?.name !== 'ConstraintError') throw failure;
      added[Number(pos)] = false;
    }
  }
  return added;
}

/** Records which file a stored source came from (when a copy of a file happened to be stored first). */
export async function setRecapSourceFileName(id: string, fileName: string): Promise<void> {
  await db.recapSources.update(id, { fileName });
}
