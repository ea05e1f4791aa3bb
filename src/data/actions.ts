import { actionSchema, isOverdue, type Action } from '../domain/records/action';
import { nextUpdatedAt } from '../domain/records/timestamp';
import type { Assessment, Institution } from '../domain/records';
import { db } from './db';
import { assertWritable, authorOf } from './guard';
import { newId } from './ids';
import { requestPersistenceAfterFirstSave } from './storage';
import { asStoreError, StoreError } from './errors';

/** The outcome of a write: the stored row, or why nothing changed. */
export type ActionWrite = { ok: true; action: Action } | { ok: false; error: StoreError };

/** The first rule the row breaks, in the schema's own sentence (which the form shows beside the field). */
function firstIssue(error: { issues: { message: string }[] }): StoreError {
  return new StoreError('invalid', error.issues[0]?.message);
}

async function write(row: Action): Promise<ActionWrite> {
  const parsed = actionSchema.safeParse(row);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  let stored: Action = parsed.data;
  try {
    await db.transaction('rw', db.actions, db.assessments, async () => {
      const assessment = await db.assessments.get(parsed.data.assessmentId);
      if (!assessment) throw new StoreError('assessment-missing');
      assertWritable(assessment);
      stored = { ...parsed.data, ...authorOf(assessment) };
      await db.actions.put(stored);
    });
  } catch (error) {
    return { ok: false, error: asStoreError(error) };
  }
  // Asking for persistent storage must never turn a successful save into a failure.
  void requestPersistenceAfterFirstSave();
  return { ok: true, action: stored };
}

/** Creates the action-plan row of one gap item, the action prefilled (usually with the item's recommendation). */
export async function createAction(
  assessmentId: string,
  itemId: string,
  action: string,
  now: Date = new Date(),
): Promise<ActionWrite> {
  const at = now.toISOString();
  return write({
    id: newId(),
    assessmentId,
    itemId,
    action,
    responsible: '',
    targetDate: '',
    status: 'belum',
    createdAt: at,
    updatedAt: at,
  });
}

export type ActionChanges = Partial<Pick<Action, 'action' | 'responsible' | 'targetDate' | 'status'>>;

/**
 * Writes a change at once. The change is validated against the whole row first: an invalid value
 * (an empty action, a bad date) returns its message and leaves the stored row as it was.
 */
export async function updateAction(current: Action, changes: ActionChanges, now: Date = new Date()): Promise<ActionWrite> {
  return write({ ...current, ...changes, updatedAt: nextUpdatedAt(current.updatedAt, now.toISOString()) });
}

export async function deleteAction(id: string): Promise<{ ok: true } | { ok: false; error: StoreError }> {
  try {
    await db.actions.delete(id);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: asStoreError(error) };
  }
}

export function actionsOf(assessmentId: string): Promise<Action[]> {
  return db.actions.where('assessmentId').equals(assessmentId).toArray();
}

export interface OverdueAction {
  action: Action;
  assessment: Pick<Assessment, 'id' | 'period'> | null;
  institution: Pick<Institution, 'id' | 'name'> | null;
}

/** Local calendar date (YYYY-MM-DD): the day the user sees, not UTC. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Every overdue action of every assessment (target date before today, not done), oldest target first. */
export async function listOverdueActions(today: string = localToday()): Promise<OverdueAction[]> {
  return db.transaction('r', [db.actions, db.assessments, db.institutions], async () => {
    // targetDate is indexed: '' sorts before any date, so below(today) is "has a date and it is past" plus ''.
    const candidates = await db.actions.where('targetDate').below(today).toArray();
    const overdue = candidates.filter((a) => isOverdue(a, today));
    const assessments = new Map<string, Assessment | undefined>();
    for (const id of new Set(overdue.map((a) => a.assessmentId))) assessments.set(id, await db.assessments.get(id));
    const institutions = new Map<string, Institution | undefined>();
    for (const a of assessments.values()) {
      if (a && !institutions.has(a.institutionId)) institutions.set(a.institutionId, await db.institutions.get(a.institutionId));
    }
    return overdue
      // An assessor's review copy is someone else's panti: its action plan is not this device's to chase.
      .filter((a) => assessments.get(a.assessmentId)?.origin?.kind !== 'review-copy')
      .sort((a, b) => (a.targetDate < b.targetDate ? -1 : a.targetDate > b.targetDate ? 1 : a.itemId.localeCompare(b.itemId)))
      .map((action) => {
        const assessment = assessments.get(action.assessmentId) ?? null;
        const institution = assessment ? (institutions.get(assessment.institutionId) ?? null) : null;
        return {
          action,
          assessment: assessment ? { id: assessment.id, period: assessment.period } : null,
          institution: institution ? { id: institution.id, name: institution.name } : null,
        };
      });
  });
}
