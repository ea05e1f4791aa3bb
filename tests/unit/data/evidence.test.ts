import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import {
  deleteEvidence,
  evidenceBytes,
  evidenceCountsByItem,
  evidenceForItem,
  expiryAlerts,
  getEvidenceFile,
  listEvidence,
  localToday,
  saveEvidence,
  type EvidenceInput,
  type PreparedFile,
} from '../../../src/data/evidence';
import { isQuotaError } from '../../../src/data/errors';
import type { Assessment, Institution } from '../../../src/domain/records';

const T0 = '2026-01-01T00:00:00.000Z';
function institution(id: string): Institution {
  return {
    id, name: `Panti ${id}`, type: 'lanjut-usia', typeOther: '', ownership: 'masyarakat',
    registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
    address: '', kelurahan: '', kecamatan: '', kabupaten: '', province: 'Jawa Barat', capacity: 30, clientsMale: 8, clientsFemale: 12,
    headName: '', phone: '', email: '', createdAt: T0, updatedAt: T0,
  };
}
function assessment(id: string, institutionId: string, createdAt = T0): Assessment {
  return {
    id, institutionId, period: '2026', standardId: 'standar-umum', standardVersion: '1.0.0', khususId: null, khususVersion: null,
    status: 'draft', lastItemId: null, declaration: null, finalisedAt: null, history: [], createdAt, updatedAt: createdAt,
  };
}
const input = (over: Partial<EvidenceInput> = {}): EvidenceInput => ({
  kind: 'Izin operasional', title: 'Izin Dinsos', number: '123/2025', issuer: 'Dinas Sosial', issueDate: '2025-01-10',
  expiryDate: '', itemIds: ['KLB-1.3'], ...over,
});
const photo = (bytes: number, width = 1600, height = 1200): PreparedFile => ({
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
  thumb: new Blob([new Uint8Array(100)], { type: 'image/jpeg' }),
  fileName: 'foto.jpg', mime: 'image/jpeg', width, height,
});
function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.institutions.bulkPut([institution('inst-1'), institution('inst-2')]);
  await db.assessments.put(assessment('asm-1', 'inst-1'));
});
afterEach(() => vi.restoreAllMocks());

