import { INDICATOR_DEFINITIONS } from '../indicators/definitions';
import { formatIndicatorValue } from '../indicators/format';
import type { ComputedRule } from '../standard/schema';
import { matchBand, type Band } from './bands';
import type { ComputedExplanation } from './types';

function bandText(band: Band, format: (v: number) => string): string {
  if (band.min !== undefined && band.max !== undefined) return `${format(band.min)} s.d. ${format(band.max)}`;
  if (band.min !== undefined) return `≥ ${format(band.min)}`;
  if (band.max !== undefined) return `≤ ${format(band.max)}`;
  return 'berapa pun';
}

/** Explains, in Indonesian, the level a computed item takes from its indicator (or why it falls back). */
export function explainComputed(rule: ComputedRule, value: number | null | undefined): ComputedExplanation {
  const def = INDICATOR_DEFINITIONS[rule.indicator];
  const format = (v: number) => formatIndicatorValue(v, def.unit);
  const head = `${rule.explanation} ${def.label}`;
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return {
      indicator: rule.indicator,
      value: null,
      level: null,
      band: null,
      explanation: `${head} belum dapat dihitung, sehingga tingkat diambil dari jawaban pengisi.`,
    };
  }
  const band = matchBand(rule, value);
  if (!band) {
    return {
      indicator: rule.indicator,
      value,
      level: null,
      band: null,
      explanation: `${head}: ${format(value)}, di luar semua rentang aturan, sehingga tingkat diambil dari jawaban pengisi.`,
    };
  }
  return {
    indicator: rule.indicator,
    value,
    level: band.level,
    band: { min: band.min, max: band.max },
    explanation: `${head}: ${format(value)} (rentang ${bandText(band, format)}) → tingkat ${band.level}.`,
  };
}
