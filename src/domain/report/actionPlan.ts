/**
 * The report's action plan (rencana tindak lanjut): every action row of the assessment as one list, in the order
 * Hasil shows it (actionPlanOrder): overdue rows first, then the rows not done yet, then the finished ones.
 * "Overdue" is judged against the report's own date (the export date in the device's zone), never a clock read
 * here. Pure.
 */
import { ACTION_STATUSES, actionPlanOrder, isOverdue, type Action } from '../records/action';
import { formatDateId } from './format';

export interface ReportActionRow {
  itemId: string;
  action: string;
  /** Penanggung jawab, '—' when not filled in. */
  responsible: string;
  /** "12 Januari 2027", '—' when there is no target date. */
  targetDate: string;
  /** "Belum", "Proses", "Selesai". */
  status: string;
  /** Not done and the target date is before the report's date. */
  overdue: boolean;
  done: boolean;
}

export interface ReportActionPlan {
  rows: ReportActionRow[];
  overdueCount: number;
  openCount: number;
  /** One sentence under the heading: the order and the date overdue is judged by; or that there is no plan. */
  note: string;
}

/** `today` is YYYY-MM-DD: the report's date. */
export function buildActionPlan(actions: readonly Action[], today: string): ReportActionPlan {
  // Hasil's order (actionPlanOrder: overdue, then open, then finished, each by due date); rows that tie keep the order
  // they were made in.
  const made = [...actions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const sorted = actionPlanOrder(made, today);
  const rows = sorted.map(
    (a): ReportActionRow => ({
      itemId: a.itemId,
      action: a.action,
      responsible: a.responsible.trim() === '' ? '—' : a.responsible.trim(),
      targetDate: a.targetDate ? formatDateId(a.targetDate) : '—',
      status: ACTION_STATUSES.find((s) => s.id === a.status)?.label ?? a.status,
      overdue: isOverdue(a, today),
      done: a.status === 'selesai',
    }),
  );
  const overdueCount = rows.filter((r) => r.overdue).length;
  const openCount = rows.filter((r) => !r.done).length;
  const note =
    rows.length === 0
      ? 'Belum ada rencana tindak lanjut yang dicatat untuk asesmen ini.'
      : `${rows.length} tindak lanjut: ${overdueCount} lewat tenggat, ${openCount - overdueCount} belum selesai lainnya, ${rows.length - openCount} selesai. Yang lewat tenggat dicantumkan lebih dulu, lalu yang belum selesai; tenggat dibandingkan dengan tanggal laporan ini (${formatDateId(today)}).`;
  return { rows, overdueCount, openCount, note };
}
