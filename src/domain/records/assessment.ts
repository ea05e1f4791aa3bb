import { z } from 'zod';
import { fieldRule } from './fieldRules';
import { timestampSchema } from './timestamp';
import { byField, teamSchema } from './team';

const shortText = (max: number) => z.string().max(max, fieldRule.tooLong(max)).default('');
export const NOTE_MAX = 5000;
export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
type Level = z.infer<typeof levelSchema>;

export const declarationSchema = z.object({
  name: z.string().trim().min(1, fieldRule.required('name')).max(200),
  position: z.string().trim().min(1, fieldRule.required('position')).max(200),
  place: z.string().trim().min(1, fieldRule.required('place')).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, fieldRule.required('date')),
});
export type Declaration = z.infer<typeof declarationSchema>;

/** One finalised revision kept when an assessment is reopened ("Buka kembali"). */
export const revisionSchema = z.object({
  finalisedAt: timestampSchema,
  reopenedAt: timestampSchema,
  declaration: declarationSchema,
  answers: z.record(z.string(), z.object({ level: levelSchema.nullable(), na: z.boolean() })),
});

const standardRefSchema = z.object({
  standardId: z.string().min(1),
  standardVersion: z.string().min(1),
  khususId: z.string().nullable(),
  khususVersion: z.string().nullable(),
});

/** One move to a newer instrument version ("Pindahkan ke versi terbaru"): what it was on, and every answer as it was. */
export const versionMoveSchema = z.object({
  movedAt: timestampSchema,
  from: standardRefSchema,
  to: standardRefSchema,
  answers: z
    .array(z.object({ itemId: z.string().max(50), level: levelSchema.nullable(), na: z.boolean(), naReason: shortText(1000), note: shortText(NOTE_MAX) }))
    .max(5000),
  /** The links before the move, so it can be undone until the next answer. */
  evidenceLinks: z.array(z.object({ id: z.string().max(100), itemIds: z.array(z.string().max(50)).max(500) })).max(10000).default([]),
  actionItems: z.array(z.object({ id: z.string().max(100), itemId: z.string().max(50) })).max(10000).default([]),
});
export type VersionMove = z.infer<typeof versionMoveSchema>;

const assessmentFields = {
  id: z.string().min(1).max(100),
  institutionId: z.string().min(1).max(100),
  /** Free text period, e.g. "2026" or "Semester II 2026". */
  period: z.string().trim().min(1, fieldRule.required('period')).max(100),
  standardId: z.string().min(1),
  standardVersion: z.string().min(1),
  /** The standar khusus module chosen by the institution's type, if any. */
  khususId: z.string().nullable().default(null),
  khususVersion: z.string().nullable().default(null),
  /** The item the user last opened, for "Lanjutkan". */
  lastItemId: z.string().nullable().default(null),
  history: z.array(revisionSchema).default([]),
  /**
   * Where the record came from: absent for the institution's own assessment; a review copy is an assessor's read-only
   * copy of an imported bundle. Part of the record, so backups and bundles carry it and every write checks it.
   */
  origin: z
    .object({ kind: z.literal('review-copy'), importedAt: timestampSchema, fileName: z.string().max(300).default(''), hash: z.string().max(64) })
    .optional(),
  /**
   * Moves to newer instrument versions, oldest first; the old answers stay viewable. Optional, not defaulted: a record
   * that never moved carries no such field, so its bundle hashes exactly as in earlier versions of the app.
   */
  versionHistory: z.array(versionMoveSchema).max(50).optional(),
  /** Filling as a team: members, what each was given, and who this device is. Optional, not defaulted (as above). */
  team: teamSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** Being filled: no declaration yet. */
const draftAssessmentSchema = z.object({
  ...assessmentFields,
  status: z.literal('draft'),
  declaration: z.null().default(null),
  finalisedAt: z.null().default(null),
});
/** Finalised: always with the head's declaration and the time it was made. */
const finalAssessmentSchema = z.object({ ...assessmentFields, status: z.literal('final'), declaration: declarationSchema, finalisedAt: timestampSchema });

/** An assessment is a draft, or final with a declaration: final without one cannot be represented. */
export const assessmentSchema = z.discriminatedUnion('status', [draftAssessmentSchema, finalAssessmentSchema]);
export type Assessment = z.infer<typeof assessmentSchema>;
export type DraftAssessment = Extract<Assessment, { status: 'draft' }>;
export type FinalAssessment = Extract<Assessment, { status: 'final' }>;

/**
 * For records read from the database or a file: unknown fields are kept (a newer app's); a record of data format 1
 * (no status) is a draft; a "final" record without a valid declaration, which no version of the app wrote, reads as a
 * draft (it was never declared) and a draft's leftover declaration or finalisation time as none. A declaration field
 * holding something else than a declaration is refused, as before the union.
 */
export const storedAssessmentSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const o = raw as Record<string, unknown>;
    const status = o.status ?? 'draft';
    const declared = declarationSchema.safeParse(o.declaration).success;
    if (status === 'final' && declared) return { ...o, finalisedAt: o.finalisedAt ?? o.updatedAt };
    // A declaration that is neither none nor a valid one is damage, not a leftover: the schema refuses it.
    if ((status === 'final' || status === 'draft') && (declared || o.declaration == null)) return { ...o, status: 'draft', declaration: null, finalisedAt: null };
    return raw;
  },
  z.discriminatedUnion('status', [draftAssessmentSchema.loose(), finalAssessmentSchema.loose()]),
);

const answerFields = {
  assessmentId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(50),
  /** Kept while the user picks a level, so that going back to N/A does not lose what was typed. */
  naReason: shortText(1000),
  note: shortText(NOTE_MAX),
  /** The team member who gave this answer (src/domain/records/team.ts). */
  by: byField,
  updatedAt: timestampSchema,
};
/** At a level, or not answered yet (level null: then the row holds only a note or a half-typed N/A reason). */
const levelAnswerSchema = z.object({ ...answerFields, na: z.literal(false).default(false), level: levelSchema.nullable() });
/** Not applicable: never with a level. */
const naAnswerSchema = z.object({ ...answerFields, na: z.literal(true), level: z.null() });

/** One answer per (assessment, item): N/A, or a level (or none yet); N/A with a level cannot be represented. */
export const answerSchema = z.discriminatedUnion('na', [levelAnswerSchema, naAnswerSchema]);
export type Answer = z.infer<typeof answerSchema>;

/** The answer at a level, or unanswered with null: N/A is cleared (its reason is kept, as the questionnaire does). */
export function atLevel(a: Answer, level: Level | null): Answer {
  return { ...a, na: false, level };
}

/** The answer as N/A (no level). */
export function notApplicable(a: Answer, naReason: string = a.naReason): Answer {
  return { ...a, na: true, level: null, naReason };
}

/**
 * For rows read from the database or a file: unknown fields are kept (a newer app's), and a level stored beside N/A
 * (which every version of the app ignored: N/A won) is read as no level.
 */
export const storedAnswerSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && (raw as { na?: unknown }).na === true && (raw as { level?: unknown }).level != null ? { ...raw, level: null } : raw),
  z.discriminatedUnion('na', [levelAnswerSchema.loose(), naAnswerSchema.loose()]),
);
