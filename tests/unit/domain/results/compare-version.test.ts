import { describe, expect, it } from 'vitest';
import { compareAssessments, nextGradeSet, rankGaps, scoreAssessment } from '../../../../src/domain/scoring';
import { L, makeUmum, makeUmumV2, referenceAnswers } from '../fixtures';

/*
 * The Hasil screen's "compare over time" across a changed standard version, hand-computed.
 * Earlier: fixture v1.0.0 with the reference answers: total 65.8333… (see fixtures.ts), "Belum memenuhi".
 * Later: fixture v2.0.0 (KLB-1.2 → KLB-1.3, PBY-1.2 → PBY-1.3, weights unchanged) with the same answers plus
 * KLB-1.3 and PBY-1.3 at level 4. The old answers to KLB-1.2 and PBY-1.2 stay stored but no longer count.
 *   KLB: (3·1 + 1·1 + 2·0.75 + 2·0) ÷ 8 = 5.5 ÷ 8 = 68.75   (earlier 62.5 → +6.25)
 *   PBY: (1·0.25 + 1·1) ÷ 2 = 62.5                        (earlier 12.5 → +50)
 *   SDM 66.666…, SPR 75, PSD 85, MNV 62.5 unchanged.
 *   Total = (20·68.75 + 20·66.666… + 15·75 + 10·62.5 + 25·85 + 10·62.5) ÷ 100
 *         = (1375 + 1333.333… + 1125 + 625 + 2125 + 625) ÷ 100 = 72.0833…  → C
 *   Total change = 72.0833… − 65.8333… = 6.25 (= 0.20·6.25 + 0.10·50 = 1.25 + 5).
 *   No item present in both versions changed level: the rise comes only from the new items.
 */
describe('comparison across a changed standard version (hand-computed)', () => {
  const earlier = { umum: makeUmum(), answers: referenceAnswers() };
  const later = { umum: makeUmumV2(), answers: { ...referenceAnswers(), 'KLB-1.3': L(4), 'PBY-1.3': L(4) } };
  const cmp = compareAssessments(earlier, later);

  it('gives each aspect’s and the total’s change', () => {
    const by = Object.fromEntries(cmp.aspects.map((a) => [a.aspectId, a.change]));
    expect(by.KLB).toBeCloseTo(6.25, 10);
    expect(by.PBY).toBeCloseTo(50, 10);
    for (const id of ['SDM', 'SPR', 'PSD', 'MNV']) expect(by[id]).toBeCloseTo(0, 10);
    expect(cmp.later.total).toBeCloseTo(72.0833333333, 8);
    expect(cmp.totalChange).toBeCloseTo(6.25, 10);
    expect(cmp.earlier.grade.label).toBe('Belum memenuhi');
    expect(cmp.later.grade.grade).toBe('C');
  });

  it('lists the ids found in only one version and no rise or fall among shared items', () => {
    expect(cmp.onlyInEarlier).toEqual(['KLB-1.2', 'PBY-1.2']);
    expect(cmp.onlyInLater).toEqual(['KLB-1.3', 'PBY-1.3']);
    expect(cmp.rose).toEqual([]);
    expect(cmp.fell).toEqual([]);
  });

  it('ranks the later assessment’s gaps on its own version only (a retired item is never a gap)', () => {
    const score = scoreAssessment(later);
    const gaps = rankGaps(later, score);
    expect(gaps.map((g) => g.itemId)).not.toContain('KLB-1.2');
    expect(gaps.map((g) => g.itemId)).not.toContain('PBY-1.2');
    // Gain = aspect weight/100 × item weight/Σ applicable weight × 25 × (4 − level):
    //   SDM-1.1 (L2, 2 of 3, SDM 20): 0.20 × 2/3 × 25 × 2 = 6.666…   KLB-2.2 (unanswered, 2 of 8, KLB 20): 0.20 × 2/8 × 25 × 4 = 5
    //   MNV-1.2 (L2, 3 of 4, MNV 10) = PBY-1.1 (L1, 1 of 2, PBY 10) = SPR-1.1 (L3, 1 of 1 with SPR-1.2 N/A, SPR 15) = 3.75
    //   PSD-2.1 (L2, 1 of 5, PSD 25) 2.5 · KLB-2.1 1.25 · PSD-1.2 1.25
    expect(gaps.map((g) => [g.itemId, Math.round(g.gain * 1e6) / 1e6])).toEqual([
      ['SDM-1.1', 6.666667],
      ['KLB-2.2', 5],
      ['MNV-1.2', 3.75],
      ['PBY-1.1', 3.75],
      ['SPR-1.1', 3.75],
      ['PSD-2.1', 2.5],
      ['KLB-2.1', 1.25],
      ['PSD-1.2', 1.25],
    ]);
    // To B (81) from 72.0833…: 8.9166… points. SDM-1.1 alone gives 6.666… < 8.9166…; with KLB-2.2 11.666… ≥ 8.9166…
    // → two items, resulting total 72.0833… + 11.666… = 83.75 → B.
    const next = nextGradeSet(later, score)!;
    expect(next.target.grade).toBe('B');
    expect(next.items.map((g) => g.itemId)).toEqual(['SDM-1.1', 'KLB-2.2']);
    expect(next.resultingTotal).toBeCloseTo(83.75, 10);
    expect(next.resultingGrade?.grade).toBe('B');
  });
});
