import type { AssessmentSnapshot } from '../../domain/bundle';
import { computeIndicators, indicatorValues, type Indicators } from '../../domain/indicators';
import { totalClients } from '../../domain/records';
import {
  answerSummary,
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
import { findKhusus, findUmum } from '../../domain/standard/registry';
import type { Item, StandarKhusus, StandarUmum } from '../../domain/standard/schema';

/**
 * Glue between a stored assessment and the scoring engine: it picks the standard version the assessment
 * was started on, computes the staff indicators and hands everything to the engine. No scoring happens here.
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
    };

export function scoreInputOf(snapshot: AssessmentSnapshot): { ok: true; input: ScoreInput; indicators: Indicators } | { ok: false; message: string } {
  const a = snapshot.assessment;
  const umum = findUmum(a.standardId, a.standardVersion);
  if (!umum) {
    return {
      ok: false,
      message: `Standar "${a.standardId}" versi ${a.standardVersion} yang dipakai asesmen ini tidak dikenal oleh aplikasi versi ini. Perbarui aplikasi untuk melihat hasilnya.`,
    };
  }
  const khusus = findKhusus(a.khususId, a.khususVersion);
  if (a.khususId && !khusus) {
    return {
      ok: false,
      message: `Standar khusus "${a.khususId}" versi ${a.khususVersion ?? '?'} yang dipakai asesmen ini tidak dikenal oleh aplikasi versi ini. Perbarui aplikasi untuk melihat hasilnya.`,
    };
  }
  const indicators = computeIndicators(snapshot.staff, totalClients(snapshot.institution));
  return {
    ok: true,
    indicators,
    input: { umum, khusus, answers: answerSummary(snapshot.answers), indicators: indicatorValues(indicators) },
  };
}

export function buildResults(snapshot: AssessmentSnapshot): ResultsModel {
  const prepared = scoreInputOf(snapshot);
  if (!prepared.ok) return prepared;
  const { input, indicators } = prepared;
  const score = scoreAssessment(input);
  const items = new Map<string, Item>();
  for (const aspect of [...input.umum.aspects, ...(input.khusus?.aspects ?? [])]) {
    for (const c of aspect.components) for (const i of c.items) items.set(i.id, i);
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
  };
}

export type ComparisonModel = { ok: false; message: string } | { ok: true; comparison: AssessmentComparison; earlier: AssessmentSnapshot };

export function buildComparison(earlier: AssessmentSnapshot, later: ScoreInput): ComparisonModel {
  const prepared = scoreInputOf(earlier);
  if (!prepared.ok) return prepared;
  return { ok: true, comparison: compareAssessments(prepared.input, later), earlier };
}
