/**
 * Small hand-checkable standards for the scoring and indicator tests.
 *
 * Standar Umum fixture (aspect weights sum to 100; item weights in brackets):
 *   KLB  w20  KLB-1: KLB-1.1 [3, CRITICAL]  KLB-1.2 [1]     KLB-2: KLB-2.1 [2]  KLB-2.2 [2]        Σ item weight 8
 *   SDM  w20  SDM-1: SDM-1.1 [2, COMPUTED empowermentCapablePct]  SDM-1.2 [1]                       Σ 3
 *   SPR  w15  SPR-1: SPR-1.1 [1]  SPR-1.2 [1, N/A allowed]                                         Σ 2
 *   PBY  w10  PBY-1: PBY-1.1 [1]  PBY-1.2 [1]                                                      Σ 2
 *   PSD  w25  PSD-1: PSD-1.1 [2]  PSD-1.2 [1]      PSD-2: PSD-2.1 [1]  PSD-2.2 [1]                 Σ 5
 *   MNV  w10  MNV-1: MNV-1.1 [1]  MNV-1.2 [3]                                                      Σ 4
 * Grades: A ≥ 91 (5 th), B ≥ 81 (3 th), C ≥ 71 (2 th); criticalMinLevel 3.
 * SDM-1.1 bands (first match wins): ≥80 → 4, 60–80 → 3, 40–60 → 2, 20–40 → 1, anything else → 0.
 *
 * Khusus fixture: LKA w25, LKA-1: LKA-1.1 [1, CRITICAL]  LKA-1.2 [1].
 */
import type { Item, StandarKhusus, StandarUmum } from '../../../src/domain/standard/schema';
import type { AnswerInput, AnswerMap } from '../../../src/domain/scoring';

type ItemOpts = Partial<Pick<Item, 'critical' | 'naAllowed' | 'computed' | 'balks'>>;

export function item(id: string, weight: number, opts: ItemOpts = {}): Item {
  return {
    id,
    statement: `Pernyataan butir ${id}`,
    guidance: `Penjelasan butir ${id}`,
    evidence: [`Dokumen bukti ${id}`],
    answerType: opts.computed ? 'computed' : 'level',
    levels: [0, 1, 2, 3, 4].map((l) => `Tingkat ${l} butir ${id}`) as Item['levels'],
    weight,
    critical: opts.critical ?? false,
    naAllowed: opts.naAllowed ?? false,
    recommendation: `Rekomendasi butir ${id}`,
    source: 'seed 001',
    balks: opts.balks ?? 'manajemen organisasi',
    ...(opts.computed ? { computed: opts.computed } : {}),
  };
}

const component = (id: string, items: Item[]) => ({ id, name: `Komponen ${id}`, description: `Uraian ${id}`, items });
const aspect = (id: string, weight: number, components: ReturnType<typeof component>[]) => ({
  id,
  name: `Aspek ${id}`,
  description: `Uraian aspek ${id}`,
  weight,
  components,
});

export const empowermentRule: NonNullable<Item['computed']> = {
  indicator: 'empowermentCapablePct',
  explanation: 'Diambil dari data SDM.',
  bands: [
    { level: 4, min: 80 },
    { level: 3, min: 60, max: 80 },
    { level: 2, min: 40, max: 60 },
    { level: 1, min: 20, max: 40 },
    { level: 0 },
  ],
};

export function makeUmum(): StandarUmum {
  return {
    id: 'standar-umum-uji',
    version: '1.0.0',
    title: 'Standar Umum Panti Sosial (uji)',
    shortTitle: 'SU uji',
    published: '2026-01-01',
    legalBasis: ['Kepmensos 50/HUK/2004'],
    retired: [],
    kind: 'umum',
    scoring: {
      grades: [
        { grade: 'A', label: 'Perkiraan A (Sangat Baik)', min: 91, validityYears: 5 },
        { grade: 'B', label: 'Perkiraan B (Baik)', min: 81, validityYears: 3 },
        { grade: 'C', label: 'Perkiraan C (Cukup)', min: 71, validityYears: 2 },
      ],
      belowLabel: 'Belum memenuhi',
      criticalUnmetLabel: 'Belum memenuhi syarat (butir kritis)',
      criticalMinLevel: 3,
    },
    aspects: [
      aspect('KLB', 20, [
        component('KLB-1', [item('KLB-1.1', 3, { critical: true }), item('KLB-1.2', 1)]),
        component('KLB-2', [item('KLB-2.1', 2), item('KLB-2.2', 2)]),
      ]),
      aspect('SDM', 20, [
        component('SDM-1', [
          item('SDM-1.1', 2, { computed: empowermentRule, balks: 'sumber daya manusia' }),
          item('SDM-1.2', 1, { balks: 'sumber daya manusia' }),
        ]),
      ]),
      aspect('SPR', 15, [
        component('SPR-1', [item('SPR-1.1', 1), item('SPR-1.2', 1, { naAllowed: true })]),
      ]),
      aspect('PBY', 10, [component('PBY-1', [item('PBY-1.1', 1), item('PBY-1.2', 1)])]),
      aspect('PSD', 25, [
        component('PSD-1', [item('PSD-1.1', 2), item('PSD-1.2', 1)]),
        component('PSD-2', [item('PSD-2.1', 1), item('PSD-2.2', 1)]),
      ]),
      aspect('MNV', 10, [component('MNV-1', [item('MNV-1.1', 1), item('MNV-1.2', 3)])]),
    ],
  };
}

