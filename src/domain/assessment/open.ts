/**
 * The one entry that composes a standard, answers, roster and profile into everything a screen shows
 * (the questionnaire, Hasil, the report, the assessor and the recap). Pure; like ODK web-forms' engine it has
 * no UI and hands its clients one read-only result, or a typed failure.
 */
import type { AssessmentSnapshot } from '../bundle/schema';
import { checkEligibility, type EligibilityResult } from '../eligibility/check';
import { computeIndicators, indicatorValues, type Indicators } from '../indicators';
import type { Answer } from '../records/assessment';
import type { Assessment } from '../records/assessment';
import { totalClients, type Institution } from '../records/institution';
import type { StaffMember } from '../records/staff';
import { answerSummary, aspectsOf, scoreAssessment, type AnswerMap, type AssessmentScore, type Module, type ScoreInput } from '../scoring';
import { findKhusus, findUmum } from '../standard/registry';
import type { Aspect, Component, Item, Ownership, StandarKhusus, StandarUmum } from '../standard/schema';

export type InstrumentError =
  | { code: 'standard-unknown'; standardId: string; version: string }
  | { code: 'module-unknown'; standardId: string; version: string };

export type Instrument = { ok: true; umum: StandarUmum; khusus: StandarKhusus | null } | { ok: false; error: InstrumentError };

type StandardRef = Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>;

/** The exact standard versions an assessment was started on (never silently the newest). */
export function resolveInstrument(a: StandardRef): Instrument {
  const umum = findUmum(a.standardId, a.standardVersion);
  if (!umum) return { ok: false, error: { code: 'standard-unknown', standardId: a.standardId, version: a.standardVersion } };
  const khusus = findKhusus(a.khususId, a.khususVersion);
  if (a.khususId && !khusus) {
    return { ok: false, error: { code: 'module-unknown', standardId: a.khususId, version: a.khususVersion ?? '?' } };
  }
  return { ok: true, umum, khusus };
}

export interface PlacedItem {
  item: Item;
  aspect: Aspect;
  component: Component;
  module: Module;
  /** 0-based position in the whole instrument. */
  index: number;
}

/**
 * Every item that applies to the panti, in instrument order: the six umum aspects, then the khusus module.
 * Items written for the other ownership (a yayasan deed for a government UPT) are left out.
 */
export function placeItems(umum: StandarUmum, khusus: StandarKhusus | null, ownership?: Ownership | null): PlacedItem[] {
  const out: PlacedItem[] = [];
  for (const { aspect, module } of aspectsOf({ umum, khusus, ownership })) {
    for (const component of aspect.components)
      for (const item of component.items) out.push({ item, aspect, component, module, index: out.length });
  }
  return out;
}

export function indicatorsFor(staff: readonly StaffMember[], institution: Institution | null | undefined): Indicators {
  return computeIndicators([...staff], institution ? totalClients(institution) : null);
}

/** The engine's input: the one place where answers, roster indicators and ownership meet the standard. */
export function composeScoreInput(
  umum: StandarUmum,
  khusus: StandarKhusus | null,
  answers: readonly Answer[] | AnswerMap,
  staff: readonly StaffMember[],
  institution: Institution | null | undefined,
): { input: ScoreInput; indicators: Indicators } {
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
