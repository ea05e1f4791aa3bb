import { z } from 'zod';

/**
 * An ISO 8601 date-time as the app writes them (new Date().toISOString()). A record whose createdAt is not a date
 * would make later arithmetic on it (sorting, "last change", the next write) fail forever, so imports check it.
 */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const timestampSchema = z
  .string()
  .max(40)
  .refine((s) => ISO_TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s)), 'bukan tanggal-waktu yang valid (ISO 8601)');

/**
 * The updatedAt for a record's next write: now, or one millisecond after its previous updatedAt when the clock is
 * behind it (a phone whose clock was set back). A record's updatedAt never goes backwards, so "last change" orders
 * stay true on one device; what is the same is still decided by content (src/domain/bundle/fingerprint.ts).
 */
export function nextUpdatedAt(previous: string | null | undefined, now: string): string {
  const p = previous ? Date.parse(previous) : NaN;
  const n = Date.parse(now);
  if (Number.isNaN(p) || Number.isNaN(n) || n > p) return now;
  return new Date(p + 1).toISOString();
}
