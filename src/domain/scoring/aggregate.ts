import { isAnswered, isApplicable } from './scoreItem';
import type { Completion, Contribution, ItemScore } from './types';

/** Keeps float noise (e.g. 100.00000000000001 from weights like 0.1 + 0.2) inside 0–100. */
const clamp100 = (x: number) => Math.min(100, Math.max(0, x));

export interface Weighted {
  /** 0–100, null when nothing is applicable. */
  score: number | null;
  applicableWeight: number;
  contributions: Contribution[];
}

/** Σ(weight × item score) ÷ Σ(weight) over applicable items, × 100; null when every item is N/A. */
export function weightedScore(items: readonly ItemScore[]): Weighted {
  const applicable = items.filter(isApplicable);
  const applicableWeight = applicable.reduce((sum, s) => sum + s.weight, 0);
  const contributions = items.map((s) => ({
    itemId: s.id,
    weight: s.weight,
    score: s.score,
    points: s.score === null || applicableWeight === 0 ? null : ((s.weight * s.score) / applicableWeight) * 100,
  }));
  if (applicableWeight === 0) return { score: null, applicableWeight, contributions };
  const sum = applicable.reduce((acc, s) => acc + s.weight * (s.score ?? 0), 0);
  return { score: clamp100((sum / applicableWeight) * 100), applicableWeight, contributions };
}

export function completionOf(items: readonly ItemScore[]): Completion {
  const answered = items.filter(isAnswered).length;
  const total = items.length;
  return { answered, total, percent: total === 0 ? 0 : (answered / total) * 100 };
}

/** Σ(aspect weight × aspect score) ÷ Σ(aspect weight) over aspects with a score; null if none. */
export function weightedTotal(aspects: readonly { weight: number; score: number | null }[]): number | null {
  const scored = aspects.filter((a) => a.score !== null);
  const weight = scored.reduce((sum, a) => sum + a.weight, 0);
  if (weight === 0) return null;
  return clamp100(scored.reduce((sum, a) => sum + a.weight * (a.score ?? 0), 0) / weight);
}
