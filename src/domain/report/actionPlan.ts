/**
 * The report's action plan (rencana tindak lanjut): every action row of the assessment as one list, overdue rows
 * first, then the rows not done yet, then the finished ones. "Overdue" is judged against the report's own date (the
 * export date in the device's zone), never a clock read here. Pure.
 */
import { ACTION_STATUSES, isOverdue, type Action } from '../records/action';
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

const group = (a: Pick<Action, 'status' | 'targetDate'>, today: string) => (isOverdue(a, today) ? 0 : a.status !== 'selesai' ? 1 : 2);

/** `today` is YYYY-MM-DD: the report's date. */
export function buildActionPlan(actions: readonly Action[], today: string): ReportActionPlan {
  const sorted = [...actions].sort(
    (a, b) =>
      group(a, today) - group(b, today) ||
      // Earliest target first; rows without a target date last in their group.
      (a.targetDate === '' ? 1 : 0) - (b.targetDate === '' ? 1 : 0) ||
      a.targetDate.localeCompare(b.targetDate) ||
      a.itemId.localeCompare(b.itemId) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
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
