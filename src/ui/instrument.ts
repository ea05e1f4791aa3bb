import type { Answer, Assessment, Institution, StaffMember } from '../domain/records';
import { totalClients } from '../domain/records';
import type { Aspect, Component, Item, StandarKhusus, StandarUmum } from '../domain/standard/schema';
import { findKhusus, findUmum } from '../domain/standard/registry';
import { answerSummary, scoreAssessment, type AssessmentScore, type Module } from '../domain/scoring';
import { computeIndicators, indicatorValues, type Indicators } from '../domain/indicators';

/** The exact standard versions an assessment was started on (never silently the newest). */
export type Instrument =
  | { ok: true; umum: StandarUmum; khusus: StandarKhusus | null }
  | { ok: false; message: string };

export function instrumentFor(a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>): Instrument {
  const umum = findUmum(a.standardId, a.standardVersion);
  if (!umum) {
    return { ok: false, message: `Standar ${a.standardId} versi ${a.standardVersion} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.` };
  }
  const khusus = findKhusus(a.khususId, a.khususVersion);
  if (a.khususId && !khusus) {
    return { ok: false, message: `Modul ${a.khususId} versi ${a.khususVersion ?? '?'} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.` };
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

/** Every item in instrument order: the six umum aspects, then the khusus module as one more aspect. */
export function placeItems(umum: StandarUmum, khusus: StandarKhusus | null): PlacedItem[] {
  const out: PlacedItem[] = [];
  const add = (aspects: Aspect[], module: Module) => {
    for (const aspect of aspects)
      for (const component of aspect.components)
        for (const item of component.items) out.push({ item, aspect, component, module, index: out.length });
  };
  add(umum.aspects, 'umum');
  add(khusus?.aspects ?? [], 'khusus');
  return out;
}

export function indicatorsFor(staff: StaffMember[], institution: Institution | null | undefined): Indicators {
  return computeIndicators(staff, institution ? totalClients(institution) : null);
}

/** Scores stored answers the way every screen shows them: with the roster's indicators for computed items. */
export function scoreStored(
  umum: StandarUmum,
  khusus: StandarKhusus | null,
  answers: readonly Answer[],
  staff: StaffMember[],
  institution: Institution | null | undefined,
): { score: AssessmentScore; indicators: Indicators } {
  const indicators = indicatorsFor(staff, institution);
  return {
    score: scoreAssessment({ umum, khusus, answers: answerSummary(answers), indicators: indicatorValues(indicators) }),
    indicators,
  };
}
