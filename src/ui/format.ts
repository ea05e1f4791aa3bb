/** Display helpers shared by screens (Indonesian conventions). */
import { formatNumberId } from '../domain/indicators';

/** A 0–100 score for display ("81,2", "75", "—"): the shared formatter. */
export { formatScore } from './scoreFormat';

/** A signed change ("+12,5", "−3", "0"): the one formatter, shared with the report. */
export { formatChange } from '../domain/report/format';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-01-15" → "15 Januari 2026"; other text is returned as is. */
export function formatDateId(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** An ISO time in the device's own zone, e.g. "1 Desember 2026 19.05" (the same date everywhere in one document). */
export function formatDateTimeId(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}
