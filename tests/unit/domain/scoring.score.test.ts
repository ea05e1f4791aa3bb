import { describe, it, expect } from 'vitest';
import { scoreAssessment } from '../../../src/domain/scoring';
import { L, NA, REFERENCE_TOTAL, allAt, makeKhusus, makeUmum, referenceAnswers, withNaAllowed } from './fixtures';

const aspect = (s: ReturnType<typeof scoreAssessment>, id: string) => s.aspects.find((a) => a.id === id)!;
const component = (s: ReturnType<typeof scoreAssessment>, id: string) =>
  s.aspects.flatMap((a) => a.components).find((c) => c.id === id)!;

describe('scoreAssessment: items, components, aspects, total', () => {
  const umum = makeUmum();
  const score = scoreAssessment({ umum, answers: referenceAnswers() });

  it('scores an item as level ÷ 4 and records where the level came from', () => {
    expect(score.itemsById['KLB-1.2']).toMatchObject({ level: 2, score: 0.5, source: 'answer', weight: 1, aspectId: 'KLB', componentId: 'KLB-1', module: 'umum' });
    expect(score.itemsById['KLB-2.2']).toMatchObject({ level: null, score: 0, source: 'unanswered' });
    expect(score.itemsById['SPR-1.2']).toMatchObject({ level: null, score: null, source: 'na' });
    expect(score.itemsById['KLB-1.1']).toMatchObject({ critical: true });
  });

  it('scores components and aspects as Σ(weight × item score) ÷ Σ(weight) × 100 (see fixtures.ts)', () => {
    expect(component(score, 'KLB-1').score).toBe(87.5);
    expect(component(score, 'KLB-2').score).toBe(37.5);
    expect(aspect(score, 'KLB').score).toBe(62.5); // from items (5 ÷ 8), not the mean of components
    expect(aspect(score, 'SDM').score).toBeCloseTo(200 / 3, 10);
    expect(aspect(score, 'SPR').score).toBe(75);
    expect(aspect(score, 'PBY').score).toBe(12.5);
    expect(component(score, 'PSD-1').score).toBeCloseTo(275 / 3, 10);
    expect(component(score, 'PSD-2').score).toBe(75);
    expect(aspect(score, 'PSD').score).toBe(85);
    expect(aspect(score, 'MNV').score).toBe(62.5);
  });

  it('weights the total by aspect weights: 65.8333…', () => {
    expect(score.total).toBeCloseTo(REFERENCE_TOTAL, 10);
    // each aspect's points in the total: weight × score ÷ Σ weight
    expect(aspect(score, 'KLB').totalPoints).toBe(12.5);
    expect(score.aspects.reduce((s, a) => s + (a.totalPoints ?? 0), 0)).toBeCloseTo(REFERENCE_TOTAL, 10);
  });

  it('lists each item’s contribution in its component and aspect', () => {
    const klb = aspect(score, 'KLB');
    // KLB-1.1: 3 × 1 ÷ 8 × 100 = 37.5 points of the aspect's 62.5
    expect(klb.contributions.find((c) => c.itemId === 'KLB-1.1')).toEqual({ itemId: 'KLB-1.1', weight: 3, score: 1, points: 37.5 });
    expect(klb.contributions.reduce((s, c) => s + (c.points ?? 0), 0)).toBe(62.5);
    // in component KLB-1: 3 × 1 ÷ 4 × 100 = 75
    expect(component(score, 'KLB-1').contributions[0]).toMatchObject({ itemId: 'KLB-1.1', points: 75 });
    expect(aspect(score, 'SPR').contributions.find((c) => c.itemId === 'SPR-1.2')).toMatchObject({ score: null, points: null });
  });

  it('every level 4 gives 100, every level 0 gives 0', () => {
    expect(scoreAssessment({ umum, answers: allAt(4, umum) }).total).toBe(100);
    expect(scoreAssessment({ umum, answers: allAt(0, umum) }).total).toBe(0);
    expect(scoreAssessment({ umum, answers: {} }).total).toBe(0);
  });
});

