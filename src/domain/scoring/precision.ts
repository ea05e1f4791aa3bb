/**
 * Totals are sums of fractions (weights ÷ Σweights × level ÷ 4), so a total that is exactly 71 on paper can come
 * out as 70.99999999999999. Rounding to 6 decimals before comparing keeps 70.99 below 71 and such a 71 at 71.
 */
export const SCORE_DECIMALS = 6;

export function roundScore(x: number): number {
  const f = 10 ** SCORE_DECIMALS;
  return Math.round(x * f) / f;
}

/** total ≥ min, floating-point safe. */
export function reaches(total: number, min: number): boolean {
  return roundScore(total) >= roundScore(min);
}
