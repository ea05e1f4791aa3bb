/**
 * Writes tests/fixtures/bundle-1.0.0.json: a half-filled LKSA draft on Standar Umum 1.0.0 + LKSA 1.0.0, sealed as the
 * app seals bundles. Committed once (2026-12-01), before 2.0.0 became current; tests check that it keeps opening,
 * scoring and moving exactly as it did. Run only to recreate it: npx tsx scripts/make-v1-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealBundle, snapshotContent } from '../src/domain/bundle';
import { findKhusus, findUmum } from '../src/domain/standard/registry';
import { allItems } from '../src/domain/standard/validate';

const umum = findUmum('standar-umum', '1.0.0')!;
const khusus = findKhusus('khusus-lksa', '1.0.0')!;
const t = '2026-11-15T09:00:00.000Z';
const institution = {
  id: 'fx-inst-1', name: 'LKSA Putra Harapan (contoh 1.0.0)', type: 'lksa', typeOther: '', ownership: 'masyarakat',
  registrationNumber: '460/77/Dinsos/2024', registrationDate: '2024-01-10', registrationExpiry: '2029-01-10',
  permitNumber: '503/12/2024', permitDate: '2024-02-01', permitExpiry: '2027-02-01', address: 'Jl. Kenanga 5', kelurahan: 'Sukajadi',
  kecamatan: 'Sukajadi', kabupaten: 'Kota Bandung', province: 'Jawa Barat', capacity: 40, clientsMale: 14, clientsFemale: 12,
  headName: 'Siti Aminah', phone: '', email: '', createdAt: t, updatedAt: t,
};
const assessment = {
  id: 'fx-asm-1', institutionId: institution.id, period: '2026', standardId: umum.id, standardVersion: umum.version,
  khususId: khusus.id, khususVersion: khusus.version, status: 'draft', lastItemId: 'PBY-1.2', declaration: null, finalisedAt: null,
  history: [], createdAt: t, updatedAt: t,
};
const items = [...allItems(umum), ...allItems(khusus)].filter((i) => i.answerType === 'level');
// Half filled: every other item, levels cycling 0–4, a note on every fifth, one N/A where allowed.
const answers = items
  .filter((_, i) => i % 2 === 0)
  .map((item, i) => {
    const na = item.naAllowed && i % 7 === 3;
    return {
      assessmentId: assessment.id, itemId: item.id, level: na ? null : ((i * 3) % 5) as 0 | 1 | 2 | 3 | 4, na,
      naReason: na ? 'Tidak ada layanan ini di panti' : '', note: i % 5 === 0 ? `Catatan butir ${item.id}` : '', updatedAt: t,
    };
  });
const staff = [
  { id: 'fx-s1', assessmentId: assessment.id, name: 'Budi', role: 'kepala-panti', unsur: 'pimpinan', education: 'S1/D4', employment: 'tetap', certified: false, trainedLast12Months: true, empowermentCapable: true, createdAt: t, updatedAt: t },
  { id: 'fx-s2', assessmentId: assessment.id, name: 'Rina', role: 'pekerja-sosial', unsur: 'operasional', education: 'S1/D4', employment: 'tetap', certified: true, trainedLast12Months: true, empowermentCapable: true, createdAt: t, updatedAt: t },
  { id: 'fx-s3', assessmentId: assessment.id, name: 'Dewi', role: 'pengasuh', unsur: 'penunjang', education: 'SMA/SMK', employment: 'tetap', certified: false, trainedLast12Months: false, empowermentCapable: false, createdAt: t, updatedAt: t },
];
const evidence = [
  { id: 'fx-e1', assessmentId: assessment.id, kind: 'AD/ART', title: 'AD/ART Yayasan', number: '01/2020', issuer: 'Pengurus', issueDate: '2020-03-01', expiryDate: '', itemIds: ['KLB-1.2'], fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: t, updatedAt: t },
  { id: 'fx-e2', assessmentId: assessment.id, kind: 'Surat Tanda Daftar LKS', title: 'Tanda daftar', number: '460/77/Dinsos/2024', issuer: 'Dinas Sosial', issueDate: '2024-01-10', expiryDate: '2029-01-10', itemIds: ['KLB-1.3'], fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: t, updatedAt: t },
];
const snapshot = { institution, assessment, answers, staff, evidence, actions: [], reviews: [], reviewMeta: null } as never;
const bundle = await sealBundle(snapshotContent(snapshot, []), { version: '0.1.0', build: 'fixture' }, '2026-11-20T10:00:00.000Z');
writeFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'bundle-1.0.0.json'), `${JSON.stringify(bundle, null, 1)}\n`);
console.log(`${answers.length} answers, hash ${bundle.integrity.hash}`);