export function makeKhusus(): StandarKhusus {
  return {
    id: 'khusus-uji',
    version: '1.0.0',
    title: 'Standar Khusus (uji)',
    shortTitle: 'SK uji',
    published: '2026-01-01',
    legalBasis: ['Permensos 30/HUK/2011'],
    retired: [],
    kind: 'khusus',
    appliesTo: ['lksa'],
    aspects: [aspect('LKA', 25, [component('LKA-1', [item('LKA-1.1', 1, { critical: true }), item('LKA-1.2', 1)])])],
  };
}

/**
 * Version 2.0.0 of the umum fixture: KLB-1.2 retired, KLB-1.3 added, PBY-1.2 retired, PBY-1.3 added.
 * Weights unchanged.
 */
export function makeUmumV2(): StandarUmum {
  const v2 = makeUmum();
  v2.version = '2.0.0';
  v2.retired = [
    { id: 'KLB-1.2', version: '2.0.0', reason: 'digabung' },
    { id: 'PBY-1.2', version: '2.0.0', reason: 'dipecah' },
  ];
  const klb1 = v2.aspects[0]!.components[0]!;
  klb1.items = [klb1.items[0]!, item('KLB-1.3', 1)];
  const pby1 = v2.aspects[3]!.components[0]!;
  pby1.items = [pby1.items[0]!, item('PBY-1.3', 1)];
  return v2;
}

/** A copy of a standard with N/A allowed on the given (non-critical) items. */
export function withNaAllowed<T extends StandarUmum | StandarKhusus>(standard: T, ids: string[]): T {
  const copy = structuredClone(standard);
  for (const a of copy.aspects) for (const c of a.components) for (const i of c.items) if (ids.includes(i.id)) i.naAllowed = true;
  return copy;
}

/** All item ids of a standard, in order. */
export function itemIds(standard: StandarUmum | StandarKhusus): string[] {
  return standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)));
}

export const L = (level: AnswerInput['level']): AnswerInput => ({ level, na: false });
export const NA: AnswerInput = { level: null, na: true };

/**
 * The reference answers (umum only, no indicator values), hand-computed:
 *   KLB: (3·1 + 1·0.5 + 2·0.75 + 2·0) ÷ 8 = 5 ÷ 8                    = 62.5   (KLB-2.2 unanswered)
 *        KLB-1 = (3 + 0.5) ÷ 4 = 87.5 · KLB-2 = (1.5 + 0) ÷ 4 = 37.5
 *   SDM: (2·0.5 + 1·1) ÷ 3 = 2 ÷ 3                                     = 66.666…  (SDM-1.1 manual level 2)
 *   SPR: 0.75 ÷ 1 (SPR-1.2 N/A, left out)                              = 75
 *   PBY: (0.25 + 0) ÷ 2                                                = 12.5
 *   PSD: (2·1 + 1·0.75 + 1·0.5 + 1·1) ÷ 5 = 4.25 ÷ 5                   = 85
 *        PSD-1 = 2.75 ÷ 3 = 91.666… · PSD-2 = 1.5 ÷ 2 = 75
 *   MNV: (1·1 + 3·0.5) ÷ 4 = 2.5 ÷ 4                                   = 62.5
 *   Total = (20·62.5 + 20·66.666… + 15·75 + 10·12.5 + 25·85 + 10·62.5) ÷ 100
 *         = (1250 + 1333.333… + 1125 + 125 + 2125 + 625) ÷ 100 = 6583.333… ÷ 100 = 65.8333…
 *   Completion: 15 of 16 (N/A counts as answered) = 93.75 %.
 */
export function referenceAnswers(): Record<string, AnswerInput> {
  return {
    'KLB-1.1': L(4),
    'KLB-1.2': L(2),
    'KLB-2.1': L(3),
    'SDM-1.1': L(2),
    'SDM-1.2': L(4),
    'SPR-1.1': L(3),
    'SPR-1.2': NA,
    'PBY-1.1': L(1),
    'PBY-1.2': L(0),
    'PSD-1.1': L(4),
    'PSD-1.2': L(3),
    'PSD-2.1': L(2),
    'PSD-2.2': L(4),
    'MNV-1.1': L(4),
    'MNV-1.2': L(2),
  };
}

export const REFERENCE_TOTAL = 6583.333333333333 / 100;

/** Every item of the given standards at the given level. */
export function allAt(level: AnswerInput['level'], ...standards: (StandarUmum | StandarKhusus)[]): AnswerMap {
  return Object.fromEntries(standards.flatMap(itemIds).map((id) => [id, L(level)]));
}
