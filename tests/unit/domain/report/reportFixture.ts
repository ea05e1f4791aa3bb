/**
 * A realistic, fully answered assessment on the real Standar Umum (+ the LKSA module), with the kind of text people
 * type: accents, curly quotes, line breaks, a 2,000-character note, characters outside WinAnsi.
 */
import { deflateSync, crc32 } from 'node:zlib';
import standarUmum from '../../../../standards/standar-umum-1.0.0.json' with { type: 'json' };
import khususLksa from '../../../../standards/khusus-lksa-1.0.0.json' with { type: 'json' };
import standarUmum2 from '../../../../standards/standar-umum-2.0.0.json' with { type: 'json' };
import khususLksa2 from '../../../../standards/khusus-lksa-2.0.0.json' with { type: 'json' };
import { validateStandardFile } from '../../../../src/domain/standard/validate';
import type { StandarKhusus, StandarUmum } from '../../../../src/domain/standard/schema';
import type { AssessmentSnapshot } from '../../../../src/domain/bundle';
import { assessmentSchema, type Answer, type EvidenceDoc, type Action, type StaffMember } from '../../../../src/domain/records';

export function realStandards(version: '1.0.0' | '2.0.0' = '1.0.0'): { umum: StandarUmum; khusus: StandarKhusus } {
  const u = version === '1.0.0' ? validateStandardFile('standar-umum-1.0.0.json', standarUmum) : validateStandardFile('standar-umum-2.0.0.json', standarUmum2);
  const k = version === '1.0.0' ? validateStandardFile('khusus-lksa-1.0.0.json', khususLksa) : validateStandardFile('khusus-lksa-2.0.0.json', khususLksa2);
  if (!u.ok || u.standard.kind !== 'umum') throw new Error('standar-umum-1.0.0.json invalid');
  if (!k.ok || k.standard.kind !== 'khusus') throw new Error('khusus-lksa-1.0.0.json invalid');
  return { umum: u.standard, khusus: k.standard };
}

const T = '2026-11-20T08:00:00.000Z';
export const LONG_NOTE_TAIL = 'AKHIR-CATATAN-PANJANG';
/** Exactly 2,000 characters with line breaks, ending in a marker the test looks for. */
export const LONG_NOTE = (() => {
  const sentence = 'Rapat pengurus tanggal 3 Maret membahas “SOP penerimaan klien” dan perbaikan dapur; café ruang tamu sudah dicat ulang. ';
  let s = '';
  let i = 0;
  while (s.length < 2000 - LONG_NOTE_TAIL.length - 1) s += (++i % 4 === 0 ? '\n' : '') + sentence;
  s = s.slice(0, 2000 - LONG_NOTE_TAIL.length - 1);
  return `${s} ${LONG_NOTE_TAIL}`;
})();
export const ACCENT_NOTE = 'Kepala panti: José Ramírez — “sudah ditandatangani” (lihat map 3).';
/** Outside WinAnsi: must be replaced, never garbled. */
export const ODD_NOTE = 'Ruang ✓ siap → dipakai; Łódź; emoji 😀; 5 ≥ 3';
export const UNBROKEN = `https://contoh.go.id/${'dokumen-sangat-panjang'.repeat(6)}`;

/** A tiny valid PNG (solid-ish gradient), made without any image library. */
export function makePng(width: number, height: number, hue = 0): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = (x * 4 + hue) & 255;
      raw[o + 1] = (y * 5 + 80) & 255;
      raw[o + 2] = (160 + hue) & 255;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

export interface FixtureOptions {
  status?: 'draft' | 'final';
  /** The instrument version (1.0.0 by default, the published fixture). */
  version?: '1.0.0' | '2.0.0';
  /** Number of evidence documents (photos among them get thumbnails). */
  evidence?: number;
}

