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

/** A file's bytes, or why they could not be read (e.g. the file was moved or deleted after it was chosen). */
type Read = { ok: true; bytes: Uint8Array } | { ok: false; error: unknown };

const readBytes = (file: File): Promise<Read> =>
  file.arrayBuffer().then(
    (buffer) => ({ ok: true as const, bytes: new Uint8Array(buffer) }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** Why a file is refused before its bytes are read, or null. */
function refusedUnread(file: File): string | null {
  if (!ACCEPTED_EXT.test(file.name) && !/json|pdf/.test(file.type)) {
    return 'Jenis berkas tidak didukung. Pilih berkas asesmen (.json) atau PDF laporan.';
  }
  if (file.size > MAX_FILE_BYTES) return 'Berkas terlalu besar (lebih dari 200 MB).';
  return null;
}

const unreadable = (fileName: string, error: unknown): FileResult => ({
  ok: false,
  fileName,
  reason: `Berkas tidak dapat dibaca (${error instanceof Error ? error.message : String(error)}).`,
});

/**
 * Reads, validates (schema + SHA-256) and scores one file. Never throws. Runs in the recap worker or, as a fallback,
 * on the page. `read` is the file's read when it was started ahead (see processFiles).
 */
export async function processFile(file: File, recapDate: string, read?: Promise<Read>): Promise<FileResult> {
  const fileName = file.name;
  try {
    const refused = refusedUnread(file);
    if (refused) return { ok: false, fileName, reason: refused };
    const bytes = await (read ?? readBytes(file));
    if (!bytes.ok) return unreadable(fileName, bytes.error);
    const checked = await readRecapFile(fileName, bytes.bytes);
    if (!checked.ok) return { ok: false, fileName, reason: fileProblemsText(checked.problems).join(' ') };
    const source: StoredRecapSource = {
      id: checked.bundle.integrity.hash,
      key: sourceKey(checked.bundle),
      fileName,
      importedAt: '',
      bundle: withoutImages(checked.bundle),
    };
    try {
      return { ok: true, fileName, source, rows: rowsOfSource(source, { recapDate }) };
    } catch {
      return { ok: false, fileName, reason: 'Isi berkas valid tetapi tidak dapat dihitung untuk rekap.' };
    }
  } catch (error) {
    return unreadable(fileName, error);
  }
}

/**
 * How far reading may run ahead of checking. Reading a chosen file is mostly waiting for the browser to hand its
 * bytes over; started ahead, that wait overlaps the checking of the files before it (the recap of 10,000 files spent
 * about a third of its time waiting for reads). Bounded in bytes, so a group of large PDFs is never all in memory.
 */
export const READ_AHEAD_BYTES = 8 * 1024 * 1024;

export async function processFiles(files: readonly File[], recapDate: string): Promise<FileResult[]> {
  const reads = new Map<number, Promise<Read>>();
  let started = 0;
  let bytesAhead = 0;
  const out: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    // Always this file; further files while their bytes fit within the bound.
    while (started < files.length && (started <= i || bytesAhead + files[started]!.size <= READ_AHEAD_BYTES)) {
      const next = files[started]!;
      if (refusedUnread(next) === null) {
        reads.set(started, readBytes(next));
        bytesAhead += next.size;
      }
      started += 1;
    }
    const read = reads.get(i);
    if (read) {
      reads.delete(i);
      bytesAhead -= files[i]!.size;
    }
    out.push(await processFile(files[i]!, recapDate, read));
  }
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
