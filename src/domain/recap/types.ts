import type { Bundle } from '../bundle/schema';
import type { GradeStatus } from '../scoring/types';

/** A bundle gathered into the recap: its id is the bundle's integrity hash (the same file twice has the same id). */
export interface RecapSourceInput {
  id: string;
  fileName: string;
  importedAt: string;
  bundle: Bundle;
}

export interface Ratio {
  numerator: number;
  denominator: number;
}

export interface RowGap {
  itemId: string;
  /** Points the institution's total gains if this item reached level 4. */
  gain: number;
}

/** One assessment found in a source, scored and summarised: the unit the recap counts. */
export interface RecapRow {
  /** Selection key: institution id + period (trimmed). */
  key: string;
  sourceId: string;
  fileName: string;
  importedAt: string;
  institutionId: string;
  institutionName: string;
  type: string;
  province: string;
  /** The canonical name of the province's list when the typed text names one (normaliseKabupaten), else the text. */
  kabupaten: string;
  assessmentId: string;
  period: string;
  status: 'draft' | 'final';
  finalisedAt: string | null;
  updatedAt: string;
  /** "standar-umum 1.0.0" (+ khusus) as recorded by the assessment. */
  standardLabel: string;
  /** False when this app does not know the recorded standard version: no score then. */
  standardKnown: boolean;
  /**
   * The scale the total is on: totals of the same scale compare, others do not (another Standar Umum major, or no
   * standar khusus module in the estimate). E.g. "Standar Umum 2.x + standar khusus".
   */
  scale: string;
  total: number | null;
  gradeStatus: GradeStatus | 'unscored';
  grade: 'A' | 'B' | 'C' | null;
  gradeLabel: string;
  aspects: { id: string; name: string; score: number | null }[];
  answered: number;
  itemCount: number;
  staffCount: number;
  /** Tenaga kesejahteraan sosial (seed 000): welfare roles in the roster. */
  tks: number;
  /** Seed 003: welfare staff able to carry out empowerment ÷ welfare staff registered. */
  empowerment: Ratio;
  /** Seed 004: certified social workers ÷ social workers. */
  certifiedSocialWorkers: Ratio;
  evidenceCount: number;
  /** Evidence whose expiryDate is before the recap date. */
  expiredDocs: number;
  gaps: RowGap[];
}

export interface RecapFilter {
  province?: string | null;
  kabupaten?: string | null;
  type?: string | null;
  /** A period; null/undefined = each institution's latest selected assessment. */
  period?: string | null;
}

export type GradeKey = 'A' | 'B' | 'C' | 'below' | 'critical-unmet' | 'incomplete' | 'unscored';

export interface CommonGap {
  itemId: string;
  statement: string;
  aspectId: string;
  /** Institutions where the item is below level 4 (unanswered counts). */
  institutions: number;
  /** Σ of the institutions' gains for this item. */
  totalGain: number;
}

/** The figures of one group of institutions (the whole filter, one province, one kabupaten or one type). */
export interface RecapFigures {
  institutions: number;
  byType: { type: string; label: string; count: number }[];
  finalCount: number;
  draftCount: number;
  grades: Record<GradeKey, number>;
  /** Mean of the institutions' totals (scored ones only); null when the rows are on more than one scale. */
  meanTotal: number | null;
  /** The mean total per scale (see RecapRow.scale), so totals of different scales are never mixed. */
  meanTotalByScale: { scale: string; institutions: number; meanTotal: number }[];
  aspects: { id: string; name: string; mean: number | null; institutions: number }[];
  completion: Ratio & { percent: number | null };
  staff: number;
  tks: number;
  /** Institutions whose roster is empty. */
  noStaff: number;
  empowerment: Ratio & { percent: number | null };
  certifiedSocialWorkers: Ratio & { percent: number | null };
  expiredDocs: number;
  institutionsWithExpired: number;
  topGaps: CommonGap[];
}

export interface RecapGroup {
  key: string;
  label: string;
  figures: RecapFigures;
}

export interface RecapResult {
  recapDate: string;
  filter: RecapFilter;
  /** The rows counted (one per institution). */
  rows: RecapRow[];
  periods: string[];
  overall: RecapFigures;
  byProvince: RecapGroup[];
  byKabupaten: RecapGroup[];
  byType: RecapGroup[];
}
