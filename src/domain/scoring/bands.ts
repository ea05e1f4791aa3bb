import type { ComputedRule, Level } from '../standard/schema';

export type Band = ComputedRule['bands'][number];

/** min and max are inclusive; a missing bound is open; a band with neither matches anything. */
export function bandContains(band: Band, value: number): boolean {
  return (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max);
}

/** The first band (in file order) containing the value, or null. */
export function matchBand(rule: ComputedRule, value: number): Band | null {
  return rule.bands.find((b) => bandContains(b, value)) ?? null;
}

export function levelFromBands(rule: ComputedRule, value: number): Level | null {
  return matchBand(rule, value)?.level ?? null;
}
