import { EDUCATION_LEVELS, EMPLOYMENT, STAFF_ROLES, UNSUR, type StaffMember } from './staff';

export const UNSUR_LABELS: Record<(typeof UNSUR)[number], string> = {
  pimpinan: 'Pimpinan',
  operasional: 'Operasional',
  penunjang: 'Penunjang',
};

export const EMPLOYMENT_LABELS: Record<(typeof EMPLOYMENT)[number], string> = {
  tetap: 'Tetap',
  'tidak-tetap': 'Tidak tetap',
  relawan: 'Relawan',
};

export const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r.id, label: r.label }));
export const UNSUR_OPTIONS = UNSUR.map((u) => ({ value: u, label: UNSUR_LABELS[u] }));
export const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((e) => ({ value: e, label: e }));
export const EMPLOYMENT_OPTIONS = EMPLOYMENT.map((e) => ({ value: e, label: EMPLOYMENT_LABELS[e] }));

export function roleLabel(id: string): string {
  return STAFF_ROLES.find((r) => r.id === id)?.label ?? id;
}

/** One line describing a staff member, for the list and for screen reader announcements. */
export function staffSummary(s: StaffMember): string {
  return [roleLabel(s.role), UNSUR_LABELS[s.unsur], s.education, EMPLOYMENT_LABELS[s.employment]].join(' · ');
}
