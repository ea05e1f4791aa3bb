import { useLiveQuery } from 'dexie-react-hooks';
import { NOTE_MAX, answerSchema, type Answer } from '../domain/records';
import { db } from './db';
import { AssessmentLockedError } from './assessments';
import { restoreAnswer } from './restore';

/** The fields of one answer the user changes; a save writes only the fields it is given. */
export type AnswerPatch = Partial<Pick<Answer, 'level' | 'na' | 'naReason' | 'note'>>;

/**
 * Writes one item's answer: in a single transaction, only this (assessment, item) row — merged field by field, so
 * a field another tab changed and this one did not touch is kept — plus the assessment's updatedAt and lastItemId.
 * The row is validated before it is written. Rejects with AssessmentLockedError on a final assessment.
 */
export async function saveAnswer(assessmentId: string, itemId: string, patch: AnswerPatch): Promise<Answer> {
  const now = new Date().toISOString();
  const clean: AnswerPatch = { ...patch };
  if (typeof clean.note === 'string' && clean.note.length > NOTE_MAX) clean.note = clean.note.slice(0, NOTE_MAX);
  return db.transaction('rw', db.answers, db.assessments, async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) throw new Error('Asesmen tidak ditemukan');
    if (assessment.status === 'final') throw new AssessmentLockedError();
    const existing = await db.answers.get([assessmentId, itemId]);
    const base = existing ? restoreAnswer(existing) : null;
    const row = answerSchema.parse({
      ...(base?.ok ? base.value : { level: null, na: false, naReason: '', note: '' }),
      ...clean,
      assessmentId,
      itemId,
      updatedAt: now,
    });
    await db.answers.put(row);
    await db.assessments.update(assessmentId, { updatedAt: now, lastItemId: itemId });
    return row;
  });
}

export async function listAnswers(assessmentId: string): Promise<Answer[]> {
  const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  return rows.flatMap((raw) => {
    const r = restoreAnswer(raw);
    return r.ok ? [r.value] : [];
  });
}

/** Live answers of one assessment (other tabs' writes show up too). */
export function useAnswers(assessmentId: string | null | undefined): Answer[] | undefined {
  return useLiveQuery(async () => (assessmentId ? listAnswers(assessmentId) : []), [assessmentId]);
}
