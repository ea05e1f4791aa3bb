/**
 * The one entry that composes a standard, answers, roster and profile into everything a screen shows
 * (the questionnaire, Hasil, the report, the assessor and the recap). Pure; like ODK web-forms' engine it has
 * no UI and hands its clients one read-only result, or a typed failure.
 */
import type { EligibilityResult } from '../eligibility/check';
import { computeIndicators, indicatorValues, type Indicators } from '../indicators';
import type { Answer } from '../records/assessment';
import type { Assessment } from '../records/assessment';
import { totalClients, type Institution } from '../records/institution';
import type { StaffMember } from '../records/staff';
import { answerSummary, aspectsOf, type AnswerMap, type AssessmentScore, type Module, type ScoreInput } from '../scoring';
import type {
  AspectOf,
  ComponentOf,
  Item,
  ItemCoreFields,
  Ownership,
  StandardFile,
  StandardFileOf,
  StandarKhusus,
  StandarKhususOf,
  StandarUmum,
  StandarUmumOf,
} from '../standard/schema';

export type InstrumentError =
  | { code: 'standard-unknown'; standardId: string; version: string }
  | { code: 'module-unknown'; standardId: string; version: string };

/** The standards an assessment is scored on: whole files (Item) or, on the questionnaire's way, their cores (ItemCore). */
export type InstrumentOf<I extends ItemCoreFields> = { ok: true; umum: StandarUmumOf<I>; khusus: StandarKhususOf<I> | null } | { ok: false; error: InstrumentError };
export type Instrument = { ok: true; umum: StandarUmum; khusus: StandarKhusus | null } | { ok: false; error: InstrumentError };

type StandardRef = Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>;

/** Finds one standard file by id and version (the registry, or the standards loaded so far). */
export type StandardLookup<F extends StandardFileOf<ItemCoreFields> = StandardFile> = (id: string, version: string) => F | null;

/**
 * The exact standard versions an assessment was started on (never silently the newest), looked up with `find`
 * (src/domain/assessment/resolve.ts passes the whole registry; the questionnaire the files it loaded).
 */
export function resolveInstrumentWith(a: StandardRef, find: StandardLookup): Instrument;
export function resolveInstrumentWith<I extends ItemCoreFields>(a: StandardRef, find: StandardLookup<StandardFileOf<I>>): InstrumentOf<I>;
export function resolveInstrumentWith<I extends ItemCoreFields>(a: StandardRef, find: StandardLookup<StandardFileOf<I>>): InstrumentOf<I> {
  const u = find(a.standardId, a.standardVersion);
  const umum = u?.kind === 'umum' ? u : null;
  if (!umum) return { ok: false, error: { code: 'standard-unknown', standardId: a.standardId, version: a.standardVersion } };
  const k = a.khususId && a.khususVersion ? find(a.khususId, a.khususVersion) : null;
  const khusus = k?.kind === 'khusus' ? k : null;
  if (a.khususId && !khusus) {
    return { ok: false, error: { code: 'module-unknown', standardId: a.khususId, version: a.khususVersion ?? '?' } };
  }
  return { ok: true, umum, khusus };
}

export interface PlacedItem<I extends ItemCoreFields = Item> {
  item: I;
  aspect: AspectOf<I>;
  component: ComponentOf<I>;
  module: Module;
  /** 0-based position in the whole instrument. */
  index: number;
}

/**
 * Every item that applies to the panti, in instrument order: the six umum aspects, then the khusus module.
 * Items written for the other ownership (a yayasan deed for a government UPT) are left out.
 */
export function placeItems<I extends ItemCoreFields = Item>(
  umum: StandarUmumOf<I>,
  khusus: StandarKhususOf<I> | null,
  ownership?: Ownership | null,
): PlacedItem<I>[] {
  const out: PlacedItem<I>[] = [];
  for (const { aspect, module } of aspectsOf<I>({ umum, khusus, ownership })) {
    for (const component of aspect.components)
      for (const item of component.items) out.push({ item, aspect, component, module, index: out.length });
  }
  return out;
}

export function indicatorsFor(staff: readonly StaffMember[], institution: Institution | null | undefined): Indicators {
  return computeIndicators([...staff], institution ? totalClients(institution) : null);
}

/** The engine's input: the one place where answers, roster indicators and ownership meet the standard. */
export function composeScoreInput<I extends ItemCoreFields = Item>(
  umum: StandarUmumOf<I>,
  khusus: StandarKhususOf<I> | null,
  answers: readonly Answer[] | AnswerMap,
  staff: readonly StaffMember[],
  institution: Institution | null | undefined,
): { input: ScoreInput<I>; indicators: Indicators } {
  const indicators = indicatorsFor(staff, institution);
  return {
    indicators,
    input: {
      umum,
      khusus,
      answers: Array.isArray(answers) ? answerSummary(answers as Answer[]) : (answers as AnswerMap),
      indicators: indicatorValues(indicators),
      ownership: institution?.ownership ?? null,
    },
  };
}

export interface OpenedAssessment {
  umum: StandarUmum;
  khusus: StandarKhusus | null;
  items: PlacedItem[];
  itemsById: Map<string, Item>;
  input: ScoreInput;
  indicators: Indicators;
  score: AssessmentScore;
  /** null when the standard has no eligibility check (1.0.0). */
  eligibility: EligibilityResult | null;
}

export type OpenResult = ({ ok: true } & OpenedAssessment) | { ok: false; error: InstrumentError };
