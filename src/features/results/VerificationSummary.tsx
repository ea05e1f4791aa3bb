import { Link } from 'wouter';
import type { AssessmentSnapshot } from '../../domain/bundle';
import { findingLabel, verificationOf } from '../../domain/bundle/verification';
import { shortCode } from '../../domain/bundle';
import type { ScoreInput } from '../../domain/scoring';
import { formatDateId, formatScore } from '../../ui/format';

const levelText = (l: number | null) => (l === null ? 'belum dijawab' : String(l));

/**
 * The assessor's verification brought home: after the institution imported the review, Hasil shows the verified
 * score beside its own, how many findings there are, and every disagreement with a link to its item.
 */
export function VerificationSummary({ snapshot, input, statementOf }: { snapshot: AssessmentSnapshot; input: ScoreInput; statementOf: (id: string) => string }) {
  const c = verificationOf(snapshot, input);
  if (!c) return null;
  const meta = snapshot.reviewMeta;
  const changedSince = c.changedSinceReview;
  const id = snapshot.assessment.id;
  return (
    <section className="card" aria-labelledby="verifikasi-title" id="verifikasi" data-testid="verification-summary">
      <h2 id="verifikasi-title" style={{ marginTop: 0 }}>
        Hasil verifikasi asesor
      </h2>
      <p>
        {meta?.assessorName ? (
          <>
            Asesor <strong>{meta.assessorName}</strong>
          </>
        ) : (
          'Asesor'
        )}
        {meta?.reviewedAt ? `, ${formatDateId(meta.reviewedAt)}` : ''}: {c.reviewedCount} butir
        diverifikasi, {c.unverifiedCount} belum (butir yang belum diverifikasi memakai tingkat penilaian mandiri).
        {meta?.reviewedHash && (
          <>
            {' '}
            Diverifikasi atas berkas dengan kode integritas <span data-testid="reviewed-code">{shortCode(meta.reviewedHash)}</span>.
          </>
        )}
      </p>
      {changedSince.length > 0 && (
        <p className="warn-text" data-testid="changed-after-review">
          Asesmen ini berubah setelah verifikasi: {changedSince.length} butir kini berbeda dari tingkat yang ditinjau asesor (
          {changedSince.map((r) => r.itemId).join(', ')}). Temuan asesor tetap seperti saat ditinjau.
        </p>
      )}
      <div className="summary-grid">
        <div>
          <div className="muted">Skor mandiri</div>
          <div className="big">{formatScore(c.self.total)}</div>
        </div>
        <div>
          <div className="muted">Skor terverifikasi</div>
          <div className="big" data-testid="verified-total">
            {formatScore(c.verified.total)}
          </div>
          <div className="muted small">{c.verified.grade.label}</div>
        </div>
      </div>
      <h3 data-testid="findings-count">
        {c.disagreements.length === 0 ? 'Tidak ada temuan yang berbeda dari penilaian mandiri' : `${c.disagreements.length} temuan berbeda dari penilaian mandiri`}
      </h3>
      {c.disagreements.length > 0 && (
        <ul className="findings-list" data-testid="findings-list">
          {c.disagreements.map((d) => (
            <li key={d.itemId}>
              <Link href={`/asesmen/${id}/butir/${d.itemId}`}>
                <strong>{d.itemId}</strong> {statementOf(d.itemId).replace(/\.$/, '')}:{' '}
                {d.reviewedLevel !== undefined && d.reviewedLevel !== d.selfLevel
                  ? `ditinjau pada tingkat ${levelText(d.reviewedLevel)}; sekarang ${levelText(d.selfLevel)}`
                  : `mandiri ${levelText(d.selfLevel)}`}
                , terverifikasi {d.verifiedLevel ?? '—'} · {findingLabel(d.finding)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
