import type { StaffMember, StaffRoleId, Unsur } from '../../../src/domain/records/staff';
import { staffRole } from '../../../src/domain/records/staff';

let n = 0;

/** A roster row; unsur defaults to the role's unsur. */
export function member(role: StaffRoleId, opts: Partial<StaffMember> & { unsur?: Unsur } = {}): StaffMember {
  n += 1;
  return {
    id: `s${n}`,
    assessmentId: 'a1',
    name: '',
    role,
    unsur: staffRole(role)!.unsur,
    education: 'S1/D4',
    employment: 'tetap',
    certified: false,
    trainedLast12Months: false,
    empowermentCapable: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...opts,
  };
}
