import { formatNumberId } from '../domain/indicators/format';

/** A 0–100 score for display: one decimal, Indonesian decimal comma; "—" when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? '—' : formatNumberId(score, 1);
}

/** "12 Nov 2026 14.05" style local date-time for "last change". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
