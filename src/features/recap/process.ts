import { addRecapSources, type StoredRecapSource } from '../../data/recap';
import { isQuotaError } from '../../data/errors';
import { fileProblemsText, storeErrorText } from '../../ui/messages';
import { readRecapFile, rowsOfSource, sourceKey, withoutImages, type RecapRow } from '../../domain/recap';

/** What reading one chosen file gives: a validated source with its recap rows, or an Indonesian reason. */
export type FileResult =
  | { ok: true; fileName: string; source: StoredRecapSource; rows: RecapRow[] }
  | { ok: false; fileName: string; reason: string };

const ACCEPTED_EXT = /\.(json|pdf)$/i;
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Reads, validates (schema + SHA-256) and scores one file. Never throws. Runs in the recap worker or, as a fallback, on the page. */
export async function processFile(file: File, recapDate: string): Promise<FileResult> {
  const fileName = file.name;
  try {
    if (!ACCEPTED_EXT.test(fileName) && !/json|pdf/.test(file.type)) {
      return { ok: false, fileName, reason: 'Jenis berkas tidak didukung. Pilih berkas asesmen (.json) atau PDF laporan.' };
    }
    if (file.size > MAX_FILE_BYTES) return { ok: false, fileName, reason: 'Berkas terlalu besar (lebih dari 200 MB).' };
    const read = await readRecapFile(fileName, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return { ok: false, fileName, reason: fileProblemsText(read.problems).join(' ') };
    const source: StoredRecapSource = {
      id: read.bundle.integrity.hash,
      key: sourceKey(read.bundle),
      fileName,
      importedAt: '',
      bundle: withoutImages(read.bundle),
    };
    try {
      return { ok: true, fileName, source, rows: rowsOfSource(source, { recapDate }) };
    } catch {
      return { ok: false, fileName, reason: 'Isi berkas valid tetapi tidak dapat dihitung untuk rekap.' };
    }
  } catch (error) {
    return { ok: false, fileName, reason: `Berkas tidak dapat dibaca (${error instanceof Error ? error.message : String(error)}).` };
  }
}

export async function processFiles(files: readonly File[], recapDate: string): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of files) out.push(await processFile(f, recapDate));
  return out;
}

/** Recap rows of stored sources; a source that cannot be counted is left out (never deleted). */
export function rowsOfStored(sources: readonly StoredRecapSource[], recapDate: string): RecapRow[] {
  const rows: RecapRow[] = [];
  for (const s of sources) {
    try {
      rows.push(...rowsOfSource(s, { recapDate }));
    } catch {
      // validated on import; skipped here rather than breaking the whole recap
    }
  }
  return rows;
}

/** The result of reading and storing one file, small enough to send back from a worker (no bundle). */
export type StoredResult =
  | { ok: true; fileName: string; id: string; added: boolean; rows: RecapRow[] }
  | { ok: false; fileName: string; reason: string; quota?: boolean };

/**
 * Reads, validates and scores files, then adds the valid ones to the recap store in one bulkAdd (a source already
 * stored is never overwritten). Only the small results travel back to the page.
 */
export async function processAndStore(files: readonly File[], recapDate: string): Promise<StoredResult[]> {
  const results = await processFiles(files, recapDate);
  const importedAt = new Date().toISOString();
  const valid = results.filter((r): r is Extract<FileResult, { ok: true }> => r.ok);
  let added: boolean[];
  try {
    added = await addRecapSources(valid.map((r) => ({ ...r.source, importedAt })));
  } catch (error) {
    const quota = isQuotaError(error);
    const reason = storeErrorText(error, 'Berkas tidak tersimpan');
    return results.map((r) => (r.ok ? { ok: false, fileName: r.fileName, reason, quota } : r));
  }
  let v = 0;
  return results.map((r) => {
    if (!r.ok) return r;
    const wasAdded = added[v++] ?? false;
    return { ok: true, fileName: r.fileName, id: r.source.id, added: wasAdded, rows: r.rows.map((row) => ({ ...row, importedAt })) };
  });
}
