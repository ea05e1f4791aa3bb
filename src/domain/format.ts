/**
 * The one place dates, numbers and sizes are written for people (screens, PDFs, exports), Indonesian style:
 * "22 November 2026", "22 November 2026 19.05" in the device's own time zone, "81,2", "1,5 MB".
 */
export { formatNumberId } from './indicators/format';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of an instant in the device's own time zone (a UTC prefix would be the wrong day east of UTC). */
export function localDateOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * "2026-01-15" → "15 Januari 2026". A full timestamp ("2026-01-15T20:00:00Z") is first taken to the device's own
 * day. "" stays ""; anything unparseable is returned as is.
 */
export function formatDateId(value: string): string {
  const day = /T\d{2}:\d{2}/.test(value) ? localDateOf(value) : value;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

/** An instant in the device's own zone: "1 Desember 2026 19.05". */
export function formatDateTimeId(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** A file or storage size: "512 B", "12,5 KB", "3,2 MB", "1,25 GB"; "tidak diketahui" when unknown. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'tidak diketahui';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1).replace('.', ',')} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2).replace('.', ',')} GB`;
}
