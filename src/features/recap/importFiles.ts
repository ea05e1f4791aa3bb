import { requestPersistenceAfterFirstSave } from '../../data/storage';
import { allRecapSourceIds, recapSourceIdsByImport, setRecapSourceFileName } from '../../data/recap';
import type { RecapRow } from '../../domain/recap';
import { createProcessor, withFallback, type Processor } from './pool';
import type { StoredResult } from './process';

export type FileStatus = 'diterima' | 'duplikat' | 'ditolak';
export interface FileOutcome {
  fileName: string;
  status: FileStatus;
  /** Indonesian reason or note (empty for a plain acceptance). */
  reason: string;
  /** The bundle hash of an accepted file. */
  sourceId?: string;
}

/**
 * Files per worker request: small enough for a smooth progress bar, big enough to keep messaging cheap and to let a
 * worker read ahead (process.ts). 25 imported 10,000 files about 10 % faster than 10 did.
 */
const FILES_PER_REQUEST = 25;
const IDS_PER_REQUEST = 50;

export const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Runs `tasks` on the processor with a few in flight, handing results to `commit` strictly in task order
 * (so "the first file wins" for duplicates whatever worker finishes first).
 */
async function runOrdered<T>(processor: Processor, count: number, task: (i: number, p: Processor) => Promise<T>, commit: (i: number, value: T) => Promise<void>): Promise<void> {
  const results = new Map<number, T>();
  let nextCommit = 0;
  let nextStart = 0;
  let chain = Promise.resolve();
  const drain = async () => {
    while (results.has(nextCommit)) {
      const value = results.get(nextCommit)!;
      results.delete(nextCommit);
      await commit(nextCommit, value);
      nextCommit += 1;
    }
  };
  const lane = async () => {
    while (nextStart < count) {
      const i = nextStart++;
      results.set(i, await withFallback(processor, (p) => task(i, p)));
      chain = chain.then(drain);
      await chain;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, processor.parallel * 2) }, lane));
  await chain.then(drain);
}

/**
 * Imports the chosen files into the recap. Each file is validated (schema + SHA-256) before anything is written,
 * in Web Workers (or in small steps on the page), so 1,000 files never freeze the screen. A file whose bundle is
 * already stored (same hash) is a duplicate. Accepted sources are stored without images, one bulkPut per request.
 */
export async function importRecapFiles(
  files: readonly File[],
  recapDate: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ outcomes: FileOutcome[]; rows: RecapRow[] }> {
  const outcomes: FileOutcome[] = [];
  const rows: RecapRow[] = [];
  // Stored before this import: such a file is a duplicate (workers never overwrite a stored source).
  const storedBefore = await allRecapSourceIds();
  const firstFileOf = new Map<string, string>();
  let stopped: string | null = null;
  let done = 0;
  const groups = chunk(files, FILES_PER_REQUEST);
  const processor = createProcessor();
  try {
    await runOrdered<StoredResult[]>(
      processor,
      groups.length,
      (i, p) => (stopped ? Promise.resolve(groups[i]!.map((f) => ({ ok: false as const, fileName: f.name, reason: `Impor dihentikan: ${stopped}` }))) : p.files(groups[i]!, recapDate)),
      async (_i, results) => {
        for (const r of results) {
          if (!r.ok) {
            if (r.quota) stopped = r.reason;
            outcomes.push({ fileName: r.fileName, status: 'ditolak', reason: r.reason });
            continue;
          }
          if (storedBefore.has(r.id)) {
            outcomes.push({ fileName: r.fileName, status: 'duplikat', reason: 'Berkas yang sama sudah ada di rekap.' });
            continue;
          }
          const first = firstFileOf.get(r.id);
          if (first) {
            outcomes.push({ fileName: r.fileName, status: 'duplikat', reason: `Isinya sama dengan berkas ${first} (sudah diterima).` });
            continue;
          }
          firstFileOf.set(r.id, r.fileName);
          // A copy later in the list may have been stored first by another worker: name the first file.
          if (!r.added) await setRecapSourceFileName(r.id, r.fileName);
          outcomes.push({ fileName: r.fileName, status: 'diterima', reason: '', sourceId: r.id });
          rows.push(...r.rows.map((row) => ({ ...row, fileName: r.fileName })));
        }
        done += results.length;
        onProgress(done, files.length);
      },
    );
  } finally {
    processor.close();
  }
  if (rows.length > 0) void requestPersistenceAfterFirstSave();
  return { outcomes, rows };
}

/** Rebuilds every recap row from the sources stored on this device (in workers when possible). */
export async function rebuildRecapRows(recapDate: string, onProgress: (done: number, total: number) => void): Promise<RecapRow[]> {
  const ids = await recapSourceIdsByImport();
  const groups = chunk(ids, IDS_PER_REQUEST);
  const rows: RecapRow[] = [];
  let done = 0;
  onProgress(0, ids.length);
  if (ids.length === 0) return rows;
  const processor = createProcessor();
  try {
    await runOrdered<RecapRow[]>(
      processor,
      groups.length,
      (i, p) => p.stored(groups[i]!, recapDate),
      async (i, value) => {
        rows.push(...value);
        done += groups[i]!.length;
        onProgress(done, ids.length);
      },
    );
  } finally {
    processor.close();
  }
  return rows;
}
