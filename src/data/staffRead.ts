import { useLiveQuery } from 'dexie-react-hooks';
import { staffMemberSchema, type StaffMember } from '../domain/records';
import { db } from './db';

/** Read-only: the staff roster of an assessment as the questionnaire's computed items need it (may be empty). */
export async function listStaffOf(assessmentId: string): Promise<StaffMember[]> {
  const rows = await db.staff.where('assessmentId').equals(assessmentId).toArray();
  return rows.flatMap((raw) => {
    const r = staffMemberSchema.safeParse(raw);
    return r.success ? [r.data] : [];
  });
}

export function useStaffOf(assessmentId: string | null | undefined): StaffMember[] | undefined {
  return useLiveQuery(async () => (assessmentId ? listStaffOf(assessmentId) : []), [assessmentId]);
}
