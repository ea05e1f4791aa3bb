/**
 * "Pindahkan ke versi terbaru": applies a move plan (src/domain/migration) in one transaction. The assessment's
 * answers, links and standard versions before the move are kept in assessment.versionHistory, so the old revision
 * stays viewable, and the move can be undone until the next answer is given.
 */
import { normaliseAnswer, normaliseAssessment } from './normalise';
import { db } from './db';
import { StoreError } from './errors';
import type { MovePlan } from '../domain/migration/plan';
import { storedAnswerSchema, type Assessment, type VersionMove } from '../domain/records';

const refOf = (a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>) => ({
  standardId: a.standardId,
  standardVersion: a.standardVersion,
  khususId: a.khususId,
  khususVersion: a.khususVersion,
});

export async function moveAssessment(assessmentId: string, plan: MovePlan): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', [db.assessments, db.answers, db.evidence, db.actions], async () => {
    const raw = await db.assessments.get(assessmentId);
    if (!raw) throw new StoreError('assessment-missing');
    const r = normaliseAssessment(raw);
    if (!r.ok) throw new StoreError('assessment-missing');
    const a = r.value;
    // A final assessment is never moved silently: it is reopened first (which keeps the final revision).
    if (a.status === 'final') throw new StoreError('assessment-final');
    const from = refOf(a);
    if (JSON.stringify(from) !== JSON.stringify(plan.from)) throw new StoreError('move-stale');

    const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    const old = rows.flatMap((row) => {
      const x = normaliseAnswer(row);
      return x.ok ? [{ itemId: x.value.itemId, level: x.value.level, na: x.value.na, naReason: x.value.naReason, note: x.value.note }] : [];
    });
    const evidence = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
    const actions = await db.actions.where('assessmentId').equals(assessmentId).toArray();
    const move: VersionMove = {
      movedAt: now,
      from,
      to: plan.to,
      answers: old,
      evidenceLinks: evidence.filter((e) => plan.evidenceLinks.some((l) => l.id === e.id)).map((e) => ({ id: e.id, itemIds: e.itemIds })),
      actionItems: actions.filter((x) => plan.actionItems.some((l) => l.id === x.id)).map((x) => ({ id: x.id, itemId: x.itemId })),
    };

    await db.answers.where('assessmentId').equals(assessmentId).delete();
    await db.answers.bulkPut(plan.answers.map((x) => storedAnswerSchema.parse({ ...x, assessmentId, updatedAt: now })));
    for (const link of plan.evidenceLinks) await db.evidence.update(link.id, { itemIds: link.itemIds, updatedAt: now });
    for (const x of plan.actionItems) await db.actions.update(x.id, { itemId: x.itemId, updatedAt: now });
    await db.assessments.update(assessmentId, {
      ...plan.to,
      versionHistory: [...(a.versionHistory ?? []), move],
      lastItemId: null,
      updatedAt: now,
    });
  });
}

/** The last move, if it can still be undone: nothing has been answered since. */
export async function undoableMove(assessmentId: string): Promise<VersionMove | null> {
  const raw = await db.assessments.get(assessmentId);
  const r = raw ? normaliseAssessment(raw) : null;
  const last = r?.ok ? r.value.versionHistory?.at(-1) : undefined;
  if (!last || r?.ok !== true || r.value.status === 'final') return null;
  const answers = await db.answers.where('assessmentId').equals(assessmentId).toArray();
  // Every row the move wrote carries movedAt exactly, and a later write never does (updatedAt only moves forward):
  // no clock comparison decides whether something was answered since.
  return answers.some((x) => x.updatedAt !== last.movedAt) ? null : last;
}

/** Puts back the answers, links and versions from before the last move, in one transaction. */
export async function undoMove(assessmentId: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', [db.assessments, db.answers, db.evidence, db.actions], async () => {
    const raw = await db.assessments.get(assessmentId);
    const r = raw ? normaliseAssessment(raw) : null;
    if (!r?.ok) throw new StoreError('assessment-missing');
    const a = r.value;
    const last = a.versionHistory?.at(-1);
    if (!last) throw new StoreError('move-nothing-to-undo');
    if (a.status === 'final') throw new StoreError('assessment-final');
    const current = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    if (current.some((x) => x.updatedAt !== last.movedAt)) throw new StoreError('move-answered-since');
    await db.answers.where('assessmentId').equals(assessmentId).delete();
    await db.answers.bulkPut(last.answers.map((x) => storedAnswerSchema.parse({ ...x, assessmentId, updatedAt: now })));
    for (const link of last.evidenceLinks) await db.evidence.update(link.id, { itemIds: link.itemIds, updatedAt: now });
    for (const x of last.actionItems) await db.actions.update(x.id, { itemId: x.itemId, updatedAt: now });
    await db.assessments.update(assessmentId, { ...last.from, versionHistory: a.versionHistory!.slice(0, -1), updatedAt: now });
  });
}
