import { describe, expect, it } from 'vitest';
import { STANDARD_FILES } from '../../../../standards';
import { loadStandards } from '../../../../src/domain/standard/registry';
import type { StandarKhusus, StandarUmum } from '../../../../src/domain/standard/schema';
import { allItems } from '../../../../src/domain/standard/validate';

const standards = loadStandards();
const umum = standards.find((s): s is StandarUmum => s.kind === 'umum' && s.id === 'standar-umum' && s.version === '1.0.0')!;
const khusus = (id: string) => standards.find((s): s is StandarKhusus => s.id === id && s.version === '1.0.0')!;
const major = (v: string) => v.split('.')[0]!;
/** The files that can meet in one assessment: a Standar Umum major and the modules written for it. */
const families = [...new Set(standards.map((s) => major(s.version)))].map((m) => standards.filter((s) => major(s.version) === m));
/** What one assessment can hold: a Standar Umum with one of its modules. */
const assessmentSets = families.flatMap((family) => {
  const umums = family.filter((s) => s.kind === 'umum');
  return family.filter((s) => s.kind === 'khusus').flatMap((k) => umums.map((u) => [`${u.id} ${u.version} + ${k.id} ${k.version}`, [u, k]] as const));
});

describe('Standar Umum Panti Sosial (standards/standar-umum-1.0.0.json)', () => {
  it('has the six aspects in the seeds order', () => {
    expect(umum.aspects.map((a) => a.name)).toEqual([
      'Kelembagaan',
      'Sumber Daya Manusia',
      'Sarana dan Prasarana',
      'Pembiayaan',
      'Pelayanan Sosial Dasar',
      'Monitoring dan Evaluasi',
    ]);
  });

  it('has every component the seeds list, each with at least two items', () => {
    const names = umum.aspects.flatMap((a) => a.components.map((c) => c.name));
    for (const expected of [
      'Legalitas Organisasi', 'Visi dan Misi', 'Organisasi dan Tata Kerja',
      'Unsur Pimpinan', 'Unsur Operasional', 'Unsur Penunjang', 'Pengembangan Personil', // 1.0.0 spelling (frozen)
      'Pelayanan Teknis', 'Perkantoran', 'Umum',
      'Sumber Dana Tetap', 'Sumber Dana Tidak Tetap', 'Pengelolaan dan Pertanggungjawaban Keuangan',
      'Makan', 'Tempat Tinggal', 'Pakaian', 'Pendidikan', 'Kesehatan',
      'Monev Proses', 'Monev Hasil',
    ]) {
      expect(names).toContain(expected);
    }
    for (const c of umum.aspects.flatMap((a) => a.components)) expect(c.items.length, c.id).toBeGreaterThanOrEqual(2);
    expect(allItems(umum).length).toBeGreaterThanOrEqual(70);
  });

  it.each(assessmentSets)('gives every item of %s all its fields, with its own level descriptors', (_name, family) => {
    const descriptors = new Map<string, string>();
    for (const item of family.flatMap(allItems)) {
      for (const field of ['id', 'statement', 'guidance', 'recommendation', 'source', 'balks', 'answerType'] as const) {
        expect(String(item[field]).trim(), `${item.id}.${field}`).not.toBe('');
      }
      expect(item.evidence.length, `${item.id}.evidence`).toBeGreaterThan(0);
      expect(item.levels).toHaveLength(5);
      expect(item.weight).toBeGreaterThan(0);
      expect(typeof item.critical).toBe('boolean');
      expect(typeof item.naAllowed).toBe('boolean');
      // No generic scale pasted everywhere: a level descriptor text belongs to one item only.
      for (const d of item.levels) {
        expect(descriptors.get(d), `"${d}" is used by ${descriptors.get(d)} and ${item.id}`).toBeUndefined();
        descriptors.set(d, item.id);
      }
    }
  });

  it('makes legal registration and the operating permit critical', () => {
    const critical = allItems(umum).filter((i) => i.critical).map((i) => i.statement.toLowerCase());
    expect(critical.some((s) => s.includes('tanda daftar'))).toBe(true);
    expect(critical.some((s) => s.includes('izin operasional'))).toBe(true);
  });

  it('keeps weights, thresholds, validity and the critical rule in the file', () => {
    expect(umum.scoring.grades.map((g) => [g.grade, g.min, g.validityYears])).toEqual([
      ['A', 91, 5],
      ['B', 81, 3],
      ['C', 71, 2],
    ]);
    expect(umum.aspects.every((a) => a.weight > 0)).toBe(true);
  });

  it('has computed SDM items fed by the staff indicators', () => {
    const computed = allItems(umum).filter((i) => i.answerType === 'computed');
    expect(computed.map((i) => i.computed!.indicator).sort()).toEqual(
      expect.arrayContaining(['clientsPerProfessional', 'empowermentCapablePct', 'certifiedSocialWorkerPct']),
    );
    expect(computed.every((i) => i.id.startsWith('SDM-'))).toBe(true);
  });
});

describe('standar khusus modules', () => {
  it.each([
    ['khusus-lksa', 'lksa'],
    ['khusus-bina-laras', 'bina-laras'],
    ['khusus-pamardi-putra', 'pamardi-putra'],
  ])('%s applies to %s and has at least 8 items', (id, type) => {
    const module = khusus(id);
    expect(module, id).toBeDefined();
    expect(module.appliesTo).toContain(type);
    expect(allItems(module).length).toBeGreaterThanOrEqual(8);
    expect(module.aspects[0]!.weight).toBeGreaterThan(0);
  });

  it('covers the themes the seeds name', () => {
    const text = (id: string) => JSON.stringify(khusus(id)).toLowerCase();
    for (const word of ['reintegrasi', 'rencana pengasuhan', 'rujukan', 'keluarga']) expect(text('khusus-lksa')).toContain(word);
    for (const word of ['multidisiplin', 'manajemen kasus', 'alarm', 'kepolisian', 'dua minggu']) expect(text('khusus-bina-laras')).toContain(word);
    for (const word of ['keterampilan', 'resosialisasi', 'bimbingan lanjut', 'konselor adiksi']) expect(text('khusus-pamardi-putra')).toContain(word);
  });

  it('never reuses an item id across the files that meet in one assessment', () => {
    for (const family of families) {
      const ids = family.flatMap(allItems).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('an id kept from one version to the next is the same item (same BALKS standard and answer type)', () => {
    const byId = new Map<string, { balks: string; answerType: string }>();
    for (const item of standards.flatMap(allItems)) {
      const seen = byId.get(item.id);
      if (seen) expect({ balks: seen.balks, answerType: seen.answerType }, item.id).toEqual({ balks: seen.balks, answerType: item.answerType });
      else byId.set(item.id, { balks: item.balks, answerType: item.answerType });
    }
  });
});

it('lists every file of standards/ in standards/index.ts', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(new URL('../../../../standards', import.meta.url)).filter(
    (f) => f.endsWith('.json') && f !== 'published-ids.json',
  );
  expect(Object.keys(STANDARD_FILES).sort()).toEqual(files.sort());
});