describe('evidence register repository', () => {
  it('stores the entry and its file together, recording size and dimensions', async () => {
    const doc = await saveEvidence('asm-1', input(), { kind: 'replace', file: photo(5000) });
    expect(doc).toMatchObject({ kind: 'Izin operasional', fileName: 'foto.jpg', mime: 'image/jpeg', size: 5000, width: 1600, height: 1200, itemIds: ['KLB-1.3'] });
    const file = await getEvidenceFile(doc.id);
    expect(file?.blob).toBeInstanceOf(Blob);
    expect(file?.blob.size).toBe(5000);
    expect(file?.thumb?.size).toBe(100);
    expect(await listEvidence('asm-1')).toEqual([doc]);
  });

  it('an entry without a file has no file row', async () => {
    const doc = await saveEvidence('asm-1', input(), { kind: 'keep' });
    expect(doc.size).toBe(0);
    expect(await getEvidenceFile(doc.id)).toBeUndefined();
  });

  it('keeps, replaces and removes the file on edit', async () => {
    const doc = await saveEvidence('asm-1', input(), { kind: 'replace', file: photo(5000) });
    const kept = await saveEvidence('asm-1', input({ title: 'Izin baru' }), { kind: 'keep' }, doc.id);
    expect(kept).toMatchObject({ id: doc.id, title: 'Izin baru', size: 5000, createdAt: doc.createdAt });
    expect((await getEvidenceFile(doc.id))?.blob.size).toBe(5000);
    const replaced = await saveEvidence('asm-1', input(), { kind: 'replace', file: photo(700, 900, 1600) }, doc.id);
    expect(replaced).toMatchObject({ size: 700, width: 900, height: 1600 });
    expect((await getEvidenceFile(doc.id))?.blob.size).toBe(700);
    const removed = await saveEvidence('asm-1', input(), { kind: 'remove' }, doc.id);
    expect(removed).toMatchObject({ size: 0, width: 0, height: 0, fileName: '', mime: '' });
    expect(await getEvidenceFile(doc.id)).toBeUndefined();
  });

  it('never writes an invalid entry', async () => {
    await expect(saveEvidence('asm-1', input({ kind: '  ' }), { kind: 'replace', file: photo(10) })).rejects.toThrow();
    await expect(saveEvidence('asm-1', input({ expiryDate: '31-12-2026' }), { kind: 'keep' })).rejects.toThrow();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('a refused file write (QuotaExceededError) leaves nothing half-written and keeps the earlier version', async () => {
    const first = await saveEvidence('asm-1', input(), { kind: 'replace', file: photo(5000) });
    const put = vi.spyOn(db.evidenceFiles, 'put').mockImplementation(() => {
      throw quotaError();
    });
    // A new entry: neither the metadata row nor the file is stored.
    const error = await saveEvidence('asm-1', input({ title: 'Foto dapur' }), { kind: 'replace', file: photo(9000) }).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    // An edit: the earlier metadata and file stay as they were.
    await expect(saveEvidence('asm-1', input({ title: 'Ganti' }), { kind: 'replace', file: photo(9000) }, first.id)).rejects.toSatisfy(isQuotaError);
    put.mockRestore();
    expect(await db.evidence.toArray()).toEqual([first]);
    expect((await db.evidenceFiles.toArray()).map((f) => [f.id, f.blob.size])).toEqual([[first.id, 5000]]);
  });

  it('a final assessment is read-only and an unknown entry cannot be edited', async () => {
    const doc = await saveEvidence('asm-1', input(), { kind: 'keep' });
    await expect(saveEvidence('asm-1', input(), { kind: 'keep' }, 'missing')).rejects.toMatchObject({ code: 'row-missing' });
    await db.assessments.update('asm-1', { status: 'final' });
    await expect(saveEvidence('asm-1', input(), { kind: 'keep' })).rejects.toMatchObject({ code: 'assessment-final' });
    await expect(deleteEvidence(doc.id)).rejects.toMatchObject({ code: 'assessment-final' });
    expect(await db.evidence.count()).toBe(1);
  });

  it('deletes an entry with its file', async () => {
    const doc = await saveEvidence('asm-1', input(), { kind: 'replace', file: photo(5000) });
    await deleteEvidence(doc.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('finds entries by item, counts them, and sums the bytes used', async () => {
    await db.assessments.put(assessment('asm-2', 'inst-2'));
    const a = await saveEvidence('asm-1', input({ itemIds: ['KLB-1.3', 'SDM-2.1', 'KLB-1.3'] }), { kind: 'replace', file: photo(5000) });
    const b = await saveEvidence('asm-1', input({ itemIds: ['SDM-2.1'] }), { kind: 'keep' });
    await saveEvidence('asm-2', input(), { kind: 'replace', file: photo(1000) });
    expect(a.itemIds).toEqual(['KLB-1.3', 'SDM-2.1']);
    expect((await evidenceForItem('asm-1', 'SDM-2.1')).map((d) => d.id)).toEqual([a.id, b.id]);
    expect((await evidenceForItem('asm-1', 'KLB-1.3')).map((d) => d.id)).toEqual([a.id]);
    expect(await evidenceCountsByItem('asm-1')).toEqual({ 'KLB-1.3': 1, 'SDM-2.1': 2 });
    expect(await evidenceBytes('asm-1')).toBe(5100);
    expect(await evidenceBytes()).toBe(6200);
    expect(await evidenceBytes('none')).toBe(0);
  });

  it('flags expired and expiring documents, for one assessment or the newest assessment of each institution', async () => {
    const today = '2026-11-22';
    const expired = await saveEvidence('asm-1', input({ title: 'lama', expiryDate: '2026-11-21' }), { kind: 'keep' });
    const soon = await saveEvidence('asm-1', input({ title: 'segera', expiryDate: '2027-02-20' }), { kind: 'keep' });
    await saveEvidence('asm-1', input({ title: 'aman', expiryDate: '2027-02-21' }), { kind: 'keep' });
    await saveEvidence('asm-1', input({ title: 'tanpa', expiryDate: '' }), { kind: 'keep' });
    const one = await expiryAlerts(today, 'asm-1');
    expect(one.map((a) => [a.doc.id, a.state])).toEqual([
      [expired.id, 'expired'],
      [soon.id, 'expiring'],
    ]);
    expect(one[0]!.institution?.name).toBe('Panti inst-1');
    // A newer assessment of the same institution replaces the older one on Beranda.
    await db.assessments.put(assessment('asm-3', 'inst-1', '2026-06-01T00:00:00.000Z'));
    const renewed = await saveEvidence('asm-3', input({ expiryDate: '2026-12-01' }), { kind: 'keep' });
    await db.assessments.put(assessment('asm-2', 'inst-2'));
    const other = await saveEvidence('asm-2', input({ expiryDate: '2020-01-01' }), { kind: 'keep' });
    expect((await expiryAlerts(today)).map((a) => a.doc.id)).toEqual([other.id, renewed.id]);
    expect(await expiryAlerts(today, 'missing')).toEqual([]);
  });

  it('counts the permit and registration of the profile too, linked to the profile', async () => {
    await db.institutions.update('inst-1', { permitNumber: '503/1', permitExpiry: '2026-01-31', registrationNumber: '460/9', registrationExpiry: '2030-01-01' });
    const alerts = await expiryAlerts('2026-11-22', 'asm-1');
    expect(alerts.map((a) => [a.doc.kind, a.state, a.from])).toEqual([['Izin operasional', 'expired', 'profile']]);
  });

  it('localToday uses the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
