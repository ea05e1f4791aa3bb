import type { AspectOf, ItemCoreFields, Ownership, StandarKhususOf, StandarUmumOf } from '../standard/schema';
import { BALKS_STANDARDS } from '../standard/constants';
import { completionOf, weightedScore, weightedTotal } from './aggregate';
import { isAnswered } from './scoreItem';
import { unmetCriticalIds } from './critical';
import { estimateGrade } from './grade';
import { scoreItem } from './scoreItem';
import type { AspectScore, AssessmentScore, BalksScore, ItemScore, Module, ScoreInput } from './types';

/**
 * The weight each aspect carries in the total. A 2.x module declares its share of the total (totalShare, in
 * percent) and the Standar Umum aspects share the rest in proportion to their weights, so the weights sum to 100
 * for every type of panti. A 1.0.0 module (no totalShare) joins with its own aspect weight, as it always did.
 */
export function aspectWeights(umum: StandarUmumOf<ItemCoreFields>, khusus: StandarKhususOf<ItemCoreFields> | null | undefined): { umum: number[]; khusus: number[] } {
  const share = khusus?.totalShare;
  if (share === undefined) {
    return { umum: umum.aspects.map((a) => a.weight), khusus: (khusus?.aspects ?? []).map((a) => a.weight) };
  }
  const umumSum = umum.aspects.reduce((sum, a) => sum + a.weight, 0);
  return {
    umum: umum.aspects.map((a) => (a.weight * (100 - share)) / umumSum),
    khusus: khusus!.aspects.map(() => share / khusus!.aspects.length),
  };
}

/** An aspect with only the items that apply to the panti's ownership (all of them when it is not known). */
export function applicableAspect<I extends ItemCoreFields>(aspect: AspectOf<I>, ownership: Ownership | null | undefined): AspectOf<I> {
  if (!ownership) return aspect;
  const fits = aspect.components.some((c) => c.items.some((i) => i.ownership && i.ownership !== ownership));
  if (!fits) return aspect;
  return {
    ...aspect,
    components: aspect.components
      .map((c) => ({ ...c, items: c.items.filter((i) => !i.ownership || i.ownership === ownership) }))
      .filter((c) => c.items.length > 0),
  };
}

/**
 * The aspects that make up the total, with the items that apply: the six of the Standar Umum, then the khusus
 * module's one aspect, each with the weight it carries in the total.
 */
export function aspectsOf<I extends ItemCoreFields = ItemCoreFields>(
  input: Pick<ScoreInput<I>, 'umum' | 'khusus'> & { ownership?: Ownership | null },
): { aspect: AspectOf<I>; module: Module; weight: number }[] {
  const weights = aspectWeights(input.umum, input.khusus);
  return [
    ...input.umum.aspects.map((aspect, i) => ({
      aspect: applicableAspect(aspect, input.ownership),
      module: 'umum' as const,
      weight: weights.umum[i]!,
    })),
    ...(input.khusus?.aspects ?? []).map((aspect, i) => ({
      aspect: applicableAspect(aspect, input.ownership),
      module: 'khusus' as const,
      weight: weights.khusus[i]!,
    })),
  ];
}

/**
 * Score per BALKS standard (the second summary): each item weighs what it carries in the total (aspect weight
 * × item weight ÷ Σ item weight of its aspect); the standard's score is the weighted mean of its items' scores.
 */
function balksScores(
  parts: { aspect: AspectOf<ItemCoreFields>; weight: number; items: ItemScore[] }[],
  answeredOnly: boolean,
): BalksScore[] {
  const totalWeight = parts.reduce((sum, p) => sum + p.weight, 0);
  const acc = new Map(BALKS_STANDARDS.map((b) => [b, { share: 0, weight: 0, sum: 0 }]));
  for (const p of parts) {
    const itemWeightSum = p.items.reduce((sum, s) => sum + s.weight, 0);
    const tags = new Map(p.aspect.components.flatMap((c) => c.items.map((i) => [i.id, i.balks] as const)));
    for (const s of p.items) {
      const a = acc.get(tags.get(s.id)!)!;
      const w = totalWeight && itemWeightSum ? (p.weight / totalWeight) * (s.weight / itemWeightSum) : 0;
      a.share += w * 100;
      if (s.score === null || (answeredOnly && !isAnswered(s))) continue;
      a.weight += w;
      a.sum += w * s.score;
    }
  }
  return BALKS_STANDARDS.map((standard) => {
    const a = acc.get(standard)!;
    return { standard, share: a.share, score: a.weight === 0 ? null : Math.min(100, (a.sum / a.weight) * 100) };
  });
}

function scoreAspect(aspect: AspectOf<ItemCoreFields>, module: Module, weight: number, input: ScoreInput<ItemCoreFields>): { score: AspectScore; items: ItemScore[] } {
  const items: ItemScore[] = [];
  const components = aspect.components.map((component) => {
    const scored = component.items.map((item) =>
      scoreItem(item, { aspectId: aspect.id, componentId: component.id, module }, input.answers[item.id], input.indicators),
    );
    items.push(...scored);
    return { id: component.id, aspectId: aspect.id, name: component.name, ...weightedScore(scored), completion: completionOf(scored) };
  });
  // The aspect score comes from its items directly, so an item's weight counts across components.
  const weighted = weightedScore(items);
  return {
    score: {
      id: aspect.id,
      name: aspect.name,
      module,
      weight,
      ...weighted,
      answeredScore: weightedScore(items.filter(isAnswered)).score,
      totalPoints: null,
      components,
      completion: completionOf(items),
    },
    items,
  };
}

/** Scores an assessment against the Standar Umum (and optionally a khusus module). Pure; exact numbers. */
export function scoreAssessment(input: ScoreInput<ItemCoreFields>): AssessmentScore {
  const placed = aspectsOf(input);
  const parts = placed.map(({ aspect, module, weight }) => scoreAspect(aspect, module, weight, input));
  const aspects = parts.map((p) => p.score);
  const items = parts.flatMap((p) => p.items);
  const total = weightedTotal(aspects);

  const includedWeight = aspects.reduce((sum, a) => sum + (a.score === null ? 0 : a.weight), 0);
  for (const a of aspects) {
    a.totalPoints = a.score === null || includedWeight === 0 ? null : (a.weight * a.score) / includedWeight;
  }

  const unmet = unmetCriticalIds(items, input.umum.scoring.criticalMinLevel);
  const completion = completionOf(items);
  const withItems = placed.map((p, i) => ({ aspect: p.aspect, weight: p.weight, items: parts[i]!.items }));
  return {
    total,
    answeredTotal: weightedTotal(aspects.map((a) => ({ weight: a.weight, score: a.answeredScore }))),
    balks: balksScores(withItems, false),
    aspects,
    items,
    itemsById: Object.fromEntries(items.map((s) => [s.id, s])),
    completion,
    grade: estimateGrade(input.umum.scoring, total, unmet, {
      completion: completion.percent,
      answeredBelow: unmet.filter((id) => items.find((s) => s.id === id)?.source !== 'unanswered'),
    }),
  };
}
