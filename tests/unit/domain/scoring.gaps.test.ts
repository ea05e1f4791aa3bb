import { describe, it, expect } from 'vitest';
import { nextGradeSet, rankGaps, scoreAssessment, type ScoreInput } from '../../../src/domain/scoring';
import { L, NA, REFERENCE_TOTAL, allAt, makeKhusus, makeUmum, referenceAnswers, withNaAllowed } from './fixtures';

/**
 * Gain per level step = (aspect weight ÷ 100) × (item weight ÷ Σ applicable item weight of the aspect) × 25:
 *   KLB 0.2 × w/8 × 25 = 0.625·w   SDM 0.2 × w/3 × 25 = 1.666…·w   SPR 0.15 × w/1 × 25 = 3.75·w (SPR-1.2 N/A)
 *   PBY 0.1 × w/2 × 25 = 1.25·w    PSD 0.25 × w/5 × 25 = 1.25·w    MNV 0.1 × w/4 × 25 = 0.625·w
 * Reference gaps (gain = step × (4 − level)):
 *   SDM-1.1 w2 L2 → 6.666…   KLB-2.2 w2 unanswered → 5   PBY-1.2 L0 → 5   MNV-1.2 w3 L2 → 3.75
 *   PBY-1.1 L1 → 3.75   SPR-1.1 L3 → 3.75   PSD-2.1 L2 → 2.5   KLB-1.2 L2 → 1.25   KLB-2.1 w2 L3 → 1.25   PSD-1.2 L3 → 1.25
 *   Σ = 34.1666… = 100 − 65.8333…
 */
const reference = (): ScoreInput => ({ umum: makeUmum(), answers: referenceAnswers() });

describe('rankGaps', () => {
  it('lists every applicable item below 4 with the exact total gain, by gain desc then id', () => {
    const input = reference();
    const gaps = rankGaps(input, scoreAssessment(input));
    expect(gaps.map((g) => [g.itemId, Number(g.gain.toFixed(6))])).toEqual([
      ['SDM-1.1', 6.666667],
      ['KLB-2.2', 5],
      ['PBY-1.2', 5],
      ['MNV-1.2', 3.75],
      ['PBY-1.1', 3.75],
      ['SPR-1.1', 3.75],
      ['PSD-2.1', 2.5],
      ['KLB-1.2', 1.25],
      ['KLB-2.1', 1.25],
      ['PSD-1.2', 1.25],
    ]);
    expect(gaps.reduce((s, g) => s + g.gain, 0)).toBeCloseTo(100 - REFERENCE_TOTAL, 10);
  });

  it('describes each gap for the action plan', () => {
    const input = reference();
    const gaps = rankGaps(input, scoreAssessment(input));
    expect(gaps.find((g) => g.itemId === 'KLB-2.2')).toEqual({
      itemId: 'KLB-2.2',
      aspectId: 'KLB',
      componentId: 'KLB-2',
      statement: 'Pernyataan butir KLB-2.2',
      currentLevel: null,
      source: 'unanswered',
      gain: 5,
      critical: false,
      recommendation: 'Rekomendasi butir KLB-2.2',
    });
    // N/A items and items at 4 are not gaps
    expect(gaps.some((g) => g.itemId === 'SPR-1.2' || g.itemId === 'KLB-1.1')).toBe(false);
  });

  it('each gain equals the change in total when that item alone is raised to 4', () => {
    const input = reference();
    const before = scoreAssessment(input);
    for (const g of rankGaps(input, before)) {
      const after = scoreAssessment({ ...input, answers: { ...input.answers, [g.itemId]: L(4) } });
      expect(after.total! - before.total!, g.itemId).toBeCloseTo(g.gain, 10);
    }
  });

  it('includes computed items and khusus items', () => {
    const input: ScoreInput = {
      umum: makeUmum(),
      khusus: makeKhusus(),
      answers: { ...allAt(4, makeUmum()), 'LKA-1.1': L(4) },
      indicators: { empowermentCapablePct: 50 },
    };
    const gaps = rankGaps(input, scoreAssessment(input));
    // aspect weights now sum to 125. LKA-1.2 unanswered: 25/125 × 1/2 × 100 = 10
    // SDM-1.1 computed level 2: 20/125 × 2/3 × 50 = 5.333…
    expect(gaps.map((g) => [g.itemId, g.source, Number(g.gain.toFixed(6))])).toEqual([
      ['LKA-1.2', 'unanswered', 10],
      ['SDM-1.1', 'computed', 5.333333],
    ]);
  });
});

