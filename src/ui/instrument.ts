/**
 * Screens' view of the domain's assessment entry (src/domain/assessment): the same functions, with a typed
 * failure turned into the Indonesian message the screens print. No composition happens here.
 */
import type { Answer, Assessment, Institution, StaffMember } from '../domain/records';
import { useEffect, useState } from 'react';
import { composeScoreInput, resolveInstrumentWith, type PlacedItem } from '../domain/assessment/open';
import { loadAspectDetails, loadedAspectDetails, loadedStandard, loadedStandardCore, loadStandard, loadStandardCore } from '../domain/standard/lazy';
import type { Item, ItemCore, ItemCoreFields, StandardFileOf, StandarKhususOf, StandarUmumOf } from '../domain/standard/schema';
import { withDetails, type AspectDetails } from '../domain/standard/split';
import { scoreAssessment, type AssessmentScore } from '../domain/scoring';
import type { Indicators } from '../domain/indicators';
import { instrumentErrorText } from './messages';

export { placeItems, indicatorsFor } from '../domain/assessment/open';
export type { PlacedItem };

export type InstrumentOf<I extends ItemCoreFields> =
  | { ok: true; umum: StandarUmumOf<I>; khusus: StandarKhususOf<I> | null }
  | { ok: false; message: string };
export type Instrument = InstrumentOf<Item>;
/** The standards' cores only (no items' long texts): what the questionnaire needs until it shows an item. */
export type CoreInstrument = InstrumentOf<ItemCore>;

type StandardRef = Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>;
const refKey = (a: StandardRef) => [a.standardId, a.standardVersion, a.khususId ?? '', a.khususVersion ?? ''].join('|');
const refsOf = (a: StandardRef): [string, string][] =>
  a.khususId && a.khususVersion ? [[a.standardId, a.standardVersion], [a.khususId, a.khususVersion]] : [[a.standardId, a.standardVersion]];

/** How one kind of instrument (whole files or cores) is loaded: the files loaded so far, and the loader. */
interface Loader<I extends ItemCoreFields> {
  loaded: (id: string, version: string) => StandardFileOf<I> | null | undefined;
  load: (id: string, version: string) => Promise<unknown>;
  resolved: Map<string, InstrumentOf<I>>;
}

const whole: Loader<Item> = { loaded: loadedStandard, load: loadStandard, resolved: new Map() };
const cores: Loader<ItemCore> = { loaded: loadedStandardCore, load: loadStandardCore, resolved: new Map() };

/** The instrument from the files loaded so far (one object per assessment's versions); undefined while one is still to be loaded. */
function loadedInstrument<I extends ItemCoreFields>(loader: Loader<I>, a: StandardRef): InstrumentOf<I> | undefined {
  const key = refKey(a);
  const known = loader.resolved.get(key);
  if (known) return known;
  if (refsOf(a).some(([id, version]) => loader.loaded(id, version) === undefined)) return undefined;
  const r = resolveInstrumentWith<I>(a, (id, version) => loader.loaded(id, version) ?? null);
  const instrument: InstrumentOf<I> = r.ok ? r : { ok: false, message: instrumentErrorText(r.error) };
  loader.resolved.set(key, instrument);
  return instrument;
}

function useLoadedInstrument<I extends ItemCoreFields>(loader: Loader<I>, a: StandardRef | null | undefined): InstrumentOf<I> | null | undefined {
  const key = a ? refKey(a) : '';
  const [state, setState] = useState<{ key: string; value: InstrumentOf<I> | undefined }>(() => ({ key, value: a ? loadedInstrument(loader, a) : undefined }));
  const current = state.key === key ? state.value : a ? loadedInstrument(loader, a) : undefined;
  useEffect(() => {
    if (!a || current !== undefined) return;
    let live = true;
    void Promise.all(refsOf(a).map(([id, version]) => loader.load(id, version))).then(() => {
      if (live) setState({ key, value: loadedInstrument(loader, a) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, current === undefined]);
  if (!a) return a === null ? null : undefined;
  return current;
}

/** A file that loaded but is not the one named (a broken build): the standard is unknown to this app. */
const unknownStandard = (a: StandardRef) =>
  ({ ok: false, message: instrumentErrorText({ code: 'standard-unknown', standardId: a.standardId, version: a.standardVersion }) }) as const;

/** The cores of an assessment's standard files, loaded if need be (for a live read outside React's render). */
export async function loadCoreInstrument(a: StandardRef): Promise<CoreInstrument> {
  await Promise.all(refsOf(a).map(([id, version]) => cores.load(id, version)));
  return loadedInstrument(cores, a) ?? unknownStandard(a);
}

/** The whole files of an assessment's standards, loaded if need be. */
export async function loadWholeInstrument(a: StandardRef): Promise<Instrument> {
  await Promise.all(refsOf(a).map(([id, version]) => whole.load(id, version)));
  return loadedInstrument(whole, a) ?? unknownStandard(a);
}

/**
 * The instrument of an assessment, loading only its own standard files (src/domain/standard/lazy.ts): undefined
 * until they are loaded (at once when an earlier screen loaded them), then the same result as the registry gives.
 */
export function useInstrument(a: StandardRef | null | undefined): Instrument | null | undefined {
  return useLoadedInstrument(whole, a);
}

/** The same, with the standards' cores only: the items without their long texts (see useItemDetails). */
export function useCoreInstrument(a: StandardRef | null | undefined): CoreInstrument | null | undefined {
  return useLoadedInstrument(cores, a);
}

/**
 * An item with its long texts, loading its aspect's texts when they are not loaded yet: undefined meanwhile, null
 * when the build has no texts for it (a broken build).
 */
export function useItemDetails(a: StandardRef, placed: PlacedItem<ItemCoreFields>): Item | null | undefined {
  const [id, version] = placed.module === 'khusus' && a.khususId && a.khususVersion ? [a.khususId, a.khususVersion] : [a.standardId, a.standardVersion];
  const aspectId = placed.aspect.id;
  const key = `${id}|${version}|${aspectId}`;
  const known = loadedAspectDetails(id, version, aspectId);
  const [state, setState] = useState<{ key: string; value: AspectDetails | null }>();
  const details = known !== undefined ? known : state?.key === key ? state.value : undefined;
  useEffect(() => {
    if (details !== undefined) return;
    let live = true;
    void loadAspectDetails(id, version, aspectId).then(
      (value) => live && setState({ key, value }),
      () => live && setState({ key, value: null }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, details === undefined]);
  if (details === undefined) return undefined;
  const d = details?.[placed.item.id];
  return d ? withDetails(placed.item, d) : null;
}

/** Scores stored answers the way every screen shows them (composed once, in src/domain/assessment). */
export function scoreStored(
  umum: StandarUmumOf<ItemCoreFields>,
  khusus: StandarKhususOf<ItemCoreFields> | null,
  answers: readonly Answer[],
  staff: StaffMember[],
  institution: Institution | null | undefined,
): { score: AssessmentScore; indicators: Indicators } {
  const { input, indicators } = composeScoreInput<ItemCoreFields>(umum, khusus, answers, staff, institution);
  return { score: scoreAssessment(input), indicators };
}
