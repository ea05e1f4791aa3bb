import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../../src/domain/eligibility/check';
import type { EvidenceDoc, Institution } from '../../../src/domain/records';
import type { StandarUmum } from '../../../src/domain/standard/schema';
import { makeUmum } from './fixtures';

const umum: StandarUmum = {
  ...makeUmum(),
  eligibility: {
    description: 'Syarat pengajuan akreditasi.',
    requirements: [
      { id: 'SYR-1', label: 'Tanda daftar', guidance: 'g', source: 's', ownership: 'masyarakat', check: { kind: 'profile', field: 'registration' }, evidence: ['e'] },
      { id: 'SYR-2', label: 'Izin', guidance: 'g', source: 's', ownership: 'masyarakat', check: { kind: 'profile', field: 'permit' }, evidence: ['e'] },
      { id: 'SYR-3', label: 'Rekomendasi', guidance: 'g', source: 's', check: { kind: 'evidence', documentKinds: ['Rekomendasi Dinas Sosial'] }, evidence: ['e'] },
      { id: 'SYR-4', label: 'Dasar hukum UPT', guidance: 'g', source: 's', ownership: 'pemerintah', check: { kind: 'evidence', documentKinds: ['Peraturan pembentukan UPT'] }, evidence: ['e'] },
    ],
  },
};

const institution = (over: Partial<Institution>): Institution => ({
  id: 'i', name: 'Panti', type: 'lksa', typeOther: '', ownership: 'masyarakat', registrationNumber: '', registrationDate: '',
  registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '', address: '', kelurahan: '', kecamatan: '',
  kabupaten: '', province: 'Jawa Barat', capacity: 10, clientsMale: 1, clientsFemale: 1, headName: '', phone: '', email: '',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...over,
} as Institution);

const doc = (kind: string, expiryDate = ''): EvidenceDoc => ({
  id: kind, assessmentId: 'a', kind, title: '', number: 'No. 1', issuer: '', issueDate: '', expiryDate, itemIds: [],
  fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: '', updatedAt: '',
});

describe('syarat pengajuan', () => {
  it('a fully compliant government UPT is eligible without any yayasan paper', () => {
    const upt = institution({ ownership: 'pemerintah' });
    const r = checkEligibility(umum, upt, [doc('Rekomendasi Dinas Sosial'), doc('Peraturan pembentukan UPT')], '2026-12-01')!;
    expect(r.met).toBe(true);
    expect(r.requirements.map((x) => x.requirement.id)).toEqual(['SYR-3', 'SYR-4']);
  });

  it('a yayasan with an expired registration in its profile is not eligible, and says which', () => {
    const yayasan = institution({ registrationNumber: '12/LKS', registrationExpiry: '2026-06-30', permitNumber: '7/IZ' });
    const r = checkEligibility(umum, yayasan, [doc('Rekomendasi Dinas Sosial')], '2026-12-01')!;
    expect(r.met).toBe(false);
    expect(r.requirements.map((x) => [x.requirement.id, x.status])).toEqual([
      ['SYR-1', 'expired'],
      ['SYR-2', 'met'],
      ['SYR-3', 'met'],
    ]);
  });

  it('a valid document counts over an expired one of the same kind; nothing found is missing', () => {
    const r = checkEligibility(umum, institution({ ownership: 'pemerintah' }), [doc('Peraturan pembentukan UPT', '2020-01-01'), doc('Peraturan pembentukan UPT')], '2026-12-01')!;
    expect(r.requirements.find((x) => x.requirement.id === 'SYR-4')!.status).toBe('met');
    expect(r.requirements.find((x) => x.requirement.id === 'SYR-3')!.status).toBe('missing');
  });

  it('a 1.0.0 standard has no eligibility check', () => {
    expect(checkEligibility(makeUmum(), institution({}), [], '2026-12-01')).toBeNull();
  });
});
