export {
  openAssessment,
  resolveInstrument,
  placeItems,
  composeScoreInput,
  indicatorsFor,
  type Instrument,
  type InstrumentError,
  type OpenResult,
  type OpenedAssessment,
  type PlacedItem,
} from './open';
