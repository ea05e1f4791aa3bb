import { z } from 'zod';
import { timestampSchema } from './timestamp';
import { byField } from './team';

export const UNSUR = ['pimpinan', 'operasional', 'penunjang'] as const;
export type Unsur = (typeof UNSUR)[number];

/**
 * Roles from Kepmensos 50/HUK/2004 (seeds 000/001) and seed 002's multidisciplinary team.
 * professional: counts toward the professional staff : client ratio (seed 002).
 * welfare: counts as tenaga kesejahteraan sosial (seed 000's definition: educated and trained to carry out
 * social welfare service tasks, or working in the social welfare field of the panti).
 */
export const STAFF_ROLES = [
  { id: 'kepala-panti', label: 'Kepala panti', unsur: 'pimpinan', professional: false, welfare: true },
  { id: 'kepala-unit', label: 'Kepala unit / seksi', unsur: 'pimpinan', professional: false, welfare: true },
  { id: 'pekerja-sosial', label: 'Pekerja sosial', unsur: 'operasional', professional: true, welfare: true },
  { id: 'tks', label: 'Tenaga kesejahteraan sosial', unsur: 'operasional', professional: false, welfare: true },
  { id: 'psikolog', label: 'Psikolog', unsur: 'operasional', professional: true, welfare: true },
  { id: 'psikiater', label: 'Psikiater', unsur: 'operasional', professional: true, welfare: true },
  { id: 'dokter', label: 'Dokter', unsur: 'operasional', professional: true, welfare: true },
  { id: 'perawat', label: 'Perawat', unsur: 'operasional', professional: true, welfare: true },
  { id: 'konselor-adiksi', label: 'Konselor adiksi', unsur: 'operasional', professional: true, welfare: true },
  { id: 'pendidik', label: 'Pendidik / guru', unsur: 'operasional', professional: true, welfare: true },
  { id: 'instruktur', label: 'Instruktur keterampilan', unsur: 'operasional', professional: true, welfare: true },
  { id: 'pembimbing-rohani', label: 'Pembimbing rohani', unsur: 'operasional', professional: false, welfare: true },
  { id: 'pembina-asrama', label: 'Pembina asrama', unsur: 'penunjang', professional: false, welfare: true },
  { id: 'pengasuh', label: 'Pengasuh', unsur: 'penunjang', professional: false, welfare: true },
  { id: 'administrasi', label: 'Tenaga administrasi / keuangan', unsur: 'penunjang', professional: false, welfare: false },
  { id: 'juru-masak', label: 'Juru masak', unsur: 'penunjang', professional: false, welfare: false },
  { id: 'petugas-kebersihan', label: 'Petugas kebersihan', unsur: 'penunjang', professional: false, welfare: false },
  { id: 'satpam', label: 'Satpam', unsur: 'penunjang', professional: false, welfare: false },
  { id: 'sopir', label: 'Sopir', unsur: 'penunjang', professional: false, welfare: false },
  { id: 'lainnya', label: 'Lainnya', unsur: 'penunjang', professional: false, welfare: false },
] as const satisfies readonly { id: string; label: string; unsur: Unsur; professional: boolean; welfare: boolean }[];
export type StaffRoleId = (typeof STAFF_ROLES)[number]['id'];
export const staffRoleIds = STAFF_ROLES.map((r) => r.id) as [StaffRoleId, ...StaffRoleId[]];

export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA/SMK', 'D3', 'S1/D4', 'S2', 'S3'] as const;
export const EMPLOYMENT = ['tetap', 'tidak-tetap', 'relawan'] as const;

export const staffMemberSchema = z.object({
  id: z.string().min(1).max(100),
  assessmentId: z.string().min(1).max(100),
  /** Optional; initials are enough. */
  name: z.string().max(200).default(''),
  role: z.enum(staffRoleIds),
  unsur: z.enum(UNSUR),
  education: z.enum(EDUCATION_LEVELS),
  employment: z.enum(EMPLOYMENT),
  /** Certified social worker (seed 004: certified and practising). */
  certified: z.boolean().default(false),
  trainedLast12Months: z.boolean().default(false),
  /** Able to carry out social empowerment (seed 003). */
  empowermentCapable: z.boolean().default(false),
  /** The team member who added or last changed this row. */
  by: byField,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export function staffRole(id: string) {
  return STAFF_ROLES.find((r) => r.id === id);
}
