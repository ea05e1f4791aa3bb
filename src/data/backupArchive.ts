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
 * Writing reads one file at a time from IndexedDB and streams it into the zip; reading streams the zip and keeps every
 * file as a Blob. Every file is checked against its SHA-256 and its bytes (only the image and PDF types the app makes)
 * before anything is written. Format documented in docs/bundle-format.md.
 */
import type { Unzip, UnzipFile, Zip } from 'fflate';
import { checkImportedFile, acceptableThumbBytes, parseBundle, sealBundle, type Bundle } from '../domain/bundle';
import { db, type EvidenceFile } from './db';
import { APP_INFO, LAST_BACKUP_KEY, backupContent } from './bundleExport';

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

export type ReadArchive =
  | { ok: true; bundle: Bundle; files: Map<string, ArchiveFile>; refusedFiles: number }
  | { ok: false; problems: string[] };

const fail = (problem: string): ReadArchive => ({ ok: false, problems: [problem] });

/** Reads a backup .zip as a stream, entry by entry; nothing is written. */
export async function readBackupArchive(source: Blob): Promise<ReadArchive> {
  const { Unzip, UnzipInflate, strFromU8 } = await import('fflate');
  const entries = new Map<string, Blob>();
  const problems: string[] = [];
  let count = 0;
  const unzip: Unzip = new Unzip((file: UnzipFile) => {
    if (++count > MAX_ARCHIVE_ENTRIES) {
      problems.push('Arsip memuat terlalu banyak berkas.');
      return;
    }
    const limit = file.name === ARCHIVE_BUNDLE_NAME ? MAX_BUNDLE_JSON_BYTES : file.name === ARCHIVE_MANIFEST_NAME ? MAX_MANIFEST_BYTES : MAX_ARCHIVE_FILE_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    // UnzipInflate and stored entries call ondata synchronously inside push(): every entry is complete when the last push returns.
    file.ondata = (err, data, final) => {
      if (stopped) return;
      if (err) {
        problems.push(`Isi arsip rusak (${file.name}).`);
        stopped = true;
        return;
      }
      size += data.length;
      if (size > limit) {
        problems.push(`Berkas ${file.name} di dalam arsip terlalu besar (paling besar ${Math.round(limit / 1048576)} MB per berkas).`);
        stopped = true;
        file.terminate();
        return;
      }
      // A stored entry's data is a view into the stream's chunk, whose buffer the stream may reuse once read() is called
      // again (seen under load: a file's SHA-256 no longer matched). Keep a copy.
      chunks.push(data.slice());
      if (final) entries.set(file.name, new Blob(chunks as BlobPart[]));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const reader = source.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // fflate may keep a reference to an unfinished piece of the chunk until the next push; the stream may reuse the
      // chunk's buffer meanwhile (an intermittent "rusak atau terpotong" on a 200 MB archive under load). Push a copy.
      unzip.push(value.slice(), false);
      if (problems.length) break;
    }
    if (!problems.length) unzip.push(new Uint8Array(0), true);
  } catch {
    return fail('Arsip cadangan tidak dapat dibaca (rusak atau terpotong).');
  }
  if (problems.length) return { ok: false, problems };

  const bundleBlob = entries.get(ARCHIVE_BUNDLE_NAME);
  const manifestBlob = entries.get(ARCHIVE_MANIFEST_NAME);
  if (!bundleBlob || !manifestBlob) return fail('Arsip ini bukan cadangan Swanilai Panti (tidak memuat cadangan.json dan daftar berkas), atau terpotong.');
  const parsed = await parseBundle(new Uint8Array(await bundleBlob.arrayBuffer()));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (parsed.bundle.kind !== 'backup') return fail('Arsip ini tidak memuat cadangan seluruh data perangkat.');

  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(strFromU8(new Uint8Array(await manifestBlob.arrayBuffer()))) as ManifestEntry[];
    if (!Array.isArray(manifest)) throw new Error();
  } catch {
    return fail('Daftar berkas di dalam arsip rusak.');
  }
  const evidenceIds = new Set(parsed.bundle.evidence.map((e) => e.id));
  const files = new Map<string, ArchiveFile>();
  let refusedFiles = 0;
  for (const m of manifest) {
    if (!m || typeof m.id !== 'string' || typeof m.name !== 'string' || !evidenceIds.has(m.id) || files.has(m.id)) {
      refusedFiles++;
      continue;
    }
    const blob = entries.get(m.name);
    if (!blob) return fail(`Berkas bukti ${m.name} tidak ada di dalam arsip (arsip terpotong?). Tidak ada data yang diubah.`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    if ((await sha256(bytes)) !== m.sha256) return fail(`Berkas bukti ${m.name} rusak (SHA-256 tidak cocok). Tidak ada data yang diubah.`);
    const checked = checkImportedFile(bytes);
    if (!checked.ok) {
      refusedFiles++;
      continue;
    }
    let thumb: Blob | null = null;
    const t = m.thumb ? entries.get(m.thumb.name) : undefined;
    if (t && m.thumb) {
      const tb = new Uint8Array(await t.arrayBuffer());
      if ((await sha256(tb)) === m.thumb.sha256 && acceptableThumbBytes(tb)) thumb = new Blob([tb as BlobPart], { type: 'image/jpeg' });
    }
    files.set(m.id, { blob: new Blob([bytes as BlobPart], { type: checked.type }), thumb });
  }
  return { ok: true, bundle: parsed.bundle, files, refusedFiles };
}
