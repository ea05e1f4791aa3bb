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