export function fullSnapshot(opts: FixtureOptions = {}): { snapshot: AssessmentSnapshot; umum: StandarUmum; khusus: StandarKhusus } {
  const { umum, khusus } = realStandards(opts.version);
  const assessmentId = 'asm-1';
  const items = [...umum.aspects, ...khusus.aspects].flatMap((a) => a.components.flatMap((c) => c.items));
  const answers: Answer[] = items.map((item, i) => {
    const na = item.naAllowed && i % 3 === 0;
    const level = ([4, 3, 4, 4, 2, 3, 4, 4, 3, 1, 4, 4] as const)[(i * 7) % 12]!;
    const row = {
      assessmentId,
      itemId: item.id,
      naReason: na ? 'Panti tidak menyelenggarakan layanan ini (“tidak berlaku”).' : '',
      note: i === 1 ? LONG_NOTE : i === 2 ? ACCENT_NOTE : i === 3 ? ODD_NOTE : i === 4 ? UNBROKEN : i % 9 === 0 ? 'Sudah ada,\nperlu diperbarui.' : '',
      updatedAt: T,
    };
    return na ? { ...row, na: true, level: null } : { ...row, na: false, level: item.critical ? 4 : level };
  });
  const roles = ['kepala-panti', 'pekerja-sosial', 'pekerja-sosial', 'pengasuh', 'pengasuh', 'pengasuh', 'administrasi', 'juru-masak', 'psikolog'] as const;
  const staff: StaffMember[] = roles.map((role, i) => ({
    id: `st-${i}`,
    assessmentId,
    name: i === 0 ? 'Hj. Siti Nurhaliza' : '',
    role,
    unsur: role === 'kepala-panti' ? 'pimpinan' : ['pekerja-sosial', 'psikolog'].includes(role) ? 'operasional' : 'penunjang',
    education: 'S1/D4',
    employment: 'tetap',
    certified: i === 1,
    trainedLast12Months: i % 2 === 0,
    empowermentCapable: i < 4,
    createdAt: T,
    updatedAt: T,
  }));
  const nEvidence = opts.evidence ?? 6;
  const evidence: EvidenceDoc[] = Array.from({ length: nEvidence }, (_, i) => {
    const photo = i % 2 === 1;
    return {
      id: `ev-${String(i).padStart(2, '0')}`,
      assessmentId,
      kind: photo ? 'Foto kegiatan/sarana' : i === 0 ? 'Akta pendirian' : 'Surat Tanda Daftar LKS',
      title: photo ? `Foto ruang ${i} — kamar tidur “anak”` : `Dokumen ${i}`,
      number: photo ? '' : `AHU-00${i}.AH.01.04/2019`,
      issuer: photo ? '' : 'Kementerian Hukum dan HAM',
      issueDate: photo ? '' : '2019-03-04',
      expiryDate: i === 2 ? '2026-12-01' : i === 4 ? '2025-01-01' : '',
      itemIds: items.slice(i * 3, i * 3 + 3).map((x) => x.id),
      fileName: photo ? `foto-${i}.png` : `dokumen-${i}.pdf`,
      mime: photo ? 'image/png' : 'application/pdf',
      size: 1000,
      width: photo ? 64 : 0,
      height: photo ? 48 : 0,
      createdAt: T,
      updatedAt: T,
    };
  });
  const actions: Action[] = items
    .filter((_, i) => i % 11 === 5)
    .map((item, i) => ({
      id: `act-${i}`,
      assessmentId,
      itemId: item.id,
      action: `Menyusun dokumen untuk ${item.id}; koordinasi dengan Dinas Sosial.`,
      responsible: i % 2 ? 'Bendahara' : 'Kepala panti',
      targetDate: i % 3 ? '2027-02-01' : '2026-10-01',
      status: i % 3 === 0 ? 'belum' : i % 3 === 1 ? 'proses' : 'selesai',
      createdAt: T,
      updatedAt: T,
    }));
  const status = opts.status ?? 'final';
  const snapshot: AssessmentSnapshot = {
    institution: {
      id: 'inst-1',
      name: 'LKSA Panti Asuhan “Kasih Ibu” Sejahtera — Café Élan',
      type: 'lksa',
      typeOther: '',
      ownership: 'masyarakat',
      registrationNumber: '460/123/Dinsos/2024',
      registrationDate: '2024-01-15',
      registrationExpiry: '2029-01-15',
      permitNumber: '503/45/2024',
      permitDate: '2024-02-01',
      permitExpiry: '2027-02-01',
      address: 'Jl. Melati No. 7, RT 03/RW 05\nDusun Krajan',
      kelurahan: 'Sukamaju',
      kecamatan: 'Cibeunying',
      kabupaten: 'Kota Bandung',
      province: 'Jawa Barat',
      capacity: 40,
      clientsMale: 18,
      clientsFemale: 15,
      headName: 'Hj. Siti Nurhaliza',
      phone: '0812-3456-7890',
      email: 'kasihibu@example.org',
      createdAt: T,
      updatedAt: T,
    },
    assessment: assessmentSchema.parse({
      id: assessmentId,
      institutionId: 'inst-1',
      period: 'Semester II 2026',
      standardId: umum.id,
      standardVersion: umum.version,
      khususId: khusus.id,
      khususVersion: khusus.version,
      status,
      lastItemId: null,
      declaration: status === 'final' ? { name: 'Hj. Siti Nurhaliza', position: 'Kepala Panti', place: 'Bandung', date: '2026-11-21' } : null,
      finalisedAt: status === 'final' ? '2026-11-21T09:00:00.000Z' : null,
      history: [],
      createdAt: T,
      updatedAt: T,
    }),
    answers,
    staff,
    evidence,
    actions,
    reviews: [],
    reviewMeta: null,
  };
  return { snapshot, umum, khusus };
}

/** Thumbnails for the photo evidence of a fixture snapshot. */
export function fixtureThumbnails(snapshot: AssessmentSnapshot): { id: string; bytes: Uint8Array }[] {
  return snapshot.evidence.filter((e) => e.mime.startsWith('image/')).map((e, i) => ({ id: e.id, bytes: makePng(64, 48, i * 40) }));
}
