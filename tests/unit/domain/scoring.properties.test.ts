import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nextGradeSet, rankGaps, scoreAssessment, type AnswerInput, type ScoreInput } from '../../../src/domain/scoring';
import type { Level } from '../../../src/domain/standard/schema';
import { itemIds, makeKhusus, makeUmum } from './fixtures';

const levelArb = fc.constantFrom<Level>(0, 1, 2, 3, 4);
/** Any stored answer: none, unanswered, a level, N/A (on items that allow it or not). */
const answerArb: fc.Arbitrary<AnswerInput | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ level: fc.option(levelArb, { nil: null }), na: fc.constant(false as const) }),
  fc.record({ level: fc.constant(null), na: fc.constant(true as const) }),
);
const weightArb = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.01, max: 100, noNaN: true }));

/** The fixture standards with random aspect and item weights. */
const standardsArb = fc
  .record({
    aspectWeights: fc.array(weightArb, { minLength: 7, maxLength: 7 }),
    itemWeights: fc.array(weightArb, { minLength: 18, maxLength: 18 }),
    withKhusus: fc.boolean(),
  })
  .map(({ aspectWeights, itemWeights, withKhusus }) => {
    const umum = makeUmum();
    const khusus = makeKhusus();
    const aspects = [...umum.aspects, ...khusus.aspects];
    let k = 0;
    aspects.forEach((a, i) => {
      a.weight = aspectWeights[i]!;
      for (const c of a.components) for (const item of c.items) item.weight = itemWeights[k++]!;
    });
    return { umum, khusus: withKhusus ? khusus : null };
  });

const inputArb: fc.Arbitrary<ScoreInput> = standardsArb.chain(({ umum, khusus }) => {
  const ids = [...itemIds(umum), ...(khusus ? itemIds(khusus) : [])];
  return fc
    .record({
      answers: fc.array(answerArb, { minLength: ids.length, maxLength: ids.length }),
      empowerment: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    })
    .map(({ answers, empowerment }) => ({
      umum,
      khusus,
      answers: Object.fromEntries(ids.flatMap((id, i) => (answers[i] ? [[id, answers[i]]] : []))),
      indicators: { empowermentCapablePct: empowerment },
    }));
});

const inRange = (x: number | null, max: number) => x === null || (x >= 0 && x <= max);

describe('scoring properties', () => {
  it('every score stays within 0–100 (items within 0–1), completion within 0–100 %', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scoreAssessment(input);
        expect(inRange(s.total, 100)).toBe(true);
        for (const a of s.aspects) {
          expect(inRange(a.score, 100)).toBe(true);
          for (const c of a.components) expect(inRange(c.score, 100)).toBe(true);
        }
        for (const i of s.items) expect(inRange(i.score, 1)).toBe(true);
        expect(inRange(s.completion.percent, 100)).toBe(true);
      }),
    );
  });

  it('raising any one answered or unanswered item to a higher level never lowers the total (exactly, no epsilon)', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), levelArb, (input, pick, newLevel) => {
        const before = scoreAssessment(input);
        const raisable = before.items.filter((i) => i.source === 'answer' || i.source === 'unanswered');
        fc.pre(raisable.length > 0);
        const item = raisable[pick % raisable.length]!;
        fc.pre(item.level === null || newLevel > item.level);
        const after = scoreAssessment({ ...input, answers: { ...input.answers, [item.id]: { level: newLevel, na: false } } });
        expect(after.total!).toBeGreaterThanOrEqual(before.total!);
      }),
    );
  });

  /**
   * For an N/A-allowed item X (SPR-1.2) in aspect A, with everything else fixed:
   *  - X marked N/A scores null (left out); X at level 0 scores 0 — never the same item score;
   *  - total(X at 0) ≤ total(X N/A), because adding weight with score 0 can only lower A's average;
   *  - if another applicable item of A scores > 0, then A's score and the total are STRICTLY lower with X at 0.
   *    (When every other applicable item of A scores 0, A is 0 either way and the totals are equal — that is the
   *    one case where N/A and 0 coincide, and why the property needs the condition.)
   */
  it('N/A is not level 0', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const na = scoreAssessment({ ...input, answers: { ...input.answers, 'SPR-1.2': { level: null, na: true } } });
        const zero = scoreAssessment({ ...input, answers: { ...input.answers, 'SPR-1.2': { level: 0, na: false } } });
        expect(na.itemsById['SPR-1.2']!.score).toBeNull();
        expect(zero.itemsById['SPR-1.2']!.score).toBe(0);
        expect(zero.total!).toBeLessThanOrEqual(na.total!);
        const other = na.itemsById['SPR-1.1']!;
        if ((other.score ?? 0) > 0) {
          expect(zero.aspects[2]!.score!).toBeLessThan(na.aspects[2]!.score!);
          expect(zero.total!).toBeLessThan(na.total!);
        } else {
          expect(zero.aspects[2]!.score).toBe(0);
          expect(na.aspects[2]!.score).toBe(0);
        }
      }),
    );
  });

  it('gaps add up to 100 − total, and each gain is the total’s change when that item alone reaches 4', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scoreAssessment(input);
        const gaps = rankGaps(input, s);
        if (s.total === null) {
          expect(gaps).toEqual([]);
          return;
        }
        expect(s.total + gaps.reduce((sum, g) => sum + g.gain, 0)).toBeCloseTo(100, 8);
        for (const g of gaps.filter((x) => x.source !== 'computed')) {
          const after = scoreAssessment({ ...input, answers: { ...input.answers, [g.itemId]: { level: 4, na: false } } });
          expect(after.total! - s.total).toBeCloseTo(g.gain, 8);
        }
      }),
    );
  });

  it('nextGradeSet reaches the target and no set with one item fewer would', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = scoreAssessment(input);
        const next = nextGradeSet(input, s);
        if (!next) {
          expect(s.grade.grade).toBe('A');
          return;
        }
        const unmet = new Set(s.grade.unmetCritical);
        expect(next.items.filter((g) => g.critical && unmet.has(g.itemId)).length).toBe(unmet.size);
        if (!next.reachable) return;
        expect(next.resultingTotal! + 1e-6).toBeGreaterThanOrEqual(next.target.min);
        const optional = next.items.filter((g) => !unmet.has(g.itemId));
        if (optional.length === 0) return;
        // The greedy picks the largest gains, so dropping its last (smallest) pick is the best "one fewer" set.
        const last = optional[optional.length - 1]!;
        expect(next.resultingTotal! - last.gain).toBeLessThan(next.target.min + 1e-6);
      }),
    );
  });
});

