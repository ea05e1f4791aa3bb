import { z } from 'zod';
import { institutionSchema, type Institution } from '../../domain/records';
import { normaliseKabupaten } from '../../domain/records/kabupatenName';
import type { InstitutionInput } from '../../data/institutions';

/** A count typed into a text box: digits only, not negative, with Indonesian messages. */
const countField = z
  .string()
  .trim()
  .min(1, 'Wajib diisi (isi 0 bila tidak ada)')
  .regex(/^-?\d+$/, 'Hanya angka bulat, tanpa huruf, titik atau koma')
  .transform(Number)
  .pipe(z.number().int().min(0, 'Tidak boleh negatif').max(100000, 'Angka terlalu besar'));

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The profile form: the institution schema without id/timestamps, counts typed as text. */
export const profileFormSchema = institutionSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend({
    capacity: countField,
    clientsMale: countField,
    clientsFemale: countField,
    email: z
      .string()
      .trim()
      .max(200, 'paling banyak 200 karakter')
      .refine((v) => v === '' || EMAIL.test(v), 'Alamat email tidak valid'),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'lainnya' && v.typeOther.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['typeOther'], message: 'Sebutkan jenis panti' });
    }
    const pairs = [
      ['registrationDate', 'registrationExpiry'],
      ['permitDate', 'permitExpiry'],
    ] as const;
    for (const [from, to] of pairs) {
      if (v[from] && v[to] && v[to] < v[from]) {
        ctx.addIssue({ code: 'custom', path: [to], message: 'Tanggal berakhir tidak boleh sebelum tanggal terbit' });
      }
    }
  })
  // A name that names one kabupaten/kota of the province is stored as the list writes it ("Kab. Bandung" →
  // "Kabupaten Bandung"); anything else (ambiguous, not in the list) is kept as typed: the record stays free text.
  .transform((v) => ({ ...v, kabupaten: normaliseKabupaten(v.province, v.kabupaten) ?? v.kabupaten }));

export type ProfileFormInput = z.input<typeof profileFormSchema>;
export type ProfileFormOutput = z.output<typeof profileFormSchema>;

export const EMPTY_PROFILE: ProfileFormInput = {
  name: '',
  type: '' as never,
  typeOther: '',
  ownership: '' as never,
  registrationNumber: '',
  registrationDate: '',
  registrationExpiry: '',
  permitNumber: '',
  permitDate: '',
  permitExpiry: '',
  address: '',
  kelurahan: '',
  kecamatan: '',
  kabupaten: '',
  province: '' as never,
  capacity: '',
  clientsMale: '',
  clientsFemale: '',
  headName: '',
  phone: '',
  email: '',
};

export function toFormValues(i: Institution): ProfileFormInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = i;
  return { ...rest, capacity: String(i.capacity), clientsMale: String(i.clientsMale), clientsFemale: String(i.clientsFemale) };
}

export function toInput(v: ProfileFormOutput): InstitutionInput {
  return v;
}
