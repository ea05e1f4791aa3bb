import type { IndicatorId } from '../standard/schema';
import { INDICATOR_DEFINITIONS } from './definitions';
import type { Indicator } from './types';

function base<K extends IndicatorId>(id: K) {
  const { label, unit, formula } = INDICATOR_DEFINITIONS[id];
  return { id, label, unit, formula };
}

/** A plain count (denominator null). */
export function countIndicator<K extends IndicatorId>(id: K, count: number): Indicator & { id: K } {
  return { ...base(id), value: count, numerator: count, denominator: null };
}

/** numerator ÷ denominator × scale; unavailable (value null) when the denominator is 0. */
export function ratioIndicator<K extends IndicatorId>(
  id: K,
  numerator: number,
  denominator: number,
  scale: number,
  zeroReason: string,
): Indicator & { id: K } {
  if (denominator === 0) return unavailableIndicator(id, zeroReason, numerator, denominator);
  return { ...base(id), value: (numerator / denominator) * scale, numerator, denominator };
}

export function unavailableIndicator<K extends IndicatorId>(
  id: K,
  reason: string,
  numerator: number | null = null,
  denominator: number | null = null,
): Indicator & { id: K } {
  return { ...base(id), value: null, numerator, denominator, unavailableReason: reason };
}
