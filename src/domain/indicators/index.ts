export type { Indicator, IndicatorSet, IndicatorUnit, Indicators } from './types';
export {
  INDICATOR_DEFINITIONS,
  MAX_CLIENTS_PER_PROFESSIONAL,
  MIN_CLIENTS_PER_PROFESSIONAL,
  UNAVAILABLE,
  type IndicatorDefinition,
} from './definitions';
export { computeIndicators } from './computeIndicators';
export { indicatorList, indicatorValues } from './values';
export { formatIndicatorValue, formatNumberId } from './format';
