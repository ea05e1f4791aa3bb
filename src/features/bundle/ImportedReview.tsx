import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useReviewMeta, useReviews } from '../../data/reviews';
import { listAnswers } from '../../data/answers';
import type { Answer } from '../../domain/records';
import { ReviewFindingsView } from '../../ui/ReviewFindings';

/** After a review bundle is imported: the assessor's findings beside the institution's own answers. */
export function ImportedReview({ assessmentId }: { assessmentId: string }) {
  const reviews = useReviews(assessmentId);
  const meta = useReviewMeta(assessmentId);
  const [answers, setAnswers] = useState<Map<string, Answer> | null>(null);
  useEffect(() => {
    void listAnswers(assessmentId).then((rows) => setAnswers(new Map(rows.map((a) => [a.itemId, a]))));
  }, [assessmentId]);
  if (!reviews || !answers) return null;
  const shown = reviews.filter((r) => r.verifiedLevel !== null || r.finding !== null || r.note !== '');
  return (
    <section className="card" aria-labelledby={`temuan-${assessmentId}`} data-testid="imported-review">
      <h2 id={`temuan-${assessmentId}`}>Temuan asesor{meta?.assessorName ? ` (${meta.assessorName})` : ''}</h2>
      <p className="muted">
        {shown.length} butir diverifikasi. Temuan juga tampil di setiap butir pada <Link href={`/asesmen/${assessmentId}`}>kuesioner</Link>.
      </p>
      {shown.map((r) => {
        const a = answers.get(r.itemId);
        return (
          <div key={r.itemId}>
            <h3>
              Butir {r.itemId} · jawaban Anda: {a?.na ? 'N/A' : (a?.level ?? 'belum dijawab')}
            </h3>
            <ReviewFindingsView review={r} meta={meta} selfLevel={a?.level ?? null} />
          </div>
        );
      })}
    </section>
  );
}
