import { z } from 'zod';

/**
 * The instrument as data. A standard file (standards/*.json) is either the Standar Umum
 * (kind "umum", six aspects and the scoring rules) or a standar khusus module (kind "khusus",
 * exactly one aspect that joins the total as one more weighted aspect).
 */

export const ITEM_ID = /^[A-Z]{2,4}-\d+\.\d+$/;
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

const text = z.string().trim().min(1, 'wajib diisi');

export const BALKS_STANDARDS = [
  'program pelayanan',
  'proses pelayanan',
  'manajemen organisasi',
  'sumber daya manusia',
  'sarana prasarana',
  'hasil pelayanan',
] as const;
export const balksStandardSchema = z.enum(BALKS_STANDARDS);

/** Indicators computed from the staff roster and the profile (see src/domain/indicators). */
export const INDICATOR_IDS = [
  'tksCount',
  'clientsPerProfessional',
  'empowermentCapablePct',
  'certifiedSocialWorkerPct',
  'trainedLast12MonthsPct',
  'missingUnsurCount',
] as const;
export const indicatorIdSchema = z.enum(INDICATOR_IDS);
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * A computed item takes its level from an indicator: the first band whose bounds contain the
 * value gives the level (min inclusive, max inclusive). When the indicator cannot be computed,
 * the user answers the item by hand.
 */
export const computedRuleSchema = z.object({
  indicator: indicatorIdSchema,
  explanation: text,
  bands: z
    .array(
      z.object({
        level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        min: z.number().optional(),
        max: z.number().optional(),
      }),
    )
    .min(2),
});
export type ComputedRule = z.infer<typeof computedRuleSchema>;

export const itemSchema = z
  .object({
    id: z.string().regex(ITEM_ID, 'id butir harus berbentuk KODE-n.n, mis. KLB-1.2'),
    statement: text,
    guidance: text,
    evidence: z.array(text).min(1),
    answerType: z.enum(['level', 'computed']),
    /** Descriptors of levels 0..4, what a panti at that level actually has. */
    levels: z.tuple([text, text, text, text, text]),
    weight: z.number().positive(),
    critical: z.boolean(),
    naAllowed: z.boolean(),
    recommendation: text,
    source: text,
    balks: balksStandardSchema,
    computed: computedRuleSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.answerType === 'computed' && !item.computed) {
      ctx.addIssue({ code: 'custom', path: ['computed'], message: 'butir terhitung wajib punya aturan "computed"' });
    }
    if (new Set(item.levels).size !== item.levels.length) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'deskriptor tingkat 0–4 harus berbeda satu sama lain' });
    }
  });
export type Item = z.infer<typeof itemSchema>;

export const componentSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,4}-\d+$/),
  name: text,
  description: text,
  items: z.array(itemSchema).min(2),
});
export type Component = z.infer<typeof componentSchema>;

export const aspectSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,4}$/),
  name: text,
  description: text,
  weight: z.number().positive(),
  components: z.array(componentSchema).min(1),
});
export type Aspect = z.infer<typeof aspectSchema>;

export const gradeSchema = z.object({
  grade: z.enum(['A', 'B', 'C']),
  label: text,
  min: z.number().min(0).max(100),
  validityYears: z.number().int().positive(),
});
export type Grade = z.infer<typeof gradeSchema>;

export const scoringRulesSchema = z.object({
  /** Highest first. */
  grades: z.array(gradeSchema).min(1),
  belowLabel: text,
  /** Shown when a critical item is unmet, whatever the total. */
  criticalUnmetLabel: text,
  /** A critical item is met when answered at this level or above. */
  criticalMinLevel: z.number().int().min(1).max(4),
});
export type ScoringRules = z.infer<typeof scoringRulesSchema>;

export const retiredItemSchema = z.object({ id: text, version: text, reason: text });

const standardBase = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: text,
  shortTitle: text,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  legalBasis: z.array(text).min(1),
  /** Ids that once existed and must never be reused. */
  retired: z.array(retiredItemSchema).default([]),
};

export const standarUmumSchema = z.object({
  ...standardBase,
  kind: z.literal('umum'),
  scoring: scoringRulesSchema,
  aspects: z.array(aspectSchema).length(6),
});
export type StandarUmum = z.infer<typeof standarUmumSchema>;

export const standarKhususSchema = z.object({
  ...standardBase,
  kind: z.literal('khusus'),
  /** Institution types (see src/domain/institution) this module applies to. */
  appliesTo: z.array(text).min(1),
  aspects: z.array(aspectSchema).length(1),
});
export type StandarKhusus = z.infer<typeof standarKhususSchema>;

export const standardFileSchema = z.discriminatedUnion('kind', [standarUmumSchema, standarKhususSchema]);
export type StandardFile = z.infer<typeof standardFileSchema>;
