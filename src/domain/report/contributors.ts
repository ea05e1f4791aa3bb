import type { Answer, Team } from '../records';
import { contributorsByAspect } from '../team/progress';
import type { ReportAspect, ReportModel } from './types';

/** Filled as a team: who gave the answers of each aspect (the declaration stays the head's); null when filled alone. */
export function contributorsOf(aspects: readonly ReportAspect[], answers: readonly Answer[], team: Team | undefined): ReportModel['contributors'] {
  if (!team) return null;
  return contributorsByAspect(
    aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((item) => ({ itemId: item.id, aspectId: a.id })))),
    answers,
    team,
  ).map((c) => ({
    aspect: `${c.aspectId} ${aspects.find((a) => a.id === c.aspectId)?.name ?? ''}`.trim(),
    names: c.contributors.length ? c.contributors.map((p) => `${p.name} (${p.answers} butir)`).join(', ') : 'belum ada jawaban',
  }));
}
