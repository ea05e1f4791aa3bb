import { z } from 'zod';
import { fieldRule } from '../records/fieldRules';
import {
  actionSchema,
  answerSchema,
  storedAnswerSchema,
  storedAssessmentSchema,
  assessmentSchema,
  evidenceDocSchema,
  institutionSchema,
  reviewItemSchema,
  reviewMetaSchema,
  staffMemberSchema,
} from '../records';

export const BUNDLE_FORMAT = 'swanilai-bundle';
/** Raised only when a reader of the previous version could misread the file; fields are only ever added. */
export const BUNDLE_FORMAT_VERSION = 1;
export { MAX_BUNDLE_BYTES } from './limits';

/** An evidence file carried inside a bundle (JSON has no bytes, so base64 here; IndexedDB keeps Blobs). */
export const bundleFileSchema = z.object({
  id: z.string().min(1).max(100),
  mime: z.string().max(100),
  data: z.string().max(60 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bukan base64'),
  thumb: z.string().max(2 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bukan base64').nullable().default(null),
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

const MAX_ROWS = 100_000;

/** A bundle gathered into the regional recap, as stored on the device (the bundle itself is re-validated by the recap). */
export const recapSourceSchema = z.object({
  id: z.string().min(1).max(100),
  key: z.string().max(500),
  fileName: z.string().max(300),
  importedAt: z.string().max(40),
  bundle: z.unknown(),
});
export type RecapSourceRow = z.infer<typeof recapSourceSchema>;

/** The content a bundle carries; the integrity hash is computed over exactly this (see canonical.ts). */
export const bundleContentSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** assessment: one assessment; backup: everything on a device; review: an assessor's verification. */
  kind: z.enum(['assessment', 'backup', 'review']),
  institutions: z.array(institutionSchema.loose()).max(MAX_ROWS),
  assessments: z.array(storedAssessmentSchema).max(MAX_ROWS),
  answers: z.array(storedAnswerSchema).max(MAX_ROWS * 10),
  staff: z.array(staffMemberSchema.loose()).max(MAX_ROWS),
  evidence: z.array(evidenceDocSchema.loose()).max(MAX_ROWS),
  files: z.array(bundleFileSchema).max(MAX_ROWS),
  actions: z.array(actionSchema.loose()).max(MAX_ROWS),
  reviews: z.array(reviewItemSchema.loose()).max(MAX_ROWS * 10),
  reviewMeta: z.array(reviewMetaSchema.loose()).max(MAX_ROWS),
  /**
   * Added in format 1 without raising the version (optional: absent in older files, and an absent field does
   * not change the hash). Only full backups carry it: the bundles gathered into the regional recap.
   */
  recapSources: z.array(recapSourceSchema).max(MAX_ROWS).optional(),
});
export type BundleContent = z.infer<typeof bundleContentSchema>;

export const bundleSchema = bundleContentSchema.extend({
  exportedAt: z.string().max(40),
  app: z.object({ version: z.string().max(40), build: z.string().max(60) }),
  integrity: z.object({
    algorithm: z.literal('SHA-256'),
    /** Over the content with `files` empty: one code per assessment content, with or without photo files. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, fieldRule.invalidHash),
    /** Over the photo files, when the bundle carries them. */
    filesHash: z.string().regex(/^[0-9a-f]{64}$/, fieldRule.invalidHash).optional(),
  }),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** Everything about one assessment, as the report, results and bundle builders read it. */
export interface AssessmentSnapshot {
  institution: z.infer<typeof institutionSchema>;
  assessment: z.infer<typeof assessmentSchema>;
  answers: z.infer<typeof answerSchema>[];
  staff: z.infer<typeof staffMemberSchema>[];
  evidence: z.infer<typeof evidenceDocSchema>[];
  actions: z.infer<typeof actionSchema>[];
  reviews: z.infer<typeof reviewItemSchema>[];
  reviewMeta: z.infer<typeof reviewMetaSchema> | null;
}
