/**
 * The domain's assessment entry over the whole registry (every standard file, every version): for screens and
 * tools that may meet any version. The questionnaire resolves with only the files it loaded (resolveInstrumentWith
 * in ./open.ts), so its first question does not wait for the whole instrument.
 */
import type { AssessmentSnapshot } from '../bundle/schema';
import { checkEligibility } from '../eligibility/check';
import { scoreAssessment } from '../scoring';
import { findStandard } from '../standard/registry';
import type { Assessment } from '../records/assessment';
import { composeScoreInput, placeItems, resolveInstrumentWith, type Instrument, type OpenResult } from './open';

/** The exact standard versions an assessment was started on (never silently the newest). */
export function resolveInstrument(a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>): Instrument {
  return resolveInstrumentWith(a, findStandard);
}

/** `today` (YYYY-MM-DD, the user's zone) decides which documents are expired. */
export function openAssessment(snapshot: Omit<AssessmentSnapshot, 'actions' | 'reviews' | 'reviewMeta'>, today: string): OpenResult {
  const instrument = resolveInstrument(snapshot.assessment);
  if (!instrument.ok) return instrument;
  const { umum, khusus } = instrument;
  const { input, indicators } = composeScoreInput(umum, khusus, snapshot.answers, snapshot.staff, snapshot.institution);
  const items = placeItems(umum, khusus, snapshot.institution.ownership);
  return {
    ok: true,
    umum,
    khusus,
    items,
    itemsById: new Map(items.map((p) => [p.item.id, p.item])),
    input,
    indicators,
    score: scoreAssessment(input),
    eligibility: checkEligibility(umum, snapshot.institution, snapshot.evidence, today),
  };
}
