import type { Assessment } from '../domain/records';
import { StoreError } from './errors';

/**
 * Who a write on this device is attributed to: the team member this device is, when the assessment is filled as a
 * team; nothing otherwise (the row then carries no `by`, exactly as before teams existed).
 */
export function authorOf(assessment: { team?: Assessment['team'] }): { by: string } | Record<string, never> {
  return assessment.team ? { by: assessment.team.selfId } : {};
}

/**
 * The one edit rule every write of an assessment's answers, roster, evidence and actions passes: a final assessment
 * is locked (reopen it first), and a review copy never changes. Call inside the write transaction.
 */
export function assertWritable(assessment: Pick<Assessment, 'status'> & { origin?: Assessment['origin'] }): void {
  if (assessment.origin?.kind === 'review-copy') throw new StoreError('review-copy');
  if (assessment.status === 'final') throw new StoreError('assessment-final');
}
