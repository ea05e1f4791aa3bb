import type { Assessment, Institution } from '../records';
import type { AssessmentScore } from '../scoring';

/** What the report's QR code carries: the integrity code and hash, the institution and the totals (short enough to scan). */
export function qrTextOf(hash: string, code: string, inst: Institution, assessment: Assessment, score: AssessmentScore): string {
  return JSON.stringify({
    app: 'swanilai',
    kode: code,
    sha256: hash,
    lembaga: inst.name.slice(0, 80),
    periode: assessment.period.slice(0, 40),
    status: assessment.status !== 'final' ? 'draf' : 'final',
    total: score.total === null ? null : Math.round(score.total * 10) / 10,
    peringkat: score.grade.grade ?? score.grade.status,
    aspek: Object.fromEntries(score.aspects.map((a) => [a.id, a.score === null ? null : Math.round(a.score * 10) / 10])),
  });
}