describe('nextGradeSet', () => {
  it('finds the fewest items to the next grade (below → C)', () => {
    const input = reference();
    const next = nextGradeSet(input, scoreAssessment(input))!;
    // 65.8333… + 6.6666… (SDM-1.1) = 72.5 ≥ 71
    expect(next.target.grade).toBe('C');
    expect(next.items.map((g) => g.itemId)).toEqual(['SDM-1.1']);
    expect(next.reachable).toBe(true);
    expect(next.resultingTotal).toBeCloseTo(72.5, 10);
    expect(next.resultingGrade?.grade).toBe('C');
    expect(next.pointsNeeded).toBeCloseTo(71 - REFERENCE_TOTAL, 10);
  });

  it('from C aims at B', () => {
    const input: ScoreInput = { umum: makeUmum(), answers: { ...referenceAnswers(), 'SDM-1.1': L(4) } };
    const score = scoreAssessment(input);
    expect(score.grade.grade).toBe('C');
    const next = nextGradeSet(input, score)!;
    // 72.5 → need 8.5: KLB-2.2 (5) + PBY-1.2 (5) = 82.5 ≥ 81
    expect(next.target.grade).toBe('B');
    expect(next.items.map((g) => g.itemId)).toEqual(['KLB-2.2', 'PBY-1.2']);
    expect(next.resultingTotal).toBeCloseTo(82.5, 10);
  });

  it('puts every unmet critical item first, raised to 4', () => {
    // KLB-1.1 at 1 (< 3): KLB = (0.75 + 0.5 + 1.5) ÷ 8 = 34.375 → total 65.8333… − 20 × 28.125 ÷ 100 = 60.2083…
    const input: ScoreInput = { umum: makeUmum(), answers: { ...referenceAnswers(), 'KLB-1.1': L(1) } };
    const score = scoreAssessment(input);
    expect(score.grade.status).toBe('critical-unmet');
    expect(score.total).toBeCloseTo(60.208333333, 8);
    const next = nextGradeSet(input, score)!;
    // KLB-1.1 to 4: + 0.625 × 3 × 3 = 5.625 → 65.8333…; then SDM-1.1 + 6.666… → 72.5 ≥ 71
    expect(next.target.grade).toBe('C');
    expect(next.items.map((g) => [g.itemId, g.critical])).toEqual([
      ['KLB-1.1', true],
      ['SDM-1.1', false],
    ]);
    expect(next.resultingTotal).toBeCloseTo(72.5, 10);
  });

  it('includes an unmet critical item even when the total already reaches the target', () => {
    const umum = makeUmum();
    const answers = { ...allAt(4, umum), 'KLB-1.1': L(2) };
    const score = scoreAssessment({ umum, answers });
    // total 100 − 0.625 × 3 × 2 = 96.25, but the critical item is unmet
    expect(score.total).toBeCloseTo(96.25, 10);
    const next = nextGradeSet({ umum, answers }, score)!;
    expect(next.target.grade).toBe('C');
    expect(next.pointsNeeded).toBe(0);
    expect(next.items.map((g) => g.itemId)).toEqual(['KLB-1.1']);
    expect(next.resultingGrade?.grade).toBe('A');
  });

  it('returns null at the highest grade', () => {
    const umum = makeUmum();
    const answers = allAt(4, umum);
    expect(nextGradeSet({ umum, answers }, scoreAssessment({ umum, answers }))).toBeNull();
  });

  it('is unreachable when nothing is applicable (no gap can lift a missing total)', () => {
    const umum = withNaAllowed(makeUmum(), ['KLB-1.2', 'KLB-2.1', 'KLB-2.2', 'SDM-1.1', 'SDM-1.2', 'SPR-1.1', 'PBY-1.1', 'PBY-1.2', 'PSD-1.1', 'PSD-1.2', 'PSD-2.1', 'PSD-2.2', 'MNV-1.1', 'MNV-1.2']);
    const critical = umum.aspects[0]!.components[0]!.items[0]!;
    critical.critical = false;
    critical.naAllowed = true;
    const answers = Object.fromEntries(umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => [i.id, NA]))));
    const next = nextGradeSet({ umum, answers }, scoreAssessment({ umum, answers }))!;
    expect(next).toMatchObject({ reachable: false, items: [], resultingTotal: null, resultingGrade: null });
  });

  it('is unreachable when even every gap at 4 stays below the target', () => {
    // With every applicable item at 4 the total is 100, so only a threshold above 100 is out of reach
    // (the schema caps min at 100; this guards the engine against a hand-edited file).
    const umum = makeUmum();
    umum.scoring.grades = [{ ...umum.scoring.grades[0]!, min: 100.5 }];
    const input: ScoreInput = { umum, answers: referenceAnswers() };
    const gaps = rankGaps(input, scoreAssessment(input));
    const next = nextGradeSet(input, scoreAssessment(input))!;
    expect(next.reachable).toBe(false);
    expect(next.items.map((g) => g.itemId)).toEqual(gaps.map((g) => g.itemId));
    expect(next.resultingTotal).toBeCloseTo(100, 10);
  });
});
