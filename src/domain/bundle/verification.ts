import type { Answer, ReviewItem } from '../records';
import { FINDINGS } from '../records';
import { answerSummary, scoreAssessment, type AnswerInput, type AssessmentScore, type IndicatorValues } from '../scoring';
import type { Level, Ownership, StandarKhusus, StandarUmum } from '../standard/schema';

export interface Disagreement {
  itemId: string;
  selfLevel: Level | null;
  verifiedLevel: Level | null;
  finding: ReviewItem['finding'];
  note: string;
  /** The self level the assessor saw when reviewing (absent on reviews made before it was recorded). */
  reviewedLevel?: Level | null;
}

/** An item the institution changed after the assessor reviewed it: the finding stays against the level reviewed. */
export interface ChangedSinceReview {
  itemId: string;
  reviewedLevel: Level | null;
  nowLevel: Level | null;
}

export interface VerificationComparison {
  /** Scored with the institution's own answers. */
  self: AssessmentScore;
  /** Scored with the assessor's verified levels (see `verifiedAnswers` for items without one). */
  verified: AssessmentScore;
  /** Items the assessor recorded something for. */
  reviewedCount: number;
  /** Items with a verified level different from the self-assessed one, or a finding other than "sesuai". */
  disagreements: Disagreement[];
  /**
   * Items with no verified level and no finding. The rule: they keep the institution's own level in the verified
   * score, and their number is printed beside the verified total, so the reader knows how much is unchecked.
   */
  unverifiedCount: number;
  /** Items whose self level today differs from the level the assessor reviewed. */
  changedSinceReview: ChangedSinceReview[];
}

/**
 * The answers as verified: an item's verified level when the assessor gave one; an item found "sesuai" keeps the
 * level the assessor confirmed (the level reviewed, even if the institution changed it afterwards: a later change
 * was never verified); otherwise the institution's own answer stands (not yet verified). N/A stays N/A unless a
 * level was verified.
 */
export function verifiedAnswers(answers: readonly Answer[], reviews: readonly ReviewItem[]): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = { ...answerSummary(answers) };
  for (const r of reviews) {
    if (r.verifiedLevel !== null) out[r.itemId] = { level: r.verifiedLevel, na: false, verified: true };
    else if (r.finding === 'sesuai' && typeof r.reviewedLevel === 'number') out[r.itemId] = { level: r.reviewedLevel, na: false, verified: true };
  }
  return out;
}

export function compareVerification(input: {
  umum: StandarUmum;
  khusus: StandarKhusus | null;
  answers: readonly Answer[];
  reviews: readonly ReviewItem[];
  indicators?: IndicatorValues;
  ownership?: Ownership | null;
}): VerificationComparison {
  const { umum, khusus, indicators, ownership } = input;
  const self = scoreAssessment({ umum, khusus, answers: answerSummary(input.answers), indicators, ownership });
  const verified = scoreAssessment({ umum, khusus, answers: verifiedAnswers(input.answers, input.reviews), indicators, ownership });
  const disagreements: Disagreement[] = [];
  let reviewedCount = 0;
  for (const item of self.items) {
    const r = input.reviews.find((x) => x.itemId === item.id);
    if (!r || (r.verifiedLevel === null && r.finding === null && r.note === '')) continue;
    reviewedCount++;
    const differs = r.verifiedLevel !== null && r.verifiedLevel !== item.level;
    if (differs || (r.finding !== null && r.finding !== 'sesuai')) {
      disagreements.push({
        itemId: item.id,
        selfLevel: item.level,
        verifiedLevel: r.verifiedLevel,
        finding: r.finding,
        note: r.note,
        ...(r.reviewedLevel !== undefined ? { reviewedLevel: r.reviewedLevel } : {}),
      });
    }
  }
  const changedSinceReview: ChangedSinceReview[] = [];
  for (const r of input.reviews) {
    if (r.reviewedLevel === undefined) continue;
    const now = self.itemsById[r.itemId];
    if (!now) continue;
    const nowLevel = now.source === 'na' ? null : now.level;
    if (nowLevel !== r.reviewedLevel) changedSinceReview.push({ itemId: r.itemId, reviewedLevel: r.reviewedLevel, nowLevel });
  }
  const unverifiedCount = self.items.filter((item) => {
    const r = input.reviews.find((x) => x.itemId === item.id);
    return !r || (r.verifiedLevel === null && r.finding === null);
  }).length;
  return { self, verified, reviewedCount, disagreements, unverifiedCount, changedSinceReview };
}

/**
 * The comparison every output of a verified assessment shows (Hasil, the report): null when no review was imported.
 * `input` is the assessment's own score input (instrument, indicators), composed once by the caller.
 */
export function verificationOf(
  snapshot: { answers: readonly Answer[]; reviews: readonly ReviewItem[]; reviewMeta: unknown; institution: { ownership: Ownership } },
  input: { umum: StandarUmum; khusus?: StandarKhusus | null; indicators?: IndicatorValues },
): VerificationComparison | null {
  if (snapshot.reviews.length === 0 && !snapshot.reviewMeta) return null;
  return compareVerification({
    umum: input.umum,
    khusus: input.khusus ?? null,
    answers: snapshot.answers,
    reviews: snapshot.reviews,
    indicators: input.indicators,
    ownership: snapshot.institution.ownership,
  });
}

export function findingLabel(finding: ReviewItem['finding']): string {
  return FINDINGS.find((f) => f.id === finding)?.label ?? 'Belum diverifikasi';
}
