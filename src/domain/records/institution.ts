import { z } from 'zod';
import { fieldRule } from './fieldRules';
import { timestampSchema } from './timestamp';
import { PROVINCES } from './provinces';

export const INSTITUTION_TYPES = [
  { id: 'lksa', label: 'LKSA — Lembaga Kesejahteraan Sosial Anak' },
  { id: 'bina-laras', label: 'Panti Sosial Bina Laras (penyandang disabilitas mental)' },
  { id: 'pamardi-putra', label: 'Panti Sosial Pamardi Putra (pecandu dan korban penyalahgunaan NAPZA)' },
  { id: 'lanjut-usia', label: 'Panti Sosial Tresna Werdha (lanjut usia)' },
  { id: 'disabilitas-fisik', label: 'Panti Sosial Bina Daksa (penyandang disabilitas fisik)' },
  { id: 'disabilitas-sensorik', label: 'Panti Sosial Bina Netra / Bina Rungu Wicara (penyandang disabilitas sensorik)' },
  { id: 'disabilitas-intelektual', label: 'Panti Sosial Bina Grahita (penyandang disabilitas intelektual)' },
  { id: 'marsudi-putra', label: 'Panti Sosial Marsudi Putra (anak berhadapan dengan hukum)' },
  { id: 'bina-remaja', label: 'Panti Sosial Bina Remaja' },
  { id: 'bina-karya', label: 'Panti Sosial Bina Karya (gelandangan dan pengemis)' },
  { id: 'karya-wanita', label: 'Panti Sosial Karya Wanita' },
  { id: 'lainnya', label: 'Lainnya' },
] as const;

/**
 * Types that profiles made by an earlier version may carry; never offered for a new profile. 'disabilitas'
 * lumped four kinds of panti whose needs differ (Braille and sign language, mobility, guardianship).
 */
export const LEGACY_INSTITUTION_TYPES = [
  { id: 'disabilitas', label: 'Panti Sosial Penyandang Disabilitas (jenis lama: pilih jenis yang lebih rinci)' },
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number]['id'] | (typeof LEGACY_INSTITUTION_TYPES)[number]['id'];
export const institutionTypeIds = [...INSTITUTION_TYPES, ...LEGACY_INSTITUTION_TYPES].map((t) => t.id) as [InstitutionType, ...InstitutionType[]];

export const OWNERSHIPS = [
  { id: 'pemerintah', label: 'Pemerintah' },
  { id: 'masyarakat', label: 'Masyarakat' },
] as const;

const optionalText = (max: number) => z.string().trim().max(max, fieldRule.tooLong(max)).default('');
const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, fieldRule.invalidDate)
  .default('');
const count = z
  .number({ error: fieldRule.notANumber })
  .int(fieldRule.notInteger)
  .min(0, fieldRule.negative)
  .max(100000, fieldRule.tooLarge);

/** The institution profile. Ids are random UUIDs; timestamps are ISO strings. */
export const institutionSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, fieldRule.required('institution-name')).max(200, fieldRule.tooLong(200)),
  type: z.enum(institutionTypeIds, { error: fieldRule.choose('institution-type') }),
  typeOther: optionalText(200),
  ownership: z.enum(['pemerintah', 'masyarakat'], { error: fieldRule.choose('ownership') }),
  registrationNumber: optionalText(100),
  registrationDate: isoDate,
  registrationExpiry: isoDate,
  permitNumber: optionalText(100),
  permitDate: isoDate,
  permitExpiry: isoDate,
  address: optionalText(500),
  kelurahan: optionalText(100),
  kecamatan: optionalText(100),
  kabupaten: optionalText(100),
  province: z.enum(PROVINCES, { error: fieldRule.choose('province') }),
  capacity: count,
  clientsMale: count,
  clientsFemale: count,
  headName: optionalText(200),
  phone: optionalText(50),
  email: optionalText(200),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Institution = z.infer<typeof institutionSchema>;

export function totalClients(i: Pick<Institution, 'clientsMale' | 'clientsFemale'>): number {
  return i.clientsMale + i.clientsFemale;
}

export function institutionTypeLabel(type: string): string {
  return [...INSTITUTION_TYPES, ...LEGACY_INSTITUTION_TYPES].find((t) => t.id === type)?.label ?? type;
}
