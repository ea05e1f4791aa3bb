import type { AssessmentSnapshot } from '../domain/bundle';
import type { Assessment, Institution } from '../domain/records';
import { db } from './db';
import { loadSnapshot } from './snapshot';

export interface AssessmentListRow {
  assessment: Assessment;
  institution: Institution | null;
}

/** Every assessment with its institution, newest first (the Hasil list). */
export async function listAssessmentsWithInstitution(): Promise<AssessmentListRow[]> {
  return db.transaction('r', [db.assessments, db.institutions], async () => {
    const [assessments, institutions] = await Promise.all([db.assessments.toArray(), db.institutions.toArray()]);
    const byId = new Map(institutions.map((i) => [i.id, i]));
    return assessments
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .map((assessment) => ({ assessment, institution: byId.get(assessment.institutionId) ?? null }));
  });
}

/**
 * The institution's assessment just before this one (same institution, created earlier), as a snapshot,
 * for "Perbandingan dengan asesmen sebelumnya". null when there is none.
 */
export async function loadEarlierSnapshot(assessment: Pick<Assessment, 'id' | 'institutionId' | 'createdAt'>): Promise<AssessmentSnapshot | null> {
  const siblings = await db.assessments.where('institutionId').equals(assessment.institutionId).toArray();
  const earlier = siblings
    .filter((a) => a.id !== assessment.id && a.createdAt < assessment.createdAt)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
  return earlier ? loadSnapshot(earlier.id) : null;
}
