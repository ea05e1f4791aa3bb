import { describe, expect, it } from 'vitest';
import { institutionSchema } from '../../../../src/domain/records';
import { EMPTY_PROFILE, profileFormSchema, type ProfileFormInput } from '../../../../src/features/profile/profileForm';

const form = (over: Partial<ProfileFormInput>): ProfileFormInput => ({
  ...EMPTY_PROFILE,
  name: 'LKSA Harapan',
  type: 'lksa',
  ownership: 'masyarakat',
  province: 'Jawa Barat',
  capacity: '20',
  clientsMale: '5',
  clientsFemale: '5',
  ...over,
});
const saved = (over: Partial<ProfileFormInput>) => {
  const r = profileFormSchema.safeParse(form(over));
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data.kabupaten;
};

describe('profile form: kabupaten/kota on save', () => {
  it('stores a name that normalises unambiguously in its canonical form', () => {
    expect(saved({ kabupaten: 'Kab. Bandung' })).toBe('Kabupaten Bandung');
    expect(saved({ kabupaten: '  KOTA   BANDUNG ' })).toBe('Kota Bandung');
    expect(saved({ province: 'DKI Jakarta', kabupaten: 'Jakarta Selatan' })).toBe('Kota Administrasi Jakarta Selatan');
  });

  it('keeps an ambiguous name, a name of another province and an unknown place as typed (trimmed), and accepts empty', () => {
    expect(saved({ kabupaten: 'Bandung' })).toBe('Bandung');
    expect(saved({ kabupaten: ' Kota Medan ' })).toBe('Kota Medan');
    expect(saved({ kabupaten: 'Kabupaten Baru Pemekaran' })).toBe('Kabupaten Baru Pemekaran');
    expect(saved({ kabupaten: '' })).toBe('');
  });

  it('leaves the record schema free text: an old record with "Kab. Bandung" or a name of another province still loads', () => {
    const record = {
      ...form({}),
      id: 'i1',
      capacity: 20,
      clientsMale: 5,
      clientsFemale: 5,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    for (const kabupaten of ['Kab. Bandung', 'Kota Medan', 'bandung']) {
      const r = institutionSchema.safeParse({ ...record, kabupaten });
      expect(r.success && r.data.kabupaten).toBe(kabupaten);
    }
  });
});
