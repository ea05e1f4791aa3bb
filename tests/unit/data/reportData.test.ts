import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { listEvidence, saveEvidence, type EvidenceInput, type PreparedFile } from '../../../src/data/evidence';
import { loadBundleFiles, loadEvidenceImageSet, loadThumbnails, loadThumbnailSet, thumbnailsAreCurrent } from '../../../src/data/reportData';
import type { Assessment, Institution } from '../../../src/domain/records';

const T0 = '2026-01-01T00:00:00.000Z';
const institution: Institution = {
  id: 'inst-1', name: 'Panti', type: 'lksa', typeOther: '', ownership: 'masyarakat',
  registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
  address: '', kelurahan: '', kecamatan: '', kabupaten: '', province: 'Jawa Barat', capacity: 30, clientsMale: 8, clientsFemale: 12,
  headName: '', phone: '', email: '', createdAt: T0, updatedAt: T0,
};
const assessment: Assessment = {
  id: 'asm-1', institutionId: 'inst-1', period: '2026', standardId: 'standar-umum', standardVersion: '1.0.0', khususId: null, khususVersion: null,
  status: 'draft', lastItemId: null, declaration: null, finalisedAt: null, history: [], createdAt: T0, updatedAt: T0,
};
const input = (title: string): EvidenceInput => ({ kind: 'Foto kegiatan/sarana', title, number: '', issuer: '', issueDate: '', expiryDate: '', itemIds: ['KLB-1.1'] });
/** Every byte value, so base64 and binary handling are checked on all of them. */
const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);
const photo = (seed: number): PreparedFile => ({
  blob: new Blob([bytes(70_000, seed)], { type: 'image/jpeg' }),
  thumb: new Blob([bytes(900, seed + 1)], { type: 'image/jpeg' }),
  fileName: 'foto.jpg', mime: 'image/jpeg', width: 1600, height: 1200,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.institutions.put(institution);
  await db.assessments.put(assessment);
});
afterEach(() => vi.useRealTimers());

describe('report data', () => {
  it('reads every thumbnail with the evidence versions, and notices when an entry changed since', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T08:00:00.000Z') });
    const a = await saveEvidence('asm-1', input('A'), { kind: 'replace', file: photo(1) });
    vi.setSystemTime(new Date('2026-11-22T08:00:01.000Z'));
    const b = await saveEvidence('asm-1', input('B'), { kind: 'replace', file: photo(2) });
    await saveEvidence('asm-1', input('tanpa berkas'), { kind: 'keep' });

    const set = await loadThumbnailSet('asm-1');
    expect(new Map(set.thumbnails.map((t) => [t.id, [...t.bytes]]))).toEqual(new Map([[a.id, [...bytes(900, 2)]], [b.id, [...bytes(900, 3)]]]));
    expect(await loadThumbnails('asm-1')).toEqual(set.thumbnails);
    expect(thumbnailsAreCurrent(set, await listEvidence('asm-1'))).toBe(true);

    // The photo of B is replaced after the set was read: the set is stale.
    vi.setSystemTime(new Date('2026-11-22T08:05:00.000Z'));
    await saveEvidence('asm-1', input('B'), { kind: 'replace', file: photo(9) }, b.id);
    expect(thumbnailsAreCurrent(set, await listEvidence('asm-1'))).toBe(false);
    // A new entry, or one removed, also makes it stale.
    const fresh = await loadThumbnailSet('asm-1');
    const now = await listEvidence('asm-1');
    expect(thumbnailsAreCurrent(fresh, now)).toBe(true);
    expect(thumbnailsAreCurrent(fresh, now.slice(1))).toBe(false);
    expect(thumbnailsAreCurrent(fresh, [...now, { ...now[0]!, id: 'lain' }])).toBe(false);
  });

  it('encodes the evidence files as base64 byte for byte', async () => {
    const a = await saveEvidence('asm-1', input('A'), { kind: 'replace', file: photo(5) });
    const files = await loadBundleFiles('asm-1');
    expect(files).toEqual([{ id: a.id, mime: 'image/jpeg', data: Buffer.from(bytes(70_000, 5)).toString('base64'), thumb: Buffer.from(bytes(900, 6)).toString('base64') }]);
  });

  it('reads the stored image of every photo evidence for the photo appendix, never a PDF document', async () => {
    const a = await saveEvidence('asm-1', input('A'), { kind: 'replace', file: photo(3) });
    const pdf: PreparedFile = { blob: new Blob(['%PDF-1.4 ...'], { type: 'application/pdf' }), thumb: null, fileName: 'akta.pdf', mime: 'application/pdf', width: 0, height: 0 };
    await saveEvidence('asm-1', { ...input('Akta'), kind: 'Akta pendirian' }, { kind: 'replace', file: pdf });
    await saveEvidence('asm-1', input('tanpa berkas'), { kind: 'keep' });
    const set = await loadEvidenceImageSet('asm-1');
    expect(set.images.map((i) => i.id)).toEqual([a.id]);
    expect([...new Uint8Array(await set.images[0]!.blob.arrayBuffer())]).toEqual([...bytes(70_000, 3)]);
    expect(thumbnailsAreCurrent(set, await listEvidence('asm-1'))).toBe(true);
  });
});
