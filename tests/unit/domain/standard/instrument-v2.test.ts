import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../../../src/domain/eligibility/check';
import { INSTITUTION_TYPES, type EvidenceDoc, type Institution } from '../../../../src/domain/records';
import { scoreAssessment } from '../../../../src/domain/scoring';
import { lintStandard, overlappingPairs, OVERLAP_MAX, userTextsOf } from '../../../../src/domain/standard/lint';
import { currentKhususFor, currentUmum, loadStandards } from '../../../../src/domain/standard/registry';
import type { StandarKhusus, StandarUmum } from '../../../../src/domain/standard/schema';
import { allItems } from '../../../../src/domain/standard/validate';

const standards = loadStandards();
const umum = standards.find((s): s is StandarUmum => s.kind === 'umum' && s.version === '2.0.0')!;
const modules = standards.filter((s): s is StandarKhusus => s.kind === 'khusus' && s.version.startsWith('2.'));
const allAt4 = (...files: (StandarUmum | StandarKhusus)[]) =>
  Object.fromEntries(files.flatMap(allItems).map((i) => [i.id, { level: 4 as const, na: false as const }]));

describe('Standar Umum 2.0.0', () => {
  it('is the version new assessments start on', () => {
    expect(currentUmum().version).toBe('2.0.0');
  });

  it('passes the lint: language, cumulative levels, lengths, sources', () => {
    expect(lintStandard('standar-umum-2.0.0.json', umum)).toEqual([]);
    for (const m of modules) expect(lintStandard(m.id, m), m.id).toEqual([]);
  });

  it('scores each fact once: no two items that meet in one assessment share more than the threshold of content words', () => {
    expect(overlappingPairs([umum]), 'Standar Umum').toEqual([]);
    for (const m of modules) expect(overlappingPairs([umum, m]).map((p) => `${p.a}~${p.b}`), m.id).toEqual([]);
    expect(OVERLAP_MAX).toBeLessThanOrEqual(0.25);
  });

  it('the 1.0.0 twins the review named would have failed the overlap check', () => {
    const v1 = standards.find((s) => s.kind === 'umum' && s.version === '1.0.0')!;
    const flagged = overlappingPairs([v1]).map((p) => `${p.a}~${p.b}`);
    expect(flagged).toEqual(expect.arrayContaining(['SPR-3.2~PSD-2.2', 'SDM-1.4~MON-1.7', 'SPR-3.3~PSD-2.3', 'SPR-3.13~PSD-2.8']));
  });

  it('balances the six BALKS standards: program + proses + hasil carry at least 45 % (shares printed)', () => {
    for (const ownership of ['masyarakat', 'pemerintah'] as const) {
      const { balks } = scoreAssessment({ umum, answers: {}, ownership });
      console.log(`BALKS shares (${ownership}): ${balks.map((b) => `${b.standard} ${b.share.toFixed(1)} %`).join(' · ')}`);
      const share = (s: string) => balks.find((b) => b.standard === s)!.share;
      expect(share('program pelayanan') + share('proses pelayanan') + share('hasil pelayanan')).toBeGreaterThanOrEqual(45);
      expect(share('manajemen organisasi')).toBeLessThan(29);
      expect(balks.reduce((s, b) => s + b.share, 0)).toBeCloseTo(100, 6);
    }
    expect(umum.scoring.weightRationale).toMatch(/BALKS/);
  });

  it('says where the grade bands come from and shows no estimate below 90 % completion', () => {
    expect(umum.scoring.gradeSource).toMatch(/BAN-S\/M/);
    expect(umum.scoring.minCompletionForGrade).toBe(90);
    expect(umum.scoring.decisionRule).toMatch(/tingkat tertinggi yang semua syaratnya terpenuhi/);
    const half = Object.fromEntries(allItems(umum).slice(0, 60).map((i) => [i.id, { level: 4 as const, na: false as const }]));
    expect(scoreAssessment({ umum, answers: half, ownership: 'masyarakat' }).grade.status).toBe('incomplete');
  });

  it('keeps registration and permit out of the score: they are syarat pengajuan', () => {
    const ids = allItems(umum).map((i) => i.id);
    expect(ids).not.toContain('KLB-1.3');
    expect(ids).not.toContain('KLB-1.4');
    expect(umum.retired.map((r) => r.id)).toEqual(expect.arrayContaining(['KLB-1.3', 'KLB-1.4']));
    expect(umum.eligibility!.requirements.length).toBeGreaterThanOrEqual(3);
  });

  it('a fully compliant government UPT is eligible and reaches A without any yayasan paper', () => {
    const upt = {
      id: 'upt', name: 'UPT Panti Sosial', type: 'lanjut-usia', typeOther: '', ownership: 'pemerintah',
      registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
      address: '', kelurahan: '', kecamatan: '', kabupaten: '', province: 'Jawa Barat', capacity: 50, clientsMale: 20,
      clientsFemale: 20, headName: '', phone: '', email: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    } as Institution;
    const doc = (kind: string): EvidenceDoc => ({
      id: kind, assessmentId: 'a', kind, title: '', number: '1', issuer: '', issueDate: '', expiryDate: '', itemIds: [],
      fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    });
    const eligibility = checkEligibility(umum, upt, [doc('Peraturan pembentukan UPT'), doc('Rekomendasi Dinas Sosial')], '2026-12-01')!;
    expect(eligibility.requirements.map((r) => [r.requirement.id, r.status])).toEqual([
      ['SYR-3', 'met'],
      ['SYR-4', 'met'],
    ]);
    const khusus = currentKhususFor('lanjut-usia')!;
    // Yayasan-only items answered 0 must not count for a UPT.
    const answers = { ...allAt4(umum, khusus), ...Object.fromEntries(allItems(umum).filter((i) => i.ownership === 'masyarakat').map((i) => [i.id, { level: 0 as const, na: false as const }])) };
    const score = scoreAssessment({ umum, khusus, answers, ownership: 'pemerintah' });
    expect(score.grade).toMatchObject({ status: 'grade', grade: 'A' });
    expect(score.total).toBeCloseTo(100, 6);
  });

  it('has a Hak dan Pelindungan component with a critical item on violence and pasung', () => {
    const component = umum.aspects.flatMap((a) => a.components).find((c) => /Hak dan Pelindungan/.test(c.name))!;
    expect(component.items.length).toBeGreaterThanOrEqual(6);
    expect(component.items.some((i) => i.critical && /pasung/i.test(JSON.stringify(i)))).toBe(true);
  });

  it('lists few critical items, each about the safety or rights of people (printed), none N/A', () => {
    const critical = [umum, ...modules].flatMap(allItems).filter((i) => i.critical);
    console.log(`Critical items:\n${critical.map((i) => `  ${i.id} ${i.statement} [${i.source}]`).join('\n')}`);
    expect(allItems(umum).filter((i) => i.critical).length).toBeLessThanOrEqual(6);
    for (const i of critical) expect(i.naAllowed, i.id).toBe(false);
  });
});

