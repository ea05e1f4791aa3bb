import type { AssessmentSnapshot } from '../domain/bundle';
import { db } from './db';

/** Reads everything about one assessment in one read transaction (a consistent picture for reports and bundles). */
export async function loadSnapshot(assessmentId: string): Promise<AssessmentSnapshot | null> {
  return db.transaction('r', [db.assessments, db.institutions, db.answers, db.staff, db.evidence, db.actions, db.reviews, db.reviewMeta], async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return null;
    const institution = await db.institutions.get(assessment.institutionId);
    if (!institution) return null;
    const [answers, staff, evidence, actions, reviews, reviewMeta] = await Promise.all([
      db.answers.where('assessmentId').equals(assessmentId).toArray(),
      db.staff.where('assessmentId').equals(assessmentId).toArray(),
      db.evidence.where('assessmentId').equals(assessmentId).toArray(),
      db.actions.where('assessmentId').equals(assessmentId).toArray(),
      db.reviews.where('assessmentId').equals(assessmentId).toArray(),
      db.reviewMeta.get(assessmentId),
    ]);
    return { institution, assessment, answers, staff, evidence, actions, reviews, reviewMeta: reviewMeta ?? null };
  });
}
