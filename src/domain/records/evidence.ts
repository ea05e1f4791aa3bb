import { z } from 'zod';
import { fieldRule } from './fieldRules';
import { timestampSchema } from './timestamp';
import { byField } from './team';

const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, fieldRule.invalidDate).default('');

export const DOCUMENT_KINDS = [
  'Akta pendirian',
  'SK pengesahan badan hukum (Kemenkumham)',
  'AD/ART',
  'Surat Tanda Daftar LKS',
  'Izin operasional',
  'Rekomendasi Dinas Sosial',
  'Peraturan pembentukan UPT',
  'SOTK UPT',
  'DIPA/DPA',
  'Laporan hasil pemeriksaan APIP/BPK',
  'NPWP lembaga',
  'Surat keterangan domisili',
  'Bukti status tanah/bangunan',
  'Struktur organisasi dan SK pengurus',
  'SOP pelayanan',
  'Laporan keuangan',
  'Foto kegiatan/sarana',
  'Daftar hadir / notulen',
  'Dokumen lainnya',
] as const;

/** An entry of the evidence register (Formulir B): a document or photo proving one or more items. */
export const evidenceDocSchema = z.object({
  id: z.string().min(1).max(100),
  assessmentId: z.string().min(1).max(100),
  kind: z.string().trim().min(1, fieldRule.required('document-kind')).max(200),
  title: z.string().max(300).default(''),
  number: z.string().max(200).default(''),
  issuer: z.string().max(300).default(''),
  issueDate: isoDateOrEmpty,
  expiryDate: isoDateOrEmpty,
  itemIds: z.array(z.string().max(50)).max(500).default([]),
  /** Metadata of the attached file, if any; the bytes live in the evidenceFiles table. */
  fileName: z.string().max(300).default(''),
  mime: z.string().max(100).default(''),
  size: z.number().int().min(0).default(0),
  width: z.number().int().min(0).default(0),
  height: z.number().int().min(0).default(0),
  /** The team member who added or last changed this row. */
  by: byField,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type EvidenceDoc = z.infer<typeof evidenceDocSchema>;

export type ExpiryState = 'expired' | 'expiring' | 'valid' | 'none';

/** Expired, or expiring within `withinDays` (90 by default) of `today` (YYYY-MM-DD). */
export function expiryState(expiryDate: string, today: string, withinDays = 90): ExpiryState {
  if (!expiryDate) return 'none';
  if (expiryDate < today) return 'expired';
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + withinDays);
  return expiryDate <= limit.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}
