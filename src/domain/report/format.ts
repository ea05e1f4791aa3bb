/** Display helpers for the report (Indonesian conventions). Pure. */
import { formatNumberId } from '../indicators';

/** Dates: the one formatter (src/domain/format.ts). */
export { formatDateId } from '../format';

/** A 0–100 score as printed everywhere in the report: one decimal, decimal comma ("78,5"); "—" when null. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? '—' : formatNumberId(score, 1);
}

/** A signed change ("+12,5", "−3", "0", "—"), for screens and the report alike (the PDF maps "−" to "-"). */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${formatNumberId(Math.abs(rounded), 1)}`;
}

export function formatPercent(value: number): string {
  return `${formatNumberId(value, 0)}%`;
}

/** A file name without characters that phones, Windows or chat apps reject: `Swanilai_<institution>_<period>.pdf`. */
/** The report's file name; `withPhotos` (the photo files attached inside) is in the name, so the two versions never overwrite each other. */
export function reportFileName(institution: string, period: string, ext = 'pdf', withPhotos = false): string {
  const clean = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.-]+/g, '_')
      .replace(/_+/g, '_')
      .replace(/^[_.-]+|[_.-]+$/g, '')
      .slice(0, 60) || 'tanpa-nama';
  return `Swanilai_${clean(institution)}_${clean(period)}${withPhotos ? '_dengan-foto' : ''}.${ext}`;
}
