import type { BalksStandard, Grade, IndicatorId, Item, ItemCoreFields, Level, Ownership, StandarKhususOf, StandarUmumOf } from '../standard/schema';

/** One item's answer as the engine sees it. level null with na false means not answered. */
/** One item's answer as the engine reads it: N/A (never with a level), or a level or none. */
export type AnswerInput =
  | { na: true; level: null; verified?: never }
  | {
      na: false;
      level: Level | null;
      /**
       * A level an assessor verified: it stands for every item, computed ones included (an assessor who finds the
       * roster figure wrong lowers the item, and the verified score follows).
       */
      verified?: boolean;
    };

export type AnswerMap = Readonly<Record<string, AnswerInput | undefined>>;
export type IndicatorValues = Partial<Record<IndicatorId, number | null | undefined>>;

/**
 * What the engine scores. The score itself reads only what the standards' cores hold (I = ItemCore, see
 * src/domain/standard/split.ts); gaps, comparisons and reports also read the items' texts (I = Item, the default).
 */
export interface ScoreInput<I extends ItemCoreFields = Item> {
  umum: StandarUmumOf<I>;
  /** The standar khusus module of the institution's type, if any: one more weighted aspect. */
  khusus?: StandarKhususOf<I> | null;
  answers: AnswerMap;
  indicators?: IndicatorValues;
  /** The panti's ownership: items written for the other ownership are left out. Unknown: every item counts. */
  ownership?: Ownership | null;
}

/** Which standard file an aspect or item comes from. */
export type Module = 'umum' | 'khusus';

/**
 * How an item's level was obtained: the user's answer, an indicator band, a valid N/A (left out),
 * or nothing (scores 0). An N/A on an item that does not allow N/A counts as 'unanswered'.
 */
export type ItemSource = 'answer' | 'computed' | 'na' | 'unanswered';

export interface ComputedExplanation {
  indicator: IndicatorId;
  /** The indicator value (exact); null when it could not be computed. */
  value: number | null;
  /** The level the bands give; null when the value is unavailable or falls in no band. */
  level: Level | null;
  /** The band that matched, if any. */
  band: { min?: number; max?: number } | null;
  /** Indonesian sentence: what the indicator is and why this level (or why the manual answer is used). */
  explanation: string;
}

export interface ItemScore {
  id: string;
  aspectId: string;
  componentId: string;
  module: Module;
  /** The effective level used for scoring; null when N/A or unanswered. */
  level: Level | null;
  source: ItemSource;
  weight: number;
  /** level ÷ 4 (0 when unanswered); null when N/A (left out). */
  score: number | null;
  critical: boolean;
  /** Present on computed items (answerType 'computed'), whether or not the indicator was available. */
  computed?: ComputedExplanation;
}

/** What one item adds to its component/aspect score. */
export interface Contribution {
  itemId: string;
  weight: number;
  /** 0..1, null when N/A. */
  score: number | null;
  /** Points (0–100 scale) this item adds to the component/aspect score: weight × score ÷ Σ applicable weight × 100. */
  points: number | null;
}

export interface Completion {
  answered: number;
  total: number;
  /** answered ÷ total × 100 (exact). */
  percent: number;
}

export interface ComponentScore {
  id: string;
  aspectId: string;
  name: string;
  /** 0–100, null when no item is applicable. */
  score: number | null;
  applicableWeight: number;
  contributions: Contribution[];
  completion: Completion;
}

export interface AspectScore {
  id: string;
  name: string;
  module: Module;
  weight: number;
  /** 0–100, computed from the aspect's items directly (not from component scores); null when all N/A. */
  score: number | null;
  applicableWeight: number;
  /** 0–100 over the answered items only (what the screen shows while filling); null when none is answered. */
  answeredScore: number | null;
  /** Points (0–100 scale) this aspect adds to the total; null when excluded. */
  totalPoints: number | null;
  contributions: Contribution[];
  components: ComponentScore[];
  completion: Completion;
}

/** 'incomplete': too little is answered for an estimate to mean anything (scoring.minCompletionForGrade). */
export type GradeStatus = 'grade' | 'below' | 'critical-unmet' | 'incomplete';

/** The second summary: the score per BALKS standard, with the share of the total its items carry. */
export interface BalksScore {
  standard: BalksStandard;
  /** Percent of the total the items tagged with this standard carry (the shares sum to 100). */
  share: number;
  /** 0–100; null when no item of it is applicable. */
  score: number | null;
}

/**
 * The estimate as a union: only 'grade' has a grade and a validity. The other variants keep `grade: null` so that
 * `estimate.grade` reads the same everywhere.
 */
export type GradeEstimate =
  | (GradeEstimateBase & { status: 'grade'; grade: Grade['grade']; validityYears: number })
  | (GradeEstimateBase & { status: Exclude<GradeStatus, 'grade'>; grade: null; validityYears: null });

interface GradeEstimateBase {
  /** The grade's label, `belowLabel`, `criticalUnmetLabel`, or why there is no estimate yet. */
  label: string;
  /** Ids of critical items that are unanswered or below `criticalMinLevel`. */
  unmetCritical: string[];
}

export interface AssessmentScore {
  /** 0–100 (exact; round for display only); null when no aspect has an applicable item. Unanswered items count 0. */
  total: number | null;
  /** 0–100 over the answered items only: the running score while filling; null when nothing is answered. */
  answeredTotal: number | null;
  /** Score per BALKS standard, in the order of BALKS_STANDARDS. */
  balks: BalksScore[];
  /** Umum aspects in file order, then the khusus aspect. */
  aspects: AspectScore[];
  /** Every item, in instrument order. */
  items: ItemScore[];
  itemsById: Record<string, ItemScore>;
  completion: Completion;
  grade: GradeEstimate;
}
