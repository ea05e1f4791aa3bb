// The instrument's fixed lists, apart from the zod schemas that check them: scoring and the indicators read them on
// the first screen of an assessment, which then does not build the standard file's schemas (src/domain/standard/schema.ts).

/** The six standards BALKS judges. */
export const BALKS_STANDARDS = [
  'program pelayanan',
  'proses pelayanan',
  'manajemen organisasi',
  'sumber daya manusia',
  'sarana prasarana',
  'hasil pelayanan',
] as const;

/** Indicators computed from the staff roster and the profile (see src/domain/indicators). */
export const INDICATOR_IDS = [
  'tksCount',
  'clientsPerProfessional',
  'empowermentCapablePct',
  'certifiedSocialWorkerPct',
  'trainedLast12MonthsPct',
  'missingUnsurCount',
] as const;
