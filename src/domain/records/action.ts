import { z } from 'zod';
import { fieldRule } from './fieldRules';
import { timestampSchema } from './timestamp';
import { byField } from './team';

export const ACTION_STATUSES = [
  { id: 'belum', label: 'Belum' },
  { id: 'proses', label: 'Proses' },
  { id: 'selesai', label: 'Selesai' },
] as const;

/** A row of the action plan (rencana tindak lanjut) for one gap item. */
export const actionSchema = z.object({
  id: z.string().min(1).max(100),
  assessmentId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(50),
  action: z.string().trim().min(1, fieldRule.required('action')).max(2000),
  responsible: z.string().max(200).default(''),
  targetDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, fieldRule.invalidDate).default(''),
  status: z.enum(['belum', 'proses', 'selesai']).default('belum'),
  /** The team member who added or last changed this row. */
  by: byField,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Action = z.infer<typeof actionSchema>;

export function isOverdue(a: Pick<Action, 'status' | 'targetDate'>, today: string): boolean {
  return a.status !== 'selesai' && a.targetDate !== '' && a.targetDate < today;
}

/**
 * The action plan as one list, in the order a manager works through it: overdue first (oldest due date first), then
 * the open ones by due date (those without a date after them), then the finished ones.
 */
export function actionPlanOrder<T extends Pick<Action, 'status' | 'targetDate' | 'itemId'>>(actions: readonly T[], today: string): T[] {
  const rank = (a: T) => (isOverdue(a, today) ? 0 : a.status === 'selesai' ? 2 : 1);
  const due = (a: T) => a.targetDate || '9999-12-31';
  return [...actions].sort((a, b) => rank(a) - rank(b) || due(a).localeCompare(due(b)) || a.itemId.localeCompare(b.itemId));
}
