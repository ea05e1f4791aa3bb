/** Section 3 of the report: every aspect, component and item with its level, descriptor, note and evidence count. */
import type { AssessmentSnapshot } from '../bundle/schema';
import type { AssessmentScore, ScoreInput } from '../scoring';
import type { Item, Level, StandarKhusus, StandarUmum } from '../standard/schema';
import { formatScore } from './format';
import type { ReportAspect } from './types';

export function levelLabel(level: Level | null, source: string): string {
  if (source === 'na') return 'N/A';
  if (level === null) return 'Belum dijawab';
  return `Tingkat ${level}`;
}

export function itemIndex(input: Pick<ScoreInput, 'umum' | 'khusus'>): Map<string, Item> {
  const map = new Map<string, Item>();
  const aspects = [...input.umum.aspects, ...(input.khusus?.aspects ?? [])];
  for (const a of aspects) for (const c of a.components) for (const i of c.items) map.set(i.id, i);
  return map;
}

export function buildReportAspects(
  snapshot: Pick<AssessmentSnapshot, 'answers' | 'evidence'>,
  umum: StandarUmum,
  khusus: StandarKhusus | null,
  score: AssessmentScore,
): ReportAspect[] {
  const answers = new Map(snapshot.answers.map((a) => [a.itemId, a]));
  const evidenceCount = new Map<string, number>();
  for (const e of snapshot.evidence) for (const id of new Set(e.itemIds)) evidenceCount.set(id, (evidenceCount.get(id) ?? 0) + 1);

  return score.aspects.map((a) => {
    const source = (a.module === 'umum' ? umum.aspects : (khusus?.aspects ?? [])).find((x) => x.id === a.id);
    return {
      id: a.id,
      name: a.name,
      module: a.module,
      weight: a.weight,
      score: a.score,
      scoreText: formatScore(a.score),
      completionText: `${a.completion.answered}/${a.completion.total}`,
      components: (source?.components ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        scoreText: formatScore(a.components.find((x) => x.id === c.id)?.score ?? null),
        items: c.items.map((item) => {
          const s = score.itemsById[item.id];
          const answer = answers.get(item.id);
          const level = s?.level ?? null;
          const src = s?.source ?? 'unanswered';
          return {
            id: item.id,
            statement: item.statement,
            critical: item.critical,
            level,
            levelLabel: levelLabel(level, src) + (src === 'computed' ? ' (dihitung)' : ''),
            descriptor: level === null ? '' : item.levels[level],
            computedNote: s?.computed ? s.computed.explanation : '',
            naReason: src === 'na' ? (answer?.naReason ?? '') : '',
            note: answer?.note ?? '',
            evidenceCount: evidenceCount.get(item.id) ?? 0,
            weight: item.weight,
          };
        }),
      })),
    };
  });
}
