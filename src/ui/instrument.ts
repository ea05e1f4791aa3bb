/**
 * Screens' view of the domain's assessment entry (src/domain/assessment): the same functions, with a typed
 * failure turned into the Indonesian message the screens print. No composition happens here.
 */
import type { Answer, Assessment, Institution, StaffMember } from '../domain/records';
import { useEffect, useState } from 'react';
import { composeScoreInput, resolveInstrumentWith, type PlacedItem } from '../domain/assessment/open';
import { loadedStandard, loadStandard } from '../domain/standard/lazy';
import type { StandarKhusus, StandarUmum } from '../domain/standard/schema';
import { scoreAssessment, type AssessmentScore } from '../domain/scoring';
import type { Indicators } from '../domain/indicators';
import { instrumentErrorText } from './messages';

export { placeItems, indicatorsFor } from '../domain/assessment/open';
export type { PlacedItem };

export type Instrument =
  | { ok: true; umum: StandarUmum; khusus: StandarKhusus | null }
  | { ok: false; message: string };

type StandardRef = Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>;

const resolved = new Map<string, Instrument>();
const refKey = (a: StandardRef) => [a.standardId, a.standardVersion, a.khususId ?? '', a.khususVersion ?? ''].join('|');

/** The instrument from the files loaded so far (one object per assessment's versions); undefined while one is still to be loaded. */
function loadedInstrument(a: StandardRef): Instrument | undefined {
  const key = refKey(a);
  const known = resolved.get(key);
  if (known) return known;
  const refs: [string, string][] = [[a.standardId, a.standardVersion]];
  if (a.khususId && a.khususVersion) refs.push([a.khususId, a.khususVersion]);
  if (refs.some(([id, version]) => loadedStandard(id, version) === undefined)) return undefined;
  const r = resolveInstrumentWith(a, (id, version) => loadedStandard(id, version) ?? null);
  const instrument: Instrument = r.ok ? r : { ok: false, message: instrumentErrorText(r.error) };
  resolved.set(key, instrument);
  return instrument;
}

/**
 * The instrument of an assessment, loading only its own standard files (src/domain/standard/lazy.ts): undefined
 * until they are loaded (at once when an earlier screen loaded them), then the same result as the registry gives.
 */
export function useInstrument(a: StandardRef | null | undefined): Instrument | null | undefined {
  const key = a ? refKey(a) : '';
  const [state, setState] = useState<{ key: string; value: Instrument | undefined }>(() => ({ key, value: a ? loadedInstrument(a) : undefined }));
  const current = state.key === key ? state.value : a ? loadedInstrument(a) : undefined;
  useEffect(() => {
    if (!a || current !== undefined) return;
    let live = true;
    const loads = [loadStandard(a.standardId, a.standardVersion)];
    if (a.khususId && a.khususVersion) loads.push(loadStandard(a.khususId, a.khususVersion));
    void Promise.all(loads).then(() => {
      if (live) setState({ key, value: loadedInstrument(a) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, current === undefined]);
  if (!a) return a === null ? null : undefined;
  return current;
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