describe('N/A and unanswered items', () => {
  const umum = makeUmum();

  it('leaves an N/A item out instead of counting it as 0', () => {
    const na = scoreAssessment({ umum, answers: referenceAnswers() });
    const zero = scoreAssessment({ umum, answers: { ...referenceAnswers(), 'SPR-1.2': L(0) } });
    // SPR with SPR-1.2 = 0: 0.75 ÷ 2 = 37.5 instead of 75
    expect(na.aspects[2]!.score).toBe(75);
    expect(zero.aspects[2]!.score).toBe(37.5);
    // total: (6583.333… − 15 × 75 + 15 × 37.5) ÷ 100 = 60.2083…
    expect(zero.total).toBeCloseTo((6583.333333333333 - 562.5) / 100, 10);
  });

  it('treats N/A on an item that does not allow it as unanswered (score 0, lowers completion)', () => {
    const s = scoreAssessment({ umum, answers: { ...referenceAnswers(), 'PBY-1.1': { level: null, na: true } } });
    expect(s.itemsById['PBY-1.1']).toMatchObject({ source: 'unanswered', score: 0, level: null });
    // PBY: 0 → total loses 10 × 12.5 ÷ 100 = 1.25
    expect(s.aspects[3]!.score).toBe(0);
    expect(s.total).toBeCloseTo(REFERENCE_TOTAL - 1.25, 10);
    expect(s.completion.answered).toBe(14);
  });

  it('an all-N/A component is null and excluded; an all-N/A aspect is excluded from the total', () => {
    const variant = withNaAllowed(umum, ['SPR-1.1', 'PSD-2.1', 'PSD-2.2']);
    const answers = { ...referenceAnswers(), 'PSD-2.1': NA, 'PSD-2.2': NA, 'SPR-1.1': NA };
    const s = scoreAssessment({ umum: variant, answers });
    expect(component(s, 'PSD-2').score).toBeNull();
    expect(component(s, 'PSD-2').applicableWeight).toBe(0);
    // PSD now only from PSD-1: 2.75 ÷ 3 = 91.666…
    expect(aspect(s, 'PSD').score).toBeCloseTo(275 / 3, 10);
    expect(aspect(s, 'SPR').score).toBeNull();
    expect(aspect(s, 'SPR').totalPoints).toBeNull();
    // total over the 5 scored aspects (Σ weight 85):
    // (1250 + 1333.333… + 125 + 25 × 91.666… + 625) ÷ 85 = (3333.333… + 2291.666…) ÷ 85 = 5625 ÷ 85 = 66.176…
    expect(s.total).toBeCloseTo(5625 / 85, 10);
    expect(s.completion).toEqual({ answered: 15, total: 16, percent: 93.75 });
  });

  it('gives a null total when nothing is applicable', () => {
    const all = withNaAllowed(umum, ['KLB-1.2', 'KLB-2.1', 'KLB-2.2', 'SDM-1.1', 'SDM-1.2', 'SPR-1.1', 'PBY-1.1', 'PBY-1.2', 'PSD-1.1', 'PSD-1.2', 'PSD-2.1', 'PSD-2.2', 'MNV-1.1', 'MNV-1.2']);
    all.aspects[0]!.components[0]!.items[0]!.critical = false;
    all.aspects[0]!.components[0]!.items[0]!.naAllowed = true;
    const answers = Object.fromEntries(all.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => [i.id, NA]))));
    const s = scoreAssessment({ umum: all, answers });
    expect(s.total).toBeNull();
    expect(s.aspects.every((a) => a.score === null)).toBe(true);
    expect(s.grade).toMatchObject({ status: 'below', grade: null, label: 'Belum memenuhi' });
    expect(s.completion.percent).toBe(100);
  });
});

