import type { ItemCoreFields, Level } from '../standard/schema';
import { explainComputed } from './explain';
import type { AnswerInput, ComputedExplanation, IndicatorValues, ItemScore, ItemSource, Module } from './types';

export interface ItemPlace {
  aspectId: string;
  componentId: string;
  module: Module;
}

const isLevel = (x: unknown): x is Level => x === 0 || x === 1 || x === 2 || x === 3 || x === 4;

/**
 * Scores one item. Precedence:
 * 0. a level an assessor verified (verification only);
 * 1. a valid N/A (the item allows it) leaves the item out — it wins even over a computed level, because the
 *    standard's author allowed the item not to apply to some panti;
 * 2. a computed item (answerType 'computed') whose indicator value falls in a band takes that band's level;
 * 3. the user's level;
 * 4. otherwise unanswered: score 0 (also an N/A on an item that does not allow N/A).
 */
export function scoreItem(
  item: ItemCoreFields,
  place: ItemPlace,
  answer: AnswerInput | undefined,
  indicators: IndicatorValues | undefined,
): ItemScore {
  const computed: ComputedExplanation | undefined =
    item.answerType === 'computed' && item.computed
      ? explainComputed(item.computed, indicators?.[item.computed.indicator])
      : undefined;

  let source: ItemSource;
  let level: Level | null = null;
  if (answer?.verified && isLevel(answer.level)) {
    source = 'answer';
    level = answer.level;
  } else if (answer?.na && item.naAllowed) {
    source = 'na';
  } else if (computed && computed.level !== null) {
    source = 'computed';
    level = computed.level;
  } else if (isLevel(answer?.level)) {
    source = 'answer';
    level = answer.level;
  } else {
    source = 'unanswered';
  }

  const score = source === 'na' ? null : (level ?? 0) / 4;
  return {
    id: item.id,
    ...place,
    level,
    source,
    weight: item.weight,
    score,
    critical: item.critical,
    ...(computed ? { computed } : {}),
  };
}

/** Answered means anything but 'unanswered' (computed and N/A count as answered). */
export const isAnswered = (s: ItemScore) => s.source !== 'unanswered';
/** Applicable means not N/A: the item counts in its aspect's denominator. */
export const isApplicable = (s: ItemScore) => s.source !== 'na';
