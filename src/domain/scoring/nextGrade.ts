import type { Grade } from '../standard/schema';
import { gradeForTotal, nextGradeAbove } from './grade';
import { rankGaps, type Gap } from './gaps';
import { reaches } from './precision';
import type { AssessmentScore, ScoreInput } from './types';

export interface NextGradeSet {
  /** The grade aimed at: the next above the current estimate, the lowest grade when there is none. */
  target: Grade;
  currentTotal: number | null;
  /** Points still missing to the target's minimum (0 when the total already reaches it). */
  pointsNeeded: number;
  /** The items to raise to level 4: every unmet critical item first, then gaps by gain. */
  items: Gap[];
  /** The total once every listed item is at level 4. */
  resultingTotal: number | null;
  /** The grade that total earns (with every critical item met); may be above the target. */
  resultingGrade: Grade | null;
  /** false when even raising every gap to 4 does not reach the target; `items` then lists every gap. */
  reachable: boolean;
}

/**
 * "Menuju peringkat berikutnya": the fewest items that lift the estimate to the next grade.
 *
 * Every unmet critical item must be in the set (else the estimate stays "belum memenuhi syarat"); each is raised
 * to 4. After that, taking the remaining gaps by gain descending is minimal: raising an applicable item never
 * changes any denominator (which items and aspects are applicable stays the same), so the total after raising a set
 * is the current total plus the sum of the items' individual gains. To reach a threshold with the fewest items,
 * taking the largest gains first is optimal (any other set of k items sums to no more than the k largest gains).
 *
 * Returns null when the estimate is already the highest grade.
 */
export function nextGradeSet(input: ScoreInput, score: AssessmentScore): NextGradeSet | null {
  const rules = input.umum.scoring;
  const target = nextGradeAbove(rules, score.grade.grade);
  if (!target) return null;

  const gaps = rankGaps(input, score);
  const unmet = new Set(score.grade.unmetCritical);
  const mandatory = gaps.filter((g) => unmet.has(g.itemId));
  const optional = gaps.filter((g) => !unmet.has(g.itemId));

  const start = score.total ?? 0;
  let running = start;
  const items: Gap[] = [];
  for (const g of mandatory) {
    items.push(g);
    running += g.gain;
  }
  for (const g of optional) {
    if (reaches(running, target.min)) break;
    items.push(g);
    running += g.gain;
  }
  const hasScore = score.total !== null;
  const reachable = hasScore && reaches(running, target.min);
  const resultingTotal = hasScore ? Math.min(100, running) : null;
  return {
    target,
    currentTotal: score.total,
    pointsNeeded: Math.max(0, target.min - start),
    items,
    resultingTotal,
    resultingGrade: gradeForTotal(rules, resultingTotal),
    reachable,
  };
}