describe('modules 2.0.0: one for every type but Lainnya', () => {
  it.each(INSTITUTION_TYPES.filter((t) => t.id !== 'lainnya').map((t) => t.id))('%s has a module with ≥ 10 items, critical items and a share of the 100', (type) => {
    const m = currentKhususFor(type);
    expect(m, type).not.toBeNull();
    expect(allItems(m!).length).toBeGreaterThanOrEqual(10);
    expect(allItems(m!).some((i) => i.critical), `${m!.id} has a critical item`).toBe(true);
    expect(m!.totalShare).toBeGreaterThanOrEqual(20);
    console.log(`${m!.id}: ${m!.totalShare} % of the total; Standar Umum ${100 - m!.totalShare!} %`);
    const score = scoreAssessment({ umum, khusus: m, answers: allAt4(umum, m!) });
    expect(score.aspects.reduce((s, a) => s + a.weight, 0)).toBeCloseTo(100, 6);
  });

  it('Lainnya has no module', () => {
    expect(currentKhususFor('lainnya')).toBeNull();
  });
});

describe('no user-visible text names a seed or a seed file', () => {
  it('in any item, component or aspect of any version, as the registry hands it to every screen and export', async () => {
    const { allStandards } = await import('../../../../src/domain/standard/registry');
    for (const s of [...standards, ...allStandards()]) {
      for (const item of allItems(s)) {
        for (const { field, text } of userTextsOf(item)) {
          expect(text, `${s.id} ${s.version} ${item.id}.${field}`).not.toMatch(/\bseed\b|\d{3}_[0-9a-f]{16}/i);
        }
      }
      const headings = JSON.stringify(s.aspects.map((a) => [a.name, a.description, a.components.map((c) => [c.name, c.description])]));
      expect(headings).not.toMatch(/\bseed\b|\d{3}_[0-9a-f]{16}/i);
    }
  });
});

describe('no seed in the other outputs users read', () => {
  it('the catalogue of every version, the indicator definitions and the recap metadata', async () => {
    const { catalogueMarkdown } = await import('../../../../src/domain/catalogue/markdown');
    const { INDICATOR_DEFINITIONS } = await import('../../../../src/domain/indicators/definitions');
    const { RECAP_INDICATORS, typeCountMeta } = await import('../../../../src/domain/recap/metadata');
    const { INSTITUTION_TYPES } = await import('../../../../src/domain/records');
    const { allStandards } = await import('../../../../src/domain/standard/registry');
    const texts = [
      ...allStandards().map((s) => catalogueMarkdown(s)),
      JSON.stringify(INDICATOR_DEFINITIONS),
      JSON.stringify(RECAP_INDICATORS),
      ...INSTITUTION_TYPES.map((t) => JSON.stringify(typeCountMeta(t.id))),
    ];
    for (const t of texts) expect(t).not.toMatch(/\bseed\b|\d{3}_[0-9a-f]{16}/i);
  });
});
