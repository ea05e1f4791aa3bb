/** Display helpers shared by screens (Indonesian conventions). */

/** A 0–100 score for display ("81,2", "75", "—"): the shared formatter. */
export { formatScore } from './scoreFormat';

/** A signed change ("+12,5", "−3", "0"): the one formatter, shared with the report. */
export { formatChange } from '../domain/report/format';

/** Dates and sizes: the one formatter, shared with the PDFs and exports (src/domain/format.ts). */
export { formatDateId, formatDateTimeId, formatBytes } from '../domain/format';
