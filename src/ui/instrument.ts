/**
 * Screens' view of the domain's assessment entry (src/domain/assessment): the same functions, with a typed
 * failure turned into the Indonesian message the screens print. No composition happens here.
 */
import type { Answer, Assessment, Institution, StaffMember } from '../domain/records';
import { composeScoreInput, resolveInstrument, type PlacedItem } from '../domain/assessment';
import type { StandarKhusus, StandarUmum } from '../domain/standard/schema';
import { scoreAssessment, type AssessmentScore } from '../domain/scoring';
import type { Indicators } from '../domain/indicators';
import { instrumentErrorText } from './messages';

export { placeItems, indicatorsFor } from '../domain/assessment';
export type { PlacedItem };

export type Instrument =
  | { ok: true; umum: StandarUmum; khusus: StandarKhusus | null }
  | { ok: false; message: string };

export function instrumentFor(a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>): Instrument {
  const r = resolveInstrument(a);
  return r.ok ? r : { ok: false, message: instrumentErrorText(r.error) };
}

/** Scores stored answers the way every screen shows them (composed once, in src/domain/assessment). */
export function scoreStored(
  umum: StandarUmum,
  khusus: StandarKhusus | null,
  answers: readonly Answer[],
  staff: StaffMember[],
  institution: Institution | null | undefined,
): { score: AssessmentScore; indicators: Indicators } {
  const { input, indicators } = composeScoreInput(umum, khusus, answers, staff, institution);
  return { score: scoreAssessment(input), indicators };
}
