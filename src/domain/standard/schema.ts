import { z } from 'zod';
import { BALKS_STANDARDS, INDICATOR_IDS } from './constants';

/**
 * The instrument as data. A standard file (standards/*.json) is either the Standar Umum
 * (kind "umum", six aspects and the scoring rules) or a standar khusus module (kind "khusus",
 * exactly one aspect that joins the total as one more weighted aspect).
 */

export const ITEM_ID = /^[A-Z]{2,4}-\d+\.\d+$/;
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

const text = z.string().trim().min(1, 'wajib diisi');

export { BALKS_STANDARDS, INDICATOR_IDS };
export const balksStandardSchema = z.enum(BALKS_STANDARDS);
export type BalksStandard = (typeof BALKS_STANDARDS)[number];
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

/** How a user reads an item's source: a regulation, an analogy to one, a policy paper or indicator, good practice, or our own rule. */
export const SOURCE_KINDS = ['regulasi', 'analogi', 'kebijakan', 'praktik-baik', 'patokan-aplikasi'] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Ownership of a panti (institution.ownership): some items and eligibility requirements apply to one of them only. */
export const ownershipSchema = z.enum(['pemerintah', 'masyarakat']);
export type Ownership = z.infer<typeof ownershipSchema>;

/**
 * An older item this item takes over when an assessment moves to this version: its answer is carried over
 * (with the note shown to the user), unless the user answers again. Data, never code (see src/domain/migration).
 */
export const replacesSchema = z.object({ id: z.string().regex(ITEM_ID), note: text });

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
    /** The source as users read it: a regulation with its pasal, a named publication, "praktik baik" or "patokan aplikasi". */
    source: text,
    sourceKind: sourceKindSchema.optional(),
    /** Hidden: the working documents the item was drawn from (file names). Never shown to users. */
    provenance: z.array(text).optional(),
    /** The item applies only to panti of this ownership; for the other it is left out, like a valid N/A. */
    ownership: ownershipSchema.optional(),
    /** Same id and meaning as in the previous version, with its wording revised: why. */
    revised: z.object({ since: z.string().regex(/^\d+\.\d+\.\d+$/), note: text }).optional(),
    /** Older items (retired in this version) whose answers this item takes over when an assessment moves. */
    replaces: z.array(replacesSchema).optional(),
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

/**
 * Syarat pengajuan: checked before and beside the score, never scored. A requirement is met by a profile
 * field (registration, permit; with its expiry) or by an entry of the evidence register of one of the kinds.
 */
export const eligibilityRequirementSchema = z.object({
  id: z.string().regex(/^SYR-\d+$/),
  label: text,
  guidance: text,
  source: text,
  /** Only for panti of this ownership; both when absent. */
  ownership: ownershipSchema.optional(),
  check: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('profile'), field: z.enum(['registration', 'permit']) }),
    z.object({ kind: z.literal('evidence'), documentKinds: z.array(text).min(1) }),
  ]),
  evidence: z.array(text).min(1),
});
export type EligibilityRequirement = z.infer<typeof eligibilityRequirementSchema>;

export const glossaryEntrySchema = z.object({ term: text, definition: text });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const scoringRulesSchema = z.object({
  /** Highest first. */
  grades: z.array(gradeSchema).min(1),
  belowLabel: text,
  /** Shown when a critical item is unmet, whatever the total. */
  criticalUnmetLabel: text,
  /** A critical item is met when answered at this level or above. */
  criticalMinLevel: z.number().int().min(1).max(4),
  /** Where the grade bands come from, printed next to every estimate. */
  gradeSource: text.optional(),
  /** Below this completion (percent) the estimate is not shown; the score of what is answered is. */
  minCompletionForGrade: z.number().min(0).max(100).optional(),
  /** How to pick a level, shown on the item screen and in the report. */
  decisionRule: text.optional(),
  /** Why the aspect weights are what they are. */
  weightRationale: text.optional(),
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
  eligibility: z.object({ description: text, requirements: z.array(eligibilityRequirementSchema).min(1) }).optional(),
  /** Quantifiers and terms the levels use (sebagian, berkala, ...), defined once for the whole instrument. */
  glossary: z.array(glossaryEntrySchema).optional(),
  aspects: z.array(aspectSchema).length(6),
});
export type StandarUmum = z.infer<typeof standarUmumSchema>;

export const standarKhususSchema = z.object({
  ...standardBase,
  kind: z.literal('khusus'),
  /** Institution types (see src/domain/institution) this module applies to. */
  appliesTo: z.array(text).min(1),
  /**
   * The module's share of the total, in percent: the Standar Umum aspects share the rest in proportion to
   * their weights, so every type of panti is scored on the same 0–100. Absent (1.0.0 modules): the module's
   * aspect weight joins the Standar Umum weights as one more aspect.
   */
  totalShare: z.number().min(5).max(60).optional(),
  /** Why the share is what it is. */
  shareRationale: text.optional(),
  aspects: z.array(aspectSchema).length(1),
});
export type StandarKhusus = z.infer<typeof standarKhususSchema>;

export const standardFileSchema = z.discriminatedUnion('kind', [standarUmumSchema, standarKhususSchema]);
export type StandardFile = z.infer<typeof standardFileSchema>;

/** An item's long texts (./detailKeys.ts): shipped apart from the rest of the file, one part per aspect. */
import type { ItemDetailKey } from './detailKeys';
export { ITEM_DETAIL_KEYS, type ItemDetailKey } from './detailKeys';
export type ItemDetails = Pick<Item, ItemDetailKey>;
/** The fields every item has, with or without its long texts: what placing, counting and scoring read. */
export type ItemCoreFields = Omit<Item, ItemDetailKey>;
/**
 * An item loaded without its long texts. The texts are typed as absent, so a core cannot be passed where a whole
 * item is needed (without that, TypeScript lets an array of zod-inferred items take the narrower type).
 */
export type ItemCore = ItemCoreFields & { [K in ItemDetailKey]?: never };

/** The same shapes with items of type I: the whole file (Item), its core (ItemCore), or either (ItemCoreFields). */
export type ComponentOf<I extends ItemCoreFields> = Omit<Component, 'items'> & { items: I[] };
export type AspectOf<I extends ItemCoreFields> = Omit<Aspect, 'components'> & { components: ComponentOf<I>[] };
export type StandarUmumOf<I extends ItemCoreFields> = Omit<StandarUmum, 'aspects'> & { aspects: AspectOf<I>[] };
export type StandarKhususOf<I extends ItemCoreFields> = Omit<StandarKhusus, 'aspects'> & { aspects: AspectOf<I>[] };
export type StandardFileOf<I extends ItemCoreFields> = StandarUmumOf<I> | StandarKhususOf<I>;
export type StandarUmumCore = StandarUmumOf<ItemCore>;
export type StandarKhususCore = StandarKhususOf<ItemCore>;
export type StandardCoreFile = StandardFileOf<ItemCore>;
