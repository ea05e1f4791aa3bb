export { openAssessment, resolveInstrument } from './resolve';
export {
  resolveInstrumentWith,
  placeItems,
  composeScoreInput,
  indicatorsFor,
  type Instrument,
  type InstrumentError,
  type OpenResult,
  type OpenedAssessment,
  type PlacedItem,
  type StandardLookup,
} from './open';
