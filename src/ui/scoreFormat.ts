import { formatNumberId } from '../domain/indicators/format';

/** A 0–100 score for display: one decimal, Indonesian decimal comma; "—" when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined || !Number.isFinite(score) ? '—' : formatNumberId(score, 1);
}

/** A local date-time for "last change" and imports: the one formatter (src/domain/format.ts). */
export { formatDateTimeId as formatDateTime } from '../domain/format';
