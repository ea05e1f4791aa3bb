import { INDICATOR_IDS } from '../standard/constants';
import type { IndicatorId } from '../standard/schema';
import type { Indicator, Indicators } from './types';

/** The indicators in INDICATOR_IDS order, for tables and the report. */
export function indicatorList(indicators: Indicators): Indicator[] {
  return INDICATOR_IDS.map((id) => indicators[id]);
}

/** Just the values, in the shape the scoring engine takes (`ScoreInput.indicators`). */
export function indicatorValues(indicators: Indicators): Record<IndicatorId, number | null> {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, indicators[id].value])) as Record<IndicatorId, number | null>;
}
