import { replacedSource } from '../standard/replaces';
import type { Level } from '../standard/schema';
import { aspectsOf, scoreAssessment } from './scoreAssessment';
import type { AssessmentScore, ItemScore, ItemSource, Module, ScoreInput } from './types';

export interface AspectChange {
  aspectId: string;
  name: string;
  module: Module;
  earlier: number | null;
  later: number | null;
  /** later − earlier; null when either side has no score or lacks the aspect. */
  change: number | null;
}

export interface ItemChange {
  itemId: string;
  earlierLevel: Level | null;
  laterLevel: Level | null;
  earlierSource: ItemSource;
  laterSource: ItemSource;
  /** Set when the later item replaces an earlier one (declared in the later version's file): compared with it. */
  mappedFrom?: string;
}

export interface AssessmentComparison {
  earlier: AssessmentScore;
  later: AssessmentScore;
  totalChange: number | null;
  /** By aspect id: aspects of both, then aspects only in the later assessment. */
  aspects: AspectChange[];
  /** Item ids (in both) whose level rose / fell / stayed; unanswered counts as level 0. */
  rose: string[];
  fell: string[];
  unchanged: string[];
  /** Item ids in both that are N/A on exactly one side: not comparable as a rise or fall. */
  applicabilityChanged: string[];
  /** Per-item detail of every item in both. */
  changes: ItemChange[];
  onlyInEarlier: string[];
  onlyInLater: string[];
  /**
   * Whether the totals are on one scale (the same Standar Umum major, both with or both without a standar khusus
   * module). When not, the change of the total is shown with that warning.
   */
  sameScale: boolean;
}

const rank = (s: ItemScore) => s.level ?? 0;

/** Compares two assessments that may be on different versions of the standard, matching aspects and items by id. */
export function compareAssessments(earlierInput: ScoreInput, laterInput: ScoreInput): AssessmentComparison {
  const earlier = scoreAssessment(earlierInput);
  const later = scoreAssessment(laterInput);

  const aspectIds = [...new Set([...earlier.aspects, ...later.aspects].map((a) => a.id))];
  const aspects = aspectIds.map((id): AspectChange => {
    const e = earlier.aspects.find((a) => a.id === id);
    const l = later.aspects.find((a) => a.id === id);
    const es = e?.score ?? null;
    const ls = l?.score ?? null;
    const ref = (l ?? e)!;
    return { aspectId: id, name: ref.name, module: ref.module, earlier: es, later: ls, change: es === null || ls === null ? null : ls - es };
  });

  const result = { rose: [] as string[], fell: [] as string[], unchanged: [] as string[], applicabilityChanged: [] as string[] };
  const changes: ItemChange[] = [];
  // The mappings the later version's files declare: an item that replaces an earlier one is compared with it.
  const replaces = new Map<string, string>();
  for (const { aspect } of aspectsOf(laterInput))
    for (const c of aspect.components)
      for (const i of c.items) {
        const from = replacedSource(
          i,
          (id) => earlier.itemsById[id] !== undefined,
          (id) => earlier.itemsById[id]!.source !== 'unanswered',
        );
        if (from && !earlier.itemsById[i.id]) replaces.set(i.id, from.id);
      }
  const mappedEarlier = new Set(replaces.values());
  for (const l of later.items) {
    const mappedFrom = replaces.get(l.id);
    const e = earlier.itemsById[l.id] ?? (mappedFrom ? earlier.itemsById[mappedFrom] : undefined);
    if (!e) continue;
    changes.push({ itemId: l.id, earlierLevel: e.level, laterLevel: l.level, earlierSource: e.source, laterSource: l.source, ...(mappedFrom ? { mappedFrom } : {}) });
    const eNa = e.source === 'na';
    const lNa = l.source === 'na';
    if (eNa !== lNa) result.applicabilityChanged.push(l.id);
    else if (eNa || rank(l) === rank(e)) result.unchanged.push(l.id);
    else (rank(l) > rank(e) ? result.rose : result.fell).push(l.id);
  }

  return {
    earlier,
    later,
    totalChange: earlier.total === null || later.total === null ? null : later.total - earlier.total,
    aspects,
    ...result,
    changes,
    onlyInEarlier: earlier.items.filter((s) => !later.itemsById[s.id] && !mappedEarlier.has(s.id)).map((s) => s.id),
    onlyInLater: later.items.filter((s) => !earlier.itemsById[s.id] && !replaces.has(s.id)).map((s) => s.id),
    sameScale:
      earlierInput.umum.version.split('.')[0] === laterInput.umum.version.split('.')[0] && Boolean(earlierInput.khusus) === Boolean(laterInput.khusus),
  };
}
