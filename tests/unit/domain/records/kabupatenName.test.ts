import { describe, expect, it } from 'vitest';
import { KABUPATEN_KOTA } from '../../../../src/domain/records/kabupaten';
import { kabupatenOf, matchKabupaten, normaliseKabupaten, provincesOfKabupaten } from '../../../../src/domain/records/kabupatenName';
import { PROVINCES } from '../../../../src/domain/records/provinces';

describe('normaliseKabupaten', () => {
  it.each([
    ['Kab. Bandung', 'Kabupaten Bandung'],
    ['kabupaten bandung', 'Kabupaten Bandung'],
    ['KABUPATEN BANDUNG', 'Kabupaten Bandung'],
    ['Kab.Bandung', 'Kabupaten Bandung'],
    ['Kab Bandung', 'Kabupaten Bandung'],
    ['KOTA BANDUNG', 'Kota Bandung'],
    ['kota  bandung ', 'Kota Bandung'],
    ['   Kabupaten    Bandung   ', 'Kabupaten Bandung'],
    ['Kabupaten Bandung', 'Kabupaten Bandung'],
    ['Kodya Bandung', 'Kota Bandung'],
    ['Bandung Barat', 'Kabupaten Bandung Barat'],
    ['kab. bandung barat', 'Kabupaten Bandung Barat'],
    ['Bekasi Kota', null],
    ['Garut', 'Kabupaten Garut'],
  ])('Jawa Barat: %j → %j', (typed, expected) => {
    expect(normaliseKabupaten('Jawa Barat', typed)).toBe(expected);
  });

  it('does not guess an ambiguous name: "Bandung" in Jawa Barat is Kabupaten Bandung or Kota Bandung', () => {
    expect(normaliseKabupaten('Jawa Barat', 'Bandung')).toBeNull();
    expect(normaliseKabupaten('Jawa Barat', ' bandung ')).toBeNull();
    const m = matchKabupaten('Jawa Barat', 'Bandung');
    expect(m.status).toBe('ambiguous');
    expect(m.status === 'ambiguous' && m.candidates.map((c) => c.name).sort()).toEqual(['Kabupaten Bandung', 'Kota Bandung']);
  });

  it('finds "Bandung" unambiguous where the province has one Bandung only (none: not in the list)', () => {
    expect(normaliseKabupaten('Lampung', 'Bandar Lampung')).toBe('Kota Bandar Lampung');
    expect(normaliseKabupaten('Jawa Tengah', 'Bandung')).toBeNull();
  });

  it('returns null for a kabupaten/kota of another province, an empty text and an unknown province', () => {
    expect(normaliseKabupaten('Jawa Barat', 'Kota Medan')).toBeNull();
    expect(normaliseKabupaten('Jawa Barat', 'Medan')).toBeNull();
    expect(normaliseKabupaten('Sumatera Utara', 'Kota Bandung')).toBeNull();
    expect(matchKabupaten('Jawa Barat', 'Kota Medan').status).toBe('unknown');
    expect(normaliseKabupaten('Jawa Barat', '   ')).toBeNull();
    expect(normaliseKabupaten('', 'Kota Bandung')).toBeNull();
    expect(normaliseKabupaten('Atlantis', 'Kota Bandung')).toBeNull();
    expect(provincesOfKabupaten('Kota Medan', 'Jawa Barat')).toEqual([{ province: 'Sumatera Utara', name: 'Kota Medan' }]);
  });

  it('keeps administrative status and reads the usual abbreviations of DKI Jakarta', () => {
    expect(normaliseKabupaten('DKI Jakarta', 'Kabupaten Kepulauan Seribu')).toBe('Kabupaten Administrasi Kepulauan Seribu');
    expect(normaliseKabupaten('DKI Jakarta', 'KAB. ADM. KEP. SERIBU')).toBe('Kabupaten Administrasi Kepulauan Seribu');
    expect(normaliseKabupaten('DKI Jakarta', 'Kota Jakarta Selatan')).toBe('Kota Administrasi Jakarta Selatan');
    expect(normaliseKabupaten('DKI Jakarta', 'Jakarta Timur')).toBe('Kota Administrasi Jakarta Timur');
    expect(normaliseKabupaten('DKI Jakarta', 'Kabupaten Jakarta Timur')).toBeNull();
  });

  it('ignores spaces and hyphens inside a name, and reads "Kota" as part of a kabupaten name when it must', () => {
    expect(normaliseKabupaten('Papua Barat', 'Kabupaten Fakfak')).toBe('Kabupaten Fak Fak');
    expect(normaliseKabupaten('Sulawesi Tengah', 'Tolitoli')).toBe('Kabupaten Toli-Toli');
    expect(normaliseKabupaten('Sulawesi Tenggara', 'Kota Baubau')).toBe('Kota Bau Bau');
    expect(normaliseKabupaten('Kalimantan Selatan', 'Kota Baru')).toBe('Kabupaten Kotabaru');
    expect(normaliseKabupaten('Kalimantan Tengah', 'Kotawaringin Barat')).toBe('Kabupaten Kotawaringin Barat');
    expect(normaliseKabupaten('Papua Barat Daya', 'Sorong')).toBeNull();
    expect(normaliseKabupaten('Papua Barat Daya', 'Kota Sorong')).toBe('Kota Sorong');
  });
});

