/**
 * The full backup as a .zip, so that it never has to be one JavaScript string: a device with hundreds of megabytes of
 * scanned PDFs makes a backup that the same app restores.
 *
 *   cadangan.json          the sealed backup bundle with `files: []` (its integrity code is the same as the JSON form's:
 *                          the code never covers the files, see integrity.ts)
 *   berkas/daftar.json     one entry per evidence file: { id, name, mime, size, sha256, thumb: { name, size, sha256 } | null }
 *   berkas/000001          the evidence file's bytes, stored as they are (photos and PDFs are already compressed)
 *   berkas/000001.thumb    its thumbnail (JPEG)
 *
 * Writing reads one file at a time from IndexedDB and streams it into the zip; reading goes by the zip's central
 * directory (zipIndex.ts) and reads one entry at a time. Every file is checked against its SHA-256 and its bytes (only
 * the image and PDF types the app makes) before anything is written. Format documented in docs/bundle-format.md.
 */
import type { Zip } from 'fflate';
import { checkImportedFile, acceptableThumbBytes, parseBundle, sealBundle, type Bundle, type BundleProblem } from '../domain/bundle';
import { db, type EvidenceFile } from './db';
import { APP_INFO, LAST_BACKUP_KEY, backupContent } from './bundleExport';
import { entryData, readZipIndex } from './zipIndex';

export const ARCHIVE_BUNDLE_NAME = 'cadangan.json';
export const ARCHIVE_MANIFEST_NAME = 'berkas/daftar.json';
/** Per file, not per device: the largest evidence file a backup may carry (the app itself keeps PDFs ≤ 10 MB). */
export const MAX_ARCHIVE_FILE_BYTES = 60 * 1024 * 1024;
const MAX_ARCHIVE_ENTRIES = 250_000;
const MAX_MANIFEST_BYTES = 50 * 1024 * 1024;
const MAX_BUNDLE_JSON_BYTES = 200 * 1024 * 1024;

export interface ManifestEntry {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  thumb: { name: string; size: number; sha256: string } | null;
}

/** An evidence file read from an archive, already checked: its SHA-256 matched and its bytes are an accepted type. */
export interface ArchiveFile {
  blob: Blob;
  thumb: Blob | null;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (bytes: Uint8Array) => hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
const entryName = (n: number) => `berkas/${String(n).padStart(6, '0')}`;

/** Collects zip output as Blob parts, folding them into one Blob every few MB so the JS heap stays small. */
class BlobSink {
  private parts: BlobPart[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  size = 0;
  push(chunk: Uint8Array) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.size += chunk.length;
    if (this.pendingBytes > 16 * 1024 * 1024) this.fold();
  }
  private fold() {
    if (this.pending.length) this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
  blob(): Blob {
    this.fold();
    return new Blob(this.parts, { type: 'application/zip' });
  }
}

export interface BackupArchive {
  blob: Blob;
  fileName: string;
  bundle: Bundle;
  fileCount: number;
}

/** Everything on the device as a .zip (see the top of this file); records meta lastBackupAt like the JSON backup. */
export async function exportBackupArchive(now = new Date()): Promise<BackupArchive> {
  const { Zip, ZipDeflate, ZipPassThrough, strToU8 } = await import('fflate');
  const { content, evidence } = await backupContent();
  const bundle = await sealBundle({ ...content, files: [] }, APP_INFO, now.toISOString());
  const sink = new BlobSink();
  let failure: Error | null = null;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const zip: Zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else sink.push(chunk);
    if (final || err) finished();
  });
  const addBytes = (name: string, bytes: Uint8Array, compress: boolean) => {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  };

  const manifest: ManifestEntry[] = [];
  let n = 0;
  for (const doc of evidence) {
    // One file at a time: read, hash, stream into the zip, let go.
    const row: EvidenceFile | undefined = await db.evidenceFiles.get(doc.id);
    if (!row) continue;
    n++;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const thumbBytes = row.thumb ? new Uint8Array(await row.thumb.arrayBuffer()) : null;
    const name = entryName(n);
    manifest.push({
      id: row.id,
      name,
      mime: (row.blob.type || doc.mime || 'application/octet-stream').slice(0, 100),
      size: bytes.length,
      sha256: await sha256(bytes),
      thumb: thumbBytes ? { name: `${name}.thumb`, size: thumbBytes.length, sha256: await sha256(thumbBytes) } : null,
    });
    addBytes(name, bytes, false);
    if (thumbBytes) addBytes(`${name}.thumb`, thumbBytes, false);
    if (failure) throw failure;
  }
  addBytes(ARCHIVE_MANIFEST_NAME, strToU8(JSON.stringify(manifest)), true);
  addBytes(ARCHIVE_BUNDLE_NAME, strToU8(JSON.stringify(bundle)), true);
  zip.end();
  await done;
  if (failure) throw failure;
  await db.meta.put({ key: LAST_BACKUP_KEY, value: now.toISOString() });
  return { blob: sink.blob(), fileName: `swanilai-cadangan-${now.toISOString().slice(0, 10)}.zip`, bundle, fileCount: manifest.length };
}

