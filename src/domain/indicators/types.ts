import type { IndicatorId } from '../standard/schema';
import type { Unsur } from '../records/staff';

export type IndicatorUnit = 'orang' | '%' | 'penerima manfaat per tenaga profesional' | 'unsur';

/** One figure computed from the staff roster and the profile, with everything needed to explain it. */
export interface Indicator {
  id: IndicatorId;
  /** Indonesian label shown to the user. */
  label: string;
  /** Exact value (never rounded); null when it cannot be computed, see `unavailableReason`. */
  value: number | null;
  /** The counted figure (for counts: the count itself). */
  numerator: number | null;
  /** What the numerator is divided by; null for plain counts. */
  denominator: number | null;
  unit: IndicatorUnit;
  /** Indonesian description of how the figure is computed. */
  formula: string;
  /** Indonesian reason why `value` is null. Present exactly when `value` is null. */
  unavailableReason?: string;
}

export type IndicatorSet = { [K in IndicatorId]: Indicator & { id: K } };

export interface Indicators extends IndicatorSet {
  /** The unsur with nobody in the roster, in UNSUR order. Empty when the roster is empty (nothing to judge). */
  missingUnsur: Unsur[];
  /** clientsPerProfessional ≤ 10 (seed 002: 1 professional : 5–10 clients); null when the ratio is unavailable. */
  withinRatio: boolean | null;
}
