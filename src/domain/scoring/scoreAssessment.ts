import type { Aspect } from '../standard/schema';
import { completionOf, weightedScore, weightedTotal } from './aggregate';
import { unmetCriticalIds } from './critical';
import { estimateGrade } from './grade';
import { scoreItem } from './scoreItem';
import type { AspectScore, AssessmentScore, ItemScore, Module, ScoreInput } from './types';

/** The aspects that make up the total: the six of the Standar Umum, then the khusus module's one aspect. */
export function aspectsOf(input: Pick<ScoreInput, 'umum' | 'khusus'>): { aspect: Aspect; module: Module }[] {
  return [
    ...input.umum.aspects.map((aspect) => ({ aspect, module: 'umum' as const })),
    ...(input.khusus?.aspects ?? []).map((aspect) => ({ aspect, module: 'khusus' as const })),
  ];
}

function scoreAspect(aspect: Aspect, module: Module, input: ScoreInput): { score: AspectScore; items: ItemScore[] } {
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
      weight: aspect.weight,
      ...weighted,
      totalPoints: null,
      components,
      completion: completionOf(items),
    },
    items,
  };
}

/** Scores an assessment against the Standar Umum (and optionally a khusus module). Pure; exact numbers. */
export function scoreAssessment(input: ScoreInput): AssessmentScore {
  const parts = aspectsOf(input).map(({ aspect, module }) => scoreAspect(aspect, module, input));
  const aspects = parts.map((p) => p.score);
  const items = parts.flatMap((p) => p.items);
  const total = weightedTotal(aspects);

  const includedWeight = aspects.reduce((sum, a) => sum + (a.score === null ? 0 : a.weight), 0);
  for (const a of aspects) {
    a.totalPoints = a.score === null || includedWeight === 0 ? null : (a.weight * a.score) / includedWeight;
  }

  const unmet = unmetCriticalIds(items, input.umum.scoring.criticalMinLevel);
  return {
    total,
    aspects,
    items,
    itemsById: Object.fromEntries(items.map((s) => [s.id, s])),
    completion: completionOf(items),
    grade: estimateGrade(input.umum.scoring, total, unmet),
  };
}
