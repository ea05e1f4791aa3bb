import type { Assessment } from '../domain/records';
import { db } from './db';

/** meta key prefix marking an assessment imported into assessor mode (read-only copy of an institution's data). */
export const REVIEW_COPY_PREFIX = 'reviewCopy:';

/**
 * True when this assessment is an assessor's read-only copy of an institution's data (mode asesor): the record's own
 * origin, or (copies imported before the origin was part of the record) the older meta key.
 */
export async function isReviewCopy(assessmentId: string): Promise<boolean> {
  const a = (await db.assessments.get(assessmentId)) as Assessment | undefined;
  if (a?.origin?.kind === 'review-copy') return true;
  return (await db.meta.get(`${REVIEW_COPY_PREFIX}${assessmentId}`)) !== undefined;
}

