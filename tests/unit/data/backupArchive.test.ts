import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { applyImport, planImport } from '../../../src/data/bundleImport';
import { exportBackupArchive, isZip, readBackupArchive } from '../../../src/data/backupArchive';
import type { Bundle } from '../../../src/domain/bundle';
import { sampleBundle, sampleEvidence, T2 } from '../domain/bundle/sample';

const TABLES = ['institutions', 'assessments', 'answers', 'staff', 'evidence', 'actions', 'reviews', 'reviewMeta', 'recapSources'] as const;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every table; evidence files as their SHA-256 (a 216 MB dump would be slow to compare). */
async function dump(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of TABLES) out[name] = await db.table(name).toArray();
  const files = await db.evidenceFiles.toArray();
  out.files = await Promise.all(
    files.map(async (f) => ({ id: f.id, type: f.blob.type, sha: sha(new Uint8Array(await f.blob.arrayBuffer())), thumb: f.thumb ? sha(new Uint8Array(await f.thumb.arrayBuffer())) : null })),
  );
  return out;
}

async function seed(bundle: Bundle): Promise<void> {
  expect((await applyImport(bundle, await planImport(bundle))).ok).toBe(true);
}

/** A scanned-PDF stand-in: the PDF signature, then random bytes (incompressible, like a real scan). */
const fakePdf = (bytes: number) => {
  const out = new Uint8Array(bytes);
  out.set(new TextEncoder().encode('%PDF-1.7\n'));
  out.set(randomBytes(bytes - 9), 9);
  return out;
};

async function addPdfs(count: number, size: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const id = `ev-scan-${i}`;
    await db.evidence.put(sampleEvidence({ id, title: `Pindaian ${i}`, mime: 'application/pdf', fileName: `scan-${i}.pdf`, size }));
    await db.evidenceFiles.put({ id, blob: new Blob([fakePdf(size) as BlobPart], { type: 'application/pdf' }), thumb: null });
  }
}

async function restoreInto(blob: Blob) {
  const read = await readBackupArchive(blob);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  const plan = await planImport(read.bundle);
  return applyImport(read.bundle, plan, {}, { archiveFiles: read.files });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('the backup archive (.zip)', () => {
  it('restores everything on an empty device, byte for byte, the photos included', async () => {
    await seed(await sampleBundle());
    await addPdfs(2, 300_000);
    const before = await dump();
    const archive = await exportBackupArchive(new Date(T2));
    expect(archive.fileName).toBe('swanilai-cadangan-2026-11-20.zip');
    expect(archive.fileCount).toBe(3);
    expect(isZip(new Uint8Array(await archive.blob.slice(0, 4).arrayBuffer()))).toBe(true);
    expect((await db.meta.get('lastBackupAt'))?.value).toBe(T2);

    await db.delete();
    await db.open();
    const r = await restoreInto(archive.blob);
    expect(r.ok).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it('a backup larger than 200 MB (24 scanned PDFs of 9 MB) is made and restored: never one string', async () => {
    await seed(await sampleBundle());
    await addPdfs(24, 9 * 1024 * 1024);
    const before = await dump();
    const archive = await exportBackupArchive(new Date(T2));
    expect(archive.blob.size).toBeGreaterThan(200 * 1024 * 1024);
    await db.delete();
    await db.open();
    expect((await restoreInto(archive.blob)).ok).toBe(true);
    expect(await dump()).toEqual(before);
  }, 120_000);

  it('restores a file whose bytes contain the zip signatures (a streaming reader cut the entry there)', async () => {
    await seed(await sampleBundle());
    const pk = (b: number, c: number) => [0x50, 0x4b, b, c];
    const bytes = fakePdf(400_000);
    // The data descriptor, a local header and a central-directory header, inside the PDF's data.
    bytes.set([...pk(7, 8), ...pk(3, 4), 0, 0, ...pk(1, 2)], 100_000);
    bytes.set(pk(3, 4), 250_000);
    await db.evidence.put(sampleEvidence({ id: 'ev-pk', mime: 'application/pdf', fileName: 'pk.pdf', size: bytes.length }));
    await db.evidenceFiles.put({ id: 'ev-pk', blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), thumb: null });
    const before = await dump();
    const archive = await exportBackupArchive(new Date(T2));
    await db.delete();
    await db.open();
    const r = await restoreInto(archive.blob);
    expect(r.ok).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it('refuses a damaged file inside the archive, and writes nothing', async () => {
    await seed(await sampleBundle());
    await addPdfs(1, 200_000);
    const archive = await exportBackupArchive(new Date(T2));
    const bytes = new Uint8Array(await archive.blob.arrayBuffer());
    // Files are stored as they are: flip one byte in the middle of the PDF's data.
    const at = bytes.indexOf(0x25 /* % */, bytes.findIndex((_, i) => bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46)) + 100_000;
    bytes[at] = bytes[at]! ^ 0xff;
    const before = await dump();
    const read = await readBackupArchive(new Blob([bytes]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toEqual({ code: 'evidence-hash-mismatch', name: 'berkas/000002' });
    expect(await dump()).toEqual(before);
  });

  it('refuses a truncated archive as unreadable', async () => {
    await seed(await sampleBundle());
    const archive = await exportBackupArchive(new Date(T2));
    const read = await readBackupArchive(archive.blob.slice(0, Math.floor(archive.blob.size / 2)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toEqual({ code: 'unreadable' });
  });

  it('keeps out a file whose bytes are not an image or PDF the app makes (HTML named as a photo)', async () => {
    await seed(await sampleBundle());
    await db.evidence.put(sampleEvidence({ id: 'ev-html', mime: 'image/png', fileName: 'foto.png' }));
    await db.evidenceFiles.put({ id: 'ev-html', blob: new Blob(['<html><meta http-equiv="refresh" content="0;url=https://x.invalid"></html>'], { type: 'image/png' }), thumb: null });
    const archive = await exportBackupArchive(new Date(T2));
    await db.delete();
    await db.open();
    const read = await readBackupArchive(archive.blob);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.refusedFiles).toBe(1);
    expect(read.files.has('ev-html')).toBe(false);
    expect((await applyImport(read.bundle, await planImport(read.bundle), {}, { archiveFiles: read.files })).ok).toBe(true);
    expect(await db.evidenceFiles.get('ev-html')).toBeUndefined();
    expect(await db.evidence.get('ev-html')).toBeDefined();
  });
});
