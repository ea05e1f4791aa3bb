import type { AssessmentSnapshot } from '../bundle/schema';
import { shortCode } from '../bundle/integrity';
import { findingLabel, verificationOf } from '../bundle/verification';
import type { ScoreInput } from '../scoring';
import { formatDateId, formatScore } from './format';

/** The assessor's verification as the institution's report prints it; null when no review was imported. */
export interface ReportVerification {
  rows: [label: string, value: string][];
  /** Said when the institution changed items after the review: the findings stay against the levels reviewed. */
  changedText: string | null;
  disagreements: [item: string, reviewed: string, verified: string, finding: string][];
}

const levelText = (l: number | null) => (l === null ? 'belum dijawab' : String(l));

export function buildReportVerification(snapshot: AssessmentSnapshot, input: ScoreInput): ReportVerification | null {
  const c = verificationOf(snapshot, input);
  if (!c) return null;
  const meta = snapshot.reviewMeta;
  const rows: [string, string][] = [
    ['Asesor', meta?.assessorName || '(tidak tercatat)'],
    ['Tanggal verifikasi', meta?.reviewedAt ? formatDateId(meta.reviewedAt) : '(tidak tercatat)'],
    ...(meta?.reviewedHash ? ([['Diverifikasi atas berkas', `kode integritas ${shortCode(meta.reviewedHash)}`]] as [string, string][]) : []),
    ['Skor mandiri / terverifikasi', `${formatScore(c.self.total)} / ${formatScore(c.verified.total)}`],
    ['Butir diverifikasi', `${c.reviewedCount}; belum diverifikasi ${c.unverifiedCount} (memakai tingkat penilaian mandiri)`],
    ['Temuan berbeda', String(c.disagreements.length)],
  ];
  const changed = c.changedSinceReview;
  return {
    rows,
    changedText: changed.length
      ? `Asesmen ini berubah setelah verifikasi asesor: ${changed.length} butir kini berbeda dari tingkat yang ditinjau (${changed
          .map((x) => `${x.itemId}: ditinjau ${levelText(x.reviewedLevel)}, sekarang ${levelText(x.nowLevel)}`)
          .join('; ')}). Temuan asesor tetap seperti saat ditinjau.`
      : null,
    disagreements: c.disagreements.map((d) => [
      d.itemId,
      d.reviewedLevel !== undefined && d.reviewedLevel !== d.selfLevel ? `${levelText(d.reviewedLevel)} (sekarang ${levelText(d.selfLevel)})` : levelText(d.selfLevel),
      d.verifiedLevel === null ? '-' : String(d.verifiedLevel),
      findingLabel(d.finding),
    ]),
  };
}
