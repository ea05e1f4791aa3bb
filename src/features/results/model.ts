import { contributorsByAspect, type AspectContributors } from '../../domain/team/progress';
import type { AssessmentSnapshot } from '../../domain/bundle';
import type { Indicators } from '../../domain/indicators';
import { composeScoreInput } from '../../domain/assessment/open';
import { checkEligibility, type EligibilityResult } from '../../domain/eligibility/check';
import type { Instrument } from '../../ui/instrument';
import {
  aspectsOf,
  compareAssessments,
  nextGradeSet,
  rankGaps,
  scoreAssessment,
  type AssessmentComparison,
  type AssessmentScore,
  type Gap,
  type NextGradeSet,
  type ScoreInput,
} from '../../domain/scoring';
import type { Item, StandarKhusus, StandarUmum } from '../../domain/standard/schema';

/**
 * Glue between a stored assessment and the scoring engine: given the standard versions the assessment was started
 * on (loaded by the screen, only those files: useInstrument), it computes the staff indicators and hands everything
 * to the engine. No scoring happens here.
 */
export type ResultsModel =
  | { ok: false; message: string }
  | {
      ok: true;
      umum: StandarUmum;
      khusus: StandarKhusus | null;
      input: ScoreInput;
      indicators: Indicators;
      score: AssessmentScore;
      gaps: Gap[];
      next: NextGradeSet | null;
      items: Map<string, Item>;
      /** Filled as a team: who gave each aspect's answers; [] when filled alone. */
      contributors: AspectContributors[];
      /** null when the standard (1.0.0) has no syarat pengajuan. */
      eligibility: EligibilityResult | null;
    };

export function scoreInputOf(snapshot: AssessmentSnapshot, instrument: Instrument): { ok: true; input: ScoreInput; indicators: Indicators } | { ok: false; message: string } {
  if (!instrument.ok) return instrument;
  return { ok: true, ...composeScoreInput(instrument.umum, instrument.khusus, snapshot.answers, snapshot.staff, snapshot.institution) };
}

/** `today` (YYYY-MM-DD, the user's zone) decides which documents count as expired. */
export function buildResults(snapshot: AssessmentSnapshot, instrument: Instrument, today: string): ResultsModel {
  const prepared = scoreInputOf(snapshot, instrument);
  if (!prepared.ok) return prepared;
  const { input, indicators } = prepared;
  const score = scoreAssessment(input);
  const items = new Map<string, Item>();
  const teamItems: { itemId: string; aspectId: string }[] = [];
  for (const { aspect } of aspectsOf(input))
    for (const c of aspect.components)
      for (const i of c.items) {
        items.set(i.id, i);
        teamItems.push({ itemId: i.id, aspectId: aspect.id });
      }
  return {
    ok: true,
    umum: input.umum,
    khusus: input.khusus ?? null,
    input,
    indicators,
    score,
    gaps: rankGaps(input, score),
    next: nextGradeSet(input, score),
    items,
    contributors: contributorsByAspect(teamItems, snapshot.answers, snapshot.assessment.team),
    eligibility: checkEligibility(input.umum, snapshot.institution, snapshot.evidence, today),
  };
}

export type ComparisonModel = { ok: false; message: string } | { ok: true; comparison: AssessmentComparison; earlier: AssessmentSnapshot };

export function buildComparison(earlier: AssessmentSnapshot, earlierInstrument: Instrument, later: ScoreInput): ComparisonModel {
  const prepared = scoreInputOf(earlier, earlierInstrument);
  if (!prepared.ok) return prepared;
  return { ok: true, comparison: compareAssessments(prepared.input, later), earlier };
}
