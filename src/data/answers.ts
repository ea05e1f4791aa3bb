import { assertWritable } from './guard';
import { nextUpdatedAt } from '../domain/records/timestamp';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { NOTE_MAX, answerSchema, type Answer, type Assessment } from '../domain/records';
import { db } from './db';
import { normaliseAnswer } from './normalise';
import { StoreError } from './errors';

/**
 * The fields of one answer the user changes; a save writes only the fields it is given. A level ends N/A; a patch
 * cannot ask for N/A with a level.
 */
export type AnswerPatch = Partial<Pick<Answer, 'naReason' | 'note'>> & ({ na?: false; level?: Answer['level'] } | { na: true; level?: null });

/** The row a save would write on top of `base` (null: no row yet). Validated; throws on an impossible value. */
function buildRow(assessmentId: string, itemId: string, base: Answer | null, patch: AnswerPatch, now: string, by: string | null): Answer {
  const clean: Record<string, unknown> = { ...patch };
  if (typeof patch.note === 'string' && patch.note.length > NOTE_MAX) clean.note = patch.note.slice(0, NOTE_MAX);
  if (patch.level != null) clean.na = false;
  if (patch.na) clean.level = null;
  return answerSchema.parse({
    ...(base ?? { level: null, na: false, naReason: '', note: '' }),
    ...clean,
    ...(by ? { by } : {}),
    assessmentId,
    itemId,
    updatedAt: nextUpdatedAt(base?.updatedAt, now),
  });
}

/** Whether the stored row (raw, as read) is exactly `base` (both absent counts). */
function sameRow(raw: unknown, base: Answer | null): boolean {
  if (raw === undefined || raw === null) return base === null;
  if (base === null) return false;
  const r = raw as Record<string, unknown>;
  return (
    r.updatedAt === base.updatedAt &&
    r.level === base.level &&
    r.na === base.na &&
    r.naReason === base.naReason &&
    r.note === base.note
  );
}

/** The row another tab wrote is not the one the fast path built on: retry with a read. Never leaves this file. */
class StaleBaseError extends Error {}

/**
 * The team member each assessment's saves are attributed to (null: not filled as a team), as last read inside a save.
 * Lets the fast path build the row before the assessment is read; a stale guess aborts it like a stale base.
 */
const authorCache = new Map<string, string | null>();
const authorIn = (a: Assessment): string | null => a.team?.selfId ?? null;

/** Checks the assessment read inside a save's transaction; returns the touched row to write back. */
function touched(raw: unknown, itemId: string, now: string): Assessment {
  if (!raw) throw new StoreError('assessment-missing');
  assertWritable(raw as Assessment);
  authorCache.set((raw as Assessment).id, authorIn(raw as Assessment));
  return { ...(raw as Assessment), updatedAt: nextUpdatedAt((raw as Assessment).updatedAt, now), lastItemId: itemId };
}

/**
 * Writes one item's answer: in a single transaction, only this (assessment, item) row — merged field by field, so
 * a field another tab changed and this one did not touch is kept — plus the assessment's updatedAt and lastItemId.
 * The row is validated before it is written. Rejects with StoreError 'assessment-final' on a final assessment.
 *
 * `base` is the row the caller already holds (from its live query or its own last save; null when it knows there is
 * none). Given it, the save is one round of requests issued together, without waiting for a read first: the row
 * built on `base` is put while the stored row and the assessment are read in the same transaction; if the stored row
 * is not `base` (another tab wrote meanwhile) the transaction is aborted before it commits and the save is redone
 * the slow way (read, merge, write), so a field another tab changed is never clobbered.
 */
export async function saveAnswer(assessmentId: string, itemId: string, patch: AnswerPatch, base?: Answer | null): Promise<Answer> {
  const now = new Date().toISOString();
  if (base !== undefined && authorCache.has(assessmentId)) {
    const author = authorCache.get(assessmentId) ?? null;
    const row = buildRow(assessmentId, itemId, base, patch, now, author);
    try {
      return await db.transaction('rw', db.answers, db.assessments, () => {
        // All three requests are issued now; the checks run on the reads' results, before the commit.
        const assessment = db.assessments.get(assessmentId).then((raw) => {
          const next = touched(raw, itemId, now);
          if (authorIn(next) !== author) throw new StaleBaseError();
          return db.assessments.put(next);
        });
        const current = db.answers.get([assessmentId, itemId]).then((raw) => {
          if (!sameRow(raw, base)) throw new StaleBaseError();
        });
        const put = db.answers.put(row);
        return Dexie.Promise.all([assessment, current, put]).then(() => row);
      });
    } catch (error) {
      if (!(error instanceof StaleBaseError)) throw error;
    }
  }
  return db.transaction('rw', db.answers, db.assessments, async () => {
    const assessment = touched(await db.assessments.get(assessmentId), itemId, now);
    const existing = await db.answers.get([assessmentId, itemId]);
    const restored = existing ? normaliseAnswer(existing) : null;
    const row = buildRow(assessmentId, itemId, restored?.ok ? restored.value : null, patch, now, authorIn(assessment));
    await db.answers.put(row);
    await db.assessments.put(assessment);
    return row;
  });
}

export async function listAnswers(assessmentId: string): Promise<Answer[]> {
  const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  return rows.flatMap((raw) => {
    const r = normaliseAnswer(raw);
    return r.ok ? [r.value] : [];
  });
}

/** Live answers of one assessment (other tabs' writes show up too). */
export function useAnswers(assessmentId: string | null | undefined): Answer[] | undefined {
  return useLiveQuery(async () => (assessmentId ? listAnswers(assessmentId) : []), [assessmentId]);
}