/** Why a backup archive was refused (src/ui/messages.ts words it); nothing was written. */
export type ArchiveProblem =
  | { code: 'unreadable' | 'too-many-entries' | 'not-an-archive-of-this-app' | 'not-a-full-backup' | 'manifest-corrupt' }
  | { code: 'entry-too-big'; name: string; limitBytes: number }
  | { code: 'entry-corrupt' | 'evidence-missing' | 'evidence-hash-mismatch'; name: string }
  /** The backup file inside the archive failed the bundle checks; `problems` are theirs. */
  | { code: 'bundle-invalid'; problems: BundleProblem[] };

export type ReadArchive =
  | { ok: true; bundle: Bundle; files: Map<string, ArchiveFile>; refusedFiles: number }
  | { ok: false; problem: ArchiveProblem };

const fail = (problem: ArchiveProblem): ReadArchive => ({ ok: false, problem });

const UNREADABLE: ArchiveProblem = { code: 'unreadable' };

/** A deflated entry inflated in small steps, so that a lying size cannot fill the memory; null when it is broken or too big. */
async function inflated(data: Blob, limit: number): Promise<Uint8Array | 'too-big' | null> {
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
  });
  const bytes = new Uint8Array(await data.arrayBuffer());
  const STEP = 64 * 1024;
  try {
    for (let at = 0; at < bytes.length && !over; at += STEP) inflate.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    if (!bytes.length) inflate.push(new Uint8Array(0), true);
  } catch {
    return null;
  }
  if (over) return 'too-big';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads a backup .zip by its central directory (see zipIndex.ts for why not as a stream); nothing is written. Each
 * evidence file is read on its own, checked, and kept as a Blob.
 */
export async function readBackupArchive(source: Blob): Promise<ReadArchive> {
  const { strFromU8 } = await import('fflate');
  const index = await readZipIndex(source, MAX_ARCHIVE_ENTRIES);
  if (!index.ok) return fail(index.problem === 'too-many' ? { code: 'too-many-entries' } : UNREADABLE);
  const byName = new Map(index.entries.map((e) => [e.name, e]));

  /** An entry's bytes (inflated when needed), or its problem. */
  const read = async (name: string, limit: number): Promise<{ bytes: Uint8Array } | { problem: ArchiveProblem } | null> => {
    const entry = byName.get(name);
    if (!entry) return null;
    const tooBig = { problem: { code: 'entry-too-big' as const, name, limitBytes: limit } };
    if (entry.size > limit) return tooBig;
    const data = await entryData(source, entry);
    if (!data) return { problem: UNREADABLE };
    if (entry.compression === 0) return { bytes: new Uint8Array(await data.arrayBuffer()) };
    if (entry.compression !== 8) return { problem: { code: 'entry-corrupt', name } };
    const bytes = await inflated(data, limit);
    if (bytes === 'too-big') return tooBig;
    return bytes ? { bytes } : { problem: { code: 'entry-corrupt', name } };
  };

  const bundleRead = await read(ARCHIVE_BUNDLE_NAME, MAX_BUNDLE_JSON_BYTES);
  const manifestRead = await read(ARCHIVE_MANIFEST_NAME, MAX_MANIFEST_BYTES);
  if (!bundleRead || !manifestRead) return fail({ code: 'not-an-archive-of-this-app' });
  if ('problem' in bundleRead) return fail(bundleRead.problem);
  if ('problem' in manifestRead) return fail(manifestRead.problem);
  const parsed = await parseBundle(bundleRead.bytes);
  if (!parsed.ok) return fail({ code: 'bundle-invalid', problems: parsed.problems });
  if (parsed.bundle.kind !== 'backup') return fail({ code: 'not-a-full-backup' });

  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(strFromU8(manifestRead.bytes)) as ManifestEntry[];
    if (!Array.isArray(manifest)) throw new Error();
  } catch {
    return fail({ code: 'manifest-corrupt' });
  }
  const evidenceIds = new Set(parsed.bundle.evidence.map((e) => e.id));
  const files = new Map<string, ArchiveFile>();
  let refusedFiles = 0;
  for (const m of manifest) {
    if (!m || typeof m.id !== 'string' || typeof m.name !== 'string' || !evidenceIds.has(m.id) || files.has(m.id)) {
      refusedFiles++;
      continue;
    }
    const fileRead = await read(m.name, MAX_ARCHIVE_FILE_BYTES);
    if (!fileRead) return fail({ code: 'evidence-missing', name: m.name });
    if ('problem' in fileRead) return fail(fileRead.problem);
    const bytes = fileRead.bytes;
    if ((await sha256(bytes)) !== m.sha256) return fail({ code: 'evidence-hash-mismatch', name: m.name });
    const checked = checkImportedFile(bytes);
    if (!checked.ok) {
      refusedFiles++;
      continue;
    }
    let thumb: Blob | null = null;
    const thumbRead = m.thumb && typeof m.thumb.name === 'string' ? await read(m.thumb.name, MAX_ARCHIVE_FILE_BYTES) : null;
    if (thumbRead && 'bytes' in thumbRead && m.thumb) {
      const tb = thumbRead.bytes;
      if ((await sha256(tb)) === m.thumb.sha256 && acceptableThumbBytes(tb)) thumb = new Blob([tb as BlobPart], { type: 'image/jpeg' });
    }
    files.set(m.id, { blob: new Blob([bytes as BlobPart], { type: checked.type }), thumb });
  }
  return { ok: true, bundle: parsed.bundle, files, refusedFiles };
}
