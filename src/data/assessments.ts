import { useLiveQuery } from 'dexie-react-hooks';
import {
  assessmentSchema,
  declarationSchema,
  type Assessment,
  type Declaration,
  type Institution,
} from '../domain/records';
import type { StandarKhusus, StandarUmum } from '../domain/standard/schema';
import { db } from './db';
import { newId } from './ids';
import { normaliseAnswer, normaliseAssessment } from './normalise';
import { requestPersistenceAfterFirstSave } from './storage';
import { StoreError } from './errors';


/**
 * Starts a new assessment for a period on the current Standar Umum and the khusus module of the institution's
 * type; both versions are recorded in the assessment and never change silently afterwards.
 */
export async function startAssessment(
  institution: Pick<Institution, 'id' | 'type'>,
  period: string,
  given?: { umum: StandarUmum; khusus: StandarKhusus | null },
): Promise<Assessment> {
  // The instrument is loaded only when needed, so Beranda's first paint does not carry it.
  let standards = given;
  if (!standards) {
    const registry = await import('../domain/standard/registry');
    standards = { umum: registry.currentUmum(), khusus: registry.currentKhususFor(institution.type) };
  }
  const now = new Date().toISOString();
  const record = assessmentSchema.parse({
    id: newId(),
    institutionId: institution.id,
    period,
    standardId: standards.umum.id,
    standardVersion: standards.umum.version,
    khususId: standards.khusus?.id ?? null,
    khususVersion: standards.khusus?.version ?? null,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  });
  await db.assessments.add(record);
  void requestPersistenceAfterFirstSave();
  return record;
}

export async function getAssessment(id: string): Promise<Assessment | null> {
  const raw = await db.assessments.get(id);
  if (!raw) return null;
  const r = normaliseAssessment(raw);
  return r.ok ? r.value : null;
}

function restoredList(rows: unknown[]): Assessment[] {
  return rows.flatMap((raw) => {
    const r = normaliseAssessment(raw);
    return r.ok ? [r.value] : [];
  });
}

/** Newest change first. */
export async function listAssessments(institutionId?: string): Promise<Assessment[]> {
  const rows = institutionId
    ? await db.assessments.where('institutionId').equals(institutionId).toArray()
    : await db.assessments.toArray();
  return restoredList(rows).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function useAssessment(id: string | null | undefined): Assessment | null | undefined {
  return useLiveQuery(async () => (id ? getAssessment(id) : null), [id]);
}

export function useAssessments(institutionId?: string): Assessment[] | undefined {
  return useLiveQuery(() => listAssessments(institutionId), [institutionId]);
}

/** Remembers the item the user opened, for "Lanjutkan". Writes only that field (plus nothing else). */
export async function rememberLastItem(assessmentId: string, itemId: string): Promise<void> {
  await db.assessments.update(assessmentId, { lastItemId: itemId });
}

/** Records the declaration and locks the assessment (status final). */
export async function finaliseAssessment(assessmentId: string, declaration: Declaration): Promise<Assessment> {
  const valid = declarationSchema.parse(declaration);
  const now = new Date().toISOString();
  await db.transaction('rw', db.assessments, async () => {
    const a = await db.assessments.get(assessmentId);
    if (!a) throw new StoreError('assessment-missing');
    if (a.status === 'final') throw new StoreError('assessment-final');
    // Filled as a team, the declaration is the head's: only the lead's device finalises.
    const self = a.team?.members.find((m) => m.id === a.team!.selfId);
    if (a.team && !self?.lead) throw new StoreError('finalise-lead-only');
    await db.assessments.update(assessmentId, { status: 'final', declaration: valid, finalisedAt: now, updatedAt: now });
  });
  const stored = await getAssessment(assessmentId);
  if (!stored) throw new StoreError('assessment-missing');
  return stored;
}

/**
 * "Buka kembali": the finalised revision (its declaration, date and every answer's level/N/A) is kept in
 * assessment.history, and the assessment returns to draft.
 */
export async function reopenAssessment(assessmentId: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', db.assessments, db.answers, async () => {
    const raw = await db.assessments.get(assessmentId);
    if (!raw) throw new StoreError('assessment-missing');
    const restored = normaliseAssessment(raw);
    if (!restored.ok) throw new StoreError('assessment-corrupt');
    const a = restored.value;
    if (a.status !== 'final') return;
    const rows = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    const answers: Record<string, { level: Assessment['history'][number]['answers'][string]['level']; na: boolean }> = {};
    for (const row of rows) {
      const r = normaliseAnswer(row);
      if (r.ok) answers[r.value.itemId] = { level: r.value.level, na: r.value.na };
    }
    const revision = { finalisedAt: a.finalisedAt, reopenedAt: now, declaration: a.declaration, answers };
    await db.assessments.update(assessmentId, {
      status: 'draft',
      finalisedAt: null,
      declaration: null,
      history: [...a.history, revision],
      updatedAt: now,
    });
  });
}
