import { assertWritable, authorOf } from './guard';
import { nextUpdatedAt } from '../domain/records/timestamp';
import { staffMemberSchema, type Assessment, type Institution, type StaffMember } from '../domain/records';
import { db } from './db';
import { newId } from './ids';
import { StoreError } from './errors';

/** The editable fields of a staff member (everything but ids and timestamps). */
export type StaffInput = Omit<StaffMember, 'id' | 'assessmentId' | 'createdAt' | 'updatedAt'>;

/** Refuses writes to a missing or finalised assessment, or to an assessor's review copy. Call inside the write transaction. */
export async function assertAssessmentEditable(assessmentId: string): Promise<Assessment> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) throw new StoreError('assessment-missing');
  assertWritable(assessment);
  return assessment;
}

/** Marks the assessment as changed, so bundles and imports can tell which copy is newer. */
export async function touchAssessment(assessmentId: string, now: string): Promise<void> {
  await db.assessments.update(assessmentId, { updatedAt: now });
}

/** The roster of one assessment, in the order the staff were added. */
export async function listStaff(assessmentId: string): Promise<StaffMember[]> {
  const rows = await db.staff.where('assessmentId').equals(assessmentId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** What the roster screen needs besides the staff: the assessment and its institution (clients). */
export async function loadRosterContext(
  assessmentId: string,
): Promise<{ assessment: Assessment; institution: Institution | null } | null> {
  return db.transaction('r', [db.assessments, db.institutions], async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return null;
    const institution = (await db.institutions.get(assessment.institutionId)) ?? null;
    return { assessment, institution };
  });
}

/** Adds one staff member. The record is validated with zod before it is written; invalid input writes nothing. */
export async function addStaff(assessmentId: string, input: StaffInput): Promise<StaffMember> {
  const now = new Date().toISOString();
  // Validated before the transaction: invalid input never opens a write.
  const draft = staffMemberSchema.parse({ ...input, name: input.name.trim(), id: newId(), assessmentId, createdAt: now, updatedAt: now });
  return db.transaction('rw', [db.assessments, db.staff], async () => {
    const assessment = await assertAssessmentEditable(assessmentId);
    // The list is ordered by createdAt: two adds within the same millisecond still keep their order.
    const last = (await db.staff.where('assessmentId').equals(assessmentId).toArray()).reduce((max, s) => (s.createdAt > max ? s.createdAt : max), '');
    const createdAt = last >= now ? new Date(Date.parse(last) + 1).toISOString() : now;
    const record = { ...draft, ...authorOf(assessment), createdAt };
    await db.staff.add(record);
    await touchAssessment(assessmentId, now);
    return record;
  });
}

/** Changes some fields of one staff member; the merged record is validated before it is written. */
export async function updateStaff(id: string, patch: Partial<StaffInput>): Promise<StaffMember> {
  return db.transaction('rw', [db.assessments, db.staff], async () => {
    const current = await db.staff.get(id);
    if (!current) throw new StoreError('row-missing');
    const assessment = await assertAssessmentEditable(current.assessmentId);
    const now = new Date().toISOString();
    const next = staffMemberSchema.parse({ ...current, ...patch, ...authorOf(assessment), id: current.id, assessmentId: current.assessmentId, updatedAt: nextUpdatedAt(current.updatedAt, now) });
    await db.staff.put(next);
    await touchAssessment(current.assessmentId, now);
    return next;
  });
}

export async function deleteStaff(id: string): Promise<void> {
  await db.transaction('rw', [db.assessments, db.staff], async () => {
    const current = await db.staff.get(id);
    if (!current) return;
    await assertAssessmentEditable(current.assessmentId);
    await db.staff.delete(id);
    await touchAssessment(current.assessmentId, new Date().toISOString());
  });
}
