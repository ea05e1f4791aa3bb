import type { ReviewItem, ReviewMeta } from '../domain/records';
import { findingLabel } from '../domain/bundle/verification';
import { useReviewItem, useReviewMeta } from '../data/reviews';

/**
 * The assessor's verification of one item, shown beside the institution's own answer (after the institution
 * imported the review bundle). Renders nothing when the item has no review. All text is rendered as text.
 */
export function ReviewFindingsView({ review, meta, selfLevel }: { review: ReviewItem; meta?: ReviewMeta | null; selfLevel?: number | null }) {
  const differs = review.verifiedLevel !== null && selfLevel !== undefined && selfLevel !== null && review.verifiedLevel !== selfLevel;
  const tone = review.finding === 'sesuai' && !differs ? 'ok' : review.finding === null ? '' : 'warn';
  return (
    <aside className={`card review-findings ${tone}`} aria-label="Verifikasi asesor" data-testid="review-findings">
      <h3>Verifikasi asesor{meta?.assessorName ? `: ${meta.assessorName}` : ''}</h3>
      <p>
        Temuan: <strong>{findingLabel(review.finding)}</strong>
        {review.verifiedLevel !== null && (
          <>
            {' '}
            · Tingkat terverifikasi: <strong>{review.verifiedLevel}</strong>
            {selfLevel !== undefined && selfLevel !== null && <> (penilaian mandiri: {selfLevel})</>}
          </>
        )}
      </p>
      {review.note && <p className="review-note">Catatan asesor: {review.note}</p>}
      {review.reviewedLevel !== undefined && selfLevel !== undefined && review.reviewedLevel !== selfLevel && (
        <p className="warn-text" data-testid="review-changed">
          Ditinjau pada tingkat {review.reviewedLevel ?? 'N/A'}; sekarang {selfLevel ?? 'belum dijawab'}. Asesmen ini berubah setelah
          verifikasi; temuan asesor tetap seperti saat ditinjau.
        </p>
      )}
    </aside>
  );
}

/** Live version for the questionnaire: give it the assessment and item ids (and the self-assessed level if known). */
export function ReviewFindings({ assessmentId, itemId, selfLevel }: { assessmentId: string; itemId: string; selfLevel?: number | null }) {
  const review = useReviewItem(assessmentId, itemId);
  const meta = useReviewMeta(assessmentId);
  if (!review) return null;
  return <ReviewFindingsView review={review} meta={meta} selfLevel={selfLevel} />;
}
