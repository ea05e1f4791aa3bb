/** The instrument of an assessment from the whole registry (every standard file loaded), for screens that may need any. */
import type { Assessment } from '../domain/records';
import { resolveInstrument } from '../domain/assessment/resolve';
import { instrumentErrorText } from './messages';
import type { Instrument } from './instrument';

export function instrumentFor(a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>): Instrument {
  const r = resolveInstrument(a);
  return r.ok ? r : { ok: false, message: instrumentErrorText(r.error) };
}
