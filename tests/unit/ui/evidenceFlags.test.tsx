// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { saveEvidence, type EvidenceInput } from '../../../src/data/evidence';
import { ItemEvidenceBadge } from '../../../src/ui/ItemEvidenceBadge';
import { ExpiryAlerts } from '../../../src/ui/ExpiryAlerts';
import { fitWithin } from '../../../src/ui/prepareEvidenceFile';
import type { Assessment, Institution } from '../../../src/domain/records';

const T0 = '2026-01-01T00:00:00.000Z';
const institution: Institution = {
  id: 'inst-1', name: 'Panti Werdha Kasih', type: 'lanjut-usia', typeOther: '', ownership: 'masyarakat',
  registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
  address: '', kelurahan: '', kecamatan: '', kabupaten: '', province: 'Jawa Barat', capacity: 30, clientsMale: 8, clientsFemale: 12,
  headName: '', phone: '', email: '', createdAt: T0, updatedAt: T0,
};
const assessment: Assessment = {
  id: 'asm-1', institutionId: 'inst-1', period: '2026', standardId: 'standar-umum', standardVersion: '1.0.0', khususId: null,
  khususVersion: null, status: 'draft', lastItemId: null, declaration: null, finalisedAt: null, history: [], createdAt: T0, updatedAt: T0,
};
const doc = (over: Partial<EvidenceInput>): EvidenceInput => ({
  kind: 'Izin operasional', title: '', number: '', issuer: '', issueDate: '', expiryDate: '', itemIds: ['KLB-1.3'], ...over,
});
const TODAY = '2026-11-22';
// The first render loads React, Dexie and jsdom: slow on a loaded machine, not a behaviour under test.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.institutions.put(institution);
  await db.assessments.put(assessment);
});
afterEach(cleanup);

describe('ItemEvidenceBadge', () => {
  it('offers to add evidence when the item has none', async () => {
    render(<ItemEvidenceBadge assessmentId="asm-1" itemId="KLB-1.3" today={TODAY} />);
    const link = await screen.findByRole('link', { name: 'Tambah bukti' });
    expect(link.getAttribute('href')).toBe('/asesmen/asm-1/bukti?butir=KLB-1.3');
  });

  it('counts the evidence of the item and flags expired and expiring documents', async () => {
    await saveEvidence('asm-1', doc({ expiryDate: '2026-11-01' }), { kind: 'keep' });
    await saveEvidence('asm-1', doc({ expiryDate: '2027-01-10' }), { kind: 'keep' });
    await saveEvidence('asm-1', doc({ expiryDate: '2030-01-01' }), { kind: 'keep' });
    await saveEvidence('asm-1', doc({ itemIds: ['SDM-1.1'], expiryDate: '2020-01-01' }), { kind: 'keep' });
    render(<ItemEvidenceBadge assessmentId="asm-1" itemId="KLB-1.3" today={TODAY} />);
    expect(await screen.findByRole('link', { name: 'Bukti (3)' })).toBeTruthy();
    expect(screen.getByText('1 kedaluwarsa')).toBeTruthy();
    expect(screen.getByText('1 segera berakhir')).toBeTruthy();
  });
});

describe('ExpiryAlerts', () => {
  it('disappears once the document is renewed', async () => {
    const d = await saveEvidence('asm-1', doc({ expiryDate: '2026-11-01' }), { kind: 'keep' });
    const { container } = render(<ExpiryAlerts assessmentId="asm-1" today={TODAY} />);
    expect(await screen.findByRole('heading', { name: 'Dokumen perlu diperbarui' })).toBeTruthy();
    await saveEvidence('asm-1', doc({ expiryDate: '2030-01-01' }), { kind: 'keep' }, d.id);
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('lists expired and expiring documents with the institution, linking to the register', async () => {
    const expired = await saveEvidence('asm-1', doc({ kind: 'Surat Tanda Daftar LKS', expiryDate: '2026-10-31' }), { kind: 'keep' });
    await saveEvidence('asm-1', doc({ title: 'Izin Dinsos', expiryDate: '2027-01-10' }), { kind: 'keep' });
    render(<ExpiryAlerts today={TODAY} />);
    expect(await screen.findByRole('heading', { name: 'Dokumen perlu diperbarui' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Kedaluwarsa Surat Tanda Daftar LKS — berlaku sampai 31 Oktober 2026 (Panti Werdha Kasih)',
      'Segera berakhir Izin operasional: Izin Dinsos — berlaku sampai 10 Januari 2027 (Panti Werdha Kasih)',
    ]);
    expect(screen.getByRole('link', { name: 'Surat Tanda Daftar LKS' }).getAttribute('href')).toBe(`/asesmen/asm-1/bukti#bukti-${expired.id}`);
  });
});

describe('fitWithin', () => {
  it('scales the long side down to the limit, keeping the aspect ratio, and never upscales', () => {
    expect(fitWithin(3000, 2000, 1600)).toEqual({ width: 1600, height: 1067 });
    expect(fitWithin(2000, 4000, 1600)).toEqual({ width: 800, height: 1600 });
    expect(fitWithin(1600, 900, 1600)).toEqual({ width: 1600, height: 900 });
    expect(fitWithin(640, 480, 1600)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(10000, 3, 240)).toEqual({ width: 240, height: 1 });
  });
});
