import { aspectsOf } from './scoreAssessment';
import { isApplicable } from './scoreItem';
import { roundScore } from './precision';
import type { Item, Level } from '../standard/schema';
import type { AssessmentScore, ItemSource, ScoreInput } from './types';

export interface Gap {
  itemId: string;
  aspectId: string;
  componentId: string;
  statement: string;
  /** Effective level now; null when unanswered (counts as 0). */
  currentLevel: Level | null;
  source: ItemSource;
  /** Points (0–100 scale) the TOTAL gains if this item alone reaches level 4. */
  gain: number;
  critical: boolean;
  recommendation: string;
}

/**
 * The points the total gains per level step of an item: (aspect weight ÷ Σ weight of scored aspects) ×
 * (item weight ÷ Σ applicable weight in its aspect) × 100 ÷ 4. Raising an applicable item never changes
 * which items or aspects are applicable, so both denominators stay fixed and gains of different items add up.
 */
export function gainPerLevel(score: AssessmentScore, itemId: string): number {
  const item = score.itemsById[itemId];
  if (!item || !isApplicable(item)) return 0;
  const aspect = score.aspects.find((a) => a.id === item.aspectId && a.module === item.module);
  if (!aspect || aspect.score === null || aspect.applicableWeight === 0) return 0;
  const scoredWeight = score.aspects.reduce((sum, a) => sum + (a.score === null ? 0 : a.weight), 0);
  return (aspect.weight / scoredWeight) * (item.weight / aspect.applicableWeight) * 25;
}

function itemsById(input: ScoreInput): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const { aspect } of aspectsOf(input)) for (const c of aspect.components) for (const i of c.items) map.set(i.id, i);
  return map;
}

/** Orders gaps by gain (desc, compared at 6 decimals so float noise does not reorder equal gains), then id. */
export function compareGaps(a: Gap, b: Gap): number {
  const d = roundScore(b.gain) - roundScore(a.gain);
  return d !== 0 ? d : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

/** Every applicable item below level 4 (unanswered counts as 0), with the total's gain if it alone reached 4. */
export function rankGaps(input: ScoreInput, score: AssessmentScore): Gap[] {
  const defs = itemsById(input);
  const gaps: Gap[] = [];
  for (const s of score.items) {
    if (!isApplicable(s) || s.level === 4) continue;
    const item = defs.get(s.id);
    if (!item) continue;
    gaps.push({
      itemId: s.id,
      aspectId: s.aspectId,
      componentId: s.componentId,
      statement: item.statement,
      currentLevel: s.level,
      source: s.source,
      gain: gainPerLevel(score, s.id) * (4 - (s.level ?? 0)),
      critical: s.critical,
      recommendation: item.recommendation,
    });
  }
  return gaps.sort(compareGaps);
}