describe('the kabupaten/kota list', () => {
  it('has 514 entries (416 kabupaten, 98 kota) with unique codes, all reachable through the provinces', () => {
    expect(KABUPATEN_KOTA).toHaveLength(514);
    expect(KABUPATEN_KOTA.filter((k) => k.name.startsWith('Kabupaten ')).length).toBe(416);
    expect(KABUPATEN_KOTA.filter((k) => k.name.startsWith('Kota ')).length).toBe(98);
    expect(new Set(KABUPATEN_KOTA.map((k) => k.code)).size).toBe(KABUPATEN_KOTA.length);
    expect(PROVINCES.reduce((n, p) => n + kabupatenOf(p).length, 0)).toBe(KABUPATEN_KOTA.length);
  });

  it('gives every province of provinces.ts at least one kabupaten/kota, and names no other province', () => {
    for (const p of PROVINCES) expect(kabupatenOf(p).length, p).toBeGreaterThan(0);
    expect(new Set(KABUPATEN_KOTA.map((k) => k.province))).toEqual(new Set(PROVINCES));
  });

  it('puts the kabupaten of the 2022 Papua provinces in their new provinces', () => {
    expect(kabupatenOf('Papua Selatan').map((k) => k.name)).toEqual(['Kabupaten Merauke', 'Kabupaten Boven Digoel', 'Kabupaten Mappi', 'Kabupaten Asmat']);
    expect(normaliseKabupaten('Papua Tengah', 'Mimika')).toBe('Kabupaten Mimika');
    expect(normaliseKabupaten('Papua Pegunungan', 'Jayawijaya')).toBe('Kabupaten Jayawijaya');
    expect(normaliseKabupaten('Papua Barat Daya', 'Raja Ampat')).toBe('Kabupaten Raja Ampat');
    expect(normaliseKabupaten('Papua', 'Merauke')).toBeNull();
  });

  it('normalises every canonical name to itself, and every name without its prefix when the province has no twin', () => {
    for (const k of KABUPATEN_KOTA) {
      expect(matchKabupaten(k.province, k.name)).toEqual({ status: 'exact', entry: k });
      expect(normaliseKabupaten(k.province, k.name.toUpperCase())).toBe(k.name);
      const bare = k.name.replace(/^(Kabupaten|Kota) (Administrasi )?/, '');
      const twins = kabupatenOf(k.province).filter((o) => o.name.replace(/^(Kabupaten|Kota) (Administrasi )?/, '') === bare);
      expect(normaliseKabupaten(k.province, bare)).toBe(twins.length === 1 ? k.name : null);
    }
  });
});
