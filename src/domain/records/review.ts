import { z } from 'zod';
import { timestampSchema } from './timestamp';
import { levelSchema } from './assessment';

export const FINDINGS = [
  { id: 'sesuai', label: 'Sesuai' },
  { id: 'tidak-sesuai', label: 'Tidak sesuai' },
  { id: 'tidak-dapat-diverifikasi', label: 'Tidak dapat diverifikasi' },
] as const;

/** The assessor's verification of one item (verifikasi asesor). */
export const reviewItemSchema = z.object({
  assessmentId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(50),
  verifiedLevel: levelSchema.nullable(),
  finding: z.enum(['sesuai', 'tidak-sesuai', 'tidak-dapat-diverifikasi']).nullable(),
  note: z.string().max(5000).default(''),
  /**
   * The institution's own level the assessor saw when recording this finding (the revision reviewed). Optional, so
   * reviews made before it hash as they did. If the institution later changes the item, the finding is shown against
   * this level, never rewritten.
   */
  reviewedLevel: levelSchema.nullable().optional(),
  updatedAt: timestampSchema,
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewMetaSchema = z.object({
  assessmentId: z.string().min(1).max(100),
  assessorName: z.string().max(200).default(''),
  reviewedAt: z.string().default(''),
  /**
   * What the review was made on: the integrity code (SHA-256) of the institution's file the assessor opened, and the
   * assessment's revision then (how many times it had been reopened). Absent on reviews made before this was kept.
   */
  reviewedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  reviewedRevision: z.number().int().min(0).max(10_000).optional(),
});
export type ReviewMeta = z.infer<typeof reviewMetaSchema>;