describe('computed items', () => {
  const umum = makeUmum();

  it('takes the level from the first matching band, inclusive bounds', () => {
    const at = (value: number | null) =>
      scoreAssessment({ umum, answers: referenceAnswers(), indicators: { empowermentCapablePct: value } }).itemsById['SDM-1.1']!;
    expect(at(80)).toMatchObject({ level: 4, source: 'computed' }); // 80 is in ≥80 (listed first) and 60–80
    expect(at(60)).toMatchObject({ level: 3 });
    expect(at(59.99)).toMatchObject({ level: 2 });
    expect(at(20)).toMatchObject({ level: 1 });
    expect(at(0)).toMatchObject({ level: 0, source: 'computed', score: 0 }); // the open band matches anything
    expect(at(75).computed).toMatchObject({ indicator: 'empowermentCapablePct', value: 75, level: 3, band: { min: 60, max: 80 } });
    expect(at(75).computed!.explanation).toBe(
      'Diambil dari data SDM. Persentase SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial: 75% (rentang 60% s.d. 80%) → tingkat 3.',
    );
  });

  it('uses the computed level over the manual answer and counts it as answered', () => {
    const answers = { ...referenceAnswers() };
    delete answers['SDM-1.1'];
    const s = scoreAssessment({ umum, answers, indicators: { empowermentCapablePct: 75 } });
    // SDM: (2 × 0.75 + 1) ÷ 3 = 83.333…; total = (6583.333… − 1333.333… + 1666.666…) ÷ 100 = 69.1666…
    expect(s.aspects[1]!.score).toBeCloseTo(250 / 3, 10);
    expect(s.total).toBeCloseTo(6916.666666666667 / 100, 10);
    expect(s.completion.answered).toBe(15);
  });

  it('falls back to the manual answer when the indicator is null or missing', () => {
    for (const indicators of [{ empowermentCapablePct: null }, {}, undefined]) {
      const s = scoreAssessment({ umum, answers: referenceAnswers(), indicators });
      expect(s.itemsById['SDM-1.1']).toMatchObject({ level: 2, source: 'answer' });
      expect(s.itemsById['SDM-1.1']!.computed).toMatchObject({ value: null, level: null });
      expect(s.itemsById['SDM-1.1']!.computed!.explanation).toContain('belum dapat dihitung');
      expect(s.total).toBeCloseTo(REFERENCE_TOTAL, 10);
    }
    const none = scoreAssessment({ umum, answers: {}, indicators: { empowermentCapablePct: null } });
    expect(none.itemsById['SDM-1.1']!.source).toBe('unanswered');
  });

  it('falls back to the manual answer when the value is in no band', () => {
    const noCatchAll = structuredClone(umum);
    const rule = noCatchAll.aspects[1]!.components[0]!.items[0]!.computed!;
    rule.bands = rule.bands.filter((b) => b.min !== undefined);
    const s = scoreAssessment({ umum: noCatchAll, answers: referenceAnswers(), indicators: { empowermentCapablePct: 5 } });
    expect(s.itemsById['SDM-1.1']).toMatchObject({ level: 2, source: 'answer' });
    expect(s.itemsById['SDM-1.1']!.computed!.explanation).toContain('di luar semua rentang');
  });
});

describe('completion', () => {
  it('counts answered, computed and N/A items per component, aspect and overall', () => {
    const umum = makeUmum();
    const s = scoreAssessment({ umum, answers: { 'KLB-1.1': L(3), 'SPR-1.2': NA }, indicators: { empowermentCapablePct: 90 } });
    expect(s.completion).toEqual({ answered: 3, total: 16, percent: 18.75 });
    expect(aspect(s, 'KLB').completion).toEqual({ answered: 1, total: 4, percent: 25 });
    expect(component(s, 'KLB-2').completion).toEqual({ answered: 0, total: 2, percent: 0 });
    expect(aspect(s, 'SDM').completion).toEqual({ answered: 1, total: 2, percent: 50 });
    expect(aspect(s, 'SPR').completion).toEqual({ answered: 1, total: 2, percent: 50 });
  });
});

describe('khusus module', () => {
  it('joins the total as one more weighted aspect', () => {
    const umum = makeUmum();
    const khusus = makeKhusus();
    const s = scoreAssessment({ umum, khusus, answers: { ...referenceAnswers(), 'LKA-1.1': L(4), 'LKA-1.2': L(2) } });
    const lka = aspect(s, 'LKA');
    expect(lka).toMatchObject({ module: 'khusus', weight: 25, score: 75 });
    // (6583.333… + 25 × 75) ÷ 125 = 8458.333… ÷ 125 = 67.666…
    expect(s.total).toBeCloseTo(25375 / 3 / 125, 10);
    expect(s.aspects.map((a) => a.id)).toEqual(['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MNV', 'LKA']);
    expect(s.completion.total).toBe(18);
    expect(s.itemsById['LKA-1.1']).toMatchObject({ module: 'khusus', aspectId: 'LKA', componentId: 'LKA-1' });
  });

  it('a heavier khusus aspect pulls the total further', () => {
    const umum = makeUmum();
    const khusus = makeKhusus();
    khusus.aspects[0]!.weight = 100;
    const s = scoreAssessment({ umum, khusus, answers: { ...referenceAnswers(), 'LKA-1.1': L(4), 'LKA-1.2': L(2) } });
    // (6583.333… + 100 × 75) ÷ 200 = 70.416…
    expect(s.total).toBeCloseTo(42250 / 3 / 200, 10);
  });
});
