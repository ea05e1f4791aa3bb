/**
 * A tiny hand-checkable world for the recap tests.
 *
 * Standard (test only): six umum aspects KLB, SDM, SPR, PBY, PSD, MON, each weight 1, each one component with two
 * items of weight 1; KLB-1.1 is critical (met at level ≥ 3). Grades A ≥ 91, B ≥ 81, C ≥ 71.
 * Khusus module (bina-laras): aspect BNL weight 1, items BNL-1.1, BNL-1.2. Item score = level ÷ 4.
 */
import type { Bundle } from '../../../../src/domain/bundle/schema';
import { assessmentSchema, type Answer, type Assessment, type EvidenceDoc, type Institution, type StaffMember } from '../../../../src/domain/records';
import { staffRole, type StaffRoleId } from '../../../../src/domain/records/staff';
import type { RecapSourceInput } from '../../../../src/domain/recap';
import type { StandardResolver } from '../../../../src/domain/recap';
import type { Item, StandarKhusus, StandarUmum } from '../../../../src/domain/standard/schema';

const T = '2026-01-01T00:00:00.000Z';

function item(id: string, critical = false): Item {
  return {
    id,
    statement: `Pernyataan ${id}`,
    guidance: 'g',
    evidence: ['e'],
    answerType: 'level',
    levels: ['l0', 'l1', 'l2', 'l3', 'l4'],
    weight: 1,
    critical,
    naAllowed: false,
    recommendation: 'r',
    source: 'uji',
    balks: 'manajemen organisasi',
  };
}
const aspect = (id: string) => ({
  id,
  name: `Aspek ${id}`,
  description: 'd',
  weight: 1,
  components: [{ id: `${id}-1`, name: `Komponen ${id}-1`, description: 'd', items: [item(`${id}-1.1`, id === 'KLB'), item(`${id}-1.2`)] }],
});

export const UMUM_ASPECTS = ['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MON'] as const;
export const umum: StandarUmum = {
  id: 'uji-umum',
  version: '1.0.0',
  title: 'Uji',
  shortTitle: 'Uji',
  published: '2026-01-01',
  legalBasis: ['uji'],
  retired: [],
  kind: 'umum',
  scoring: {
    grades: [
      { grade: 'A', label: 'Perkiraan A', min: 91, validityYears: 5 },
      { grade: 'B', label: 'Perkiraan B', min: 81, validityYears: 3 },
      { grade: 'C', label: 'Perkiraan C', min: 71, validityYears: 2 },
    ],
    belowLabel: 'Belum memenuhi',
    criticalUnmetLabel: 'Belum memenuhi syarat',
    criticalMinLevel: 3,
  },
  aspects: UMUM_ASPECTS.map(aspect),
};
export const khusus: StandarKhusus = {
  id: 'uji-khusus',
  version: '1.0.0',
  title: 'Uji khusus',
  shortTitle: 'Uji khusus',
  published: '2026-01-01',
  legalBasis: ['uji'],
  retired: [],
  kind: 'khusus',
  appliesTo: ['bina-laras'],
  aspects: [aspect('BNL')],
};

export const resolve: StandardResolver = (a) => ({
  umum: a.standardId === umum.id ? umum : null,
  khusus: a.khususId === khusus.id ? khusus : null,
});
export const describe = (id: string) => ({ statement: `Pernyataan ${id}`, aspectId: id.split('-')[0]! });

export const umumIds = UMUM_ASPECTS.flatMap((a) => [`${a}-1.1`, `${a}-1.2`]);
export const khususIds = ['BNL-1.1', 'BNL-1.2'];

export function institution(id: string, name: string, type: Institution['type'], province: Institution['province'], kabupaten: string): Institution {
  return {
    id,
    name,
    type,
    typeOther: '',
    ownership: 'masyarakat',
    registrationNumber: '',
    registrationDate: '',
    registrationExpiry: '',
    permitNumber: '',
    permitDate: '',
    permitExpiry: '',
    address: '',
    kelurahan: '',
    kecamatan: '',
    kabupaten,
    province,
    capacity: 20,
    clientsMale: 10,
    clientsFemale: 10,
    headName: '',
    phone: '',
    email: '',
    createdAt: T,
    updatedAt: T,
  };
}

let n = 0;
export function staff(assessmentId: string, role: StaffRoleId, opts: { certified?: boolean; empowered?: boolean } = {}): StaffMember {
  n += 1;
  return {
    id: `st${n}`,
    assessmentId,
    name: '',
    role,
    unsur: staffRole(role)!.unsur,
    education: 'S1/D4',
    employment: 'tetap',
    certified: opts.certified ?? false,
    trainedLast12Months: false,
    empowermentCapable: opts.empowered ?? false,
    createdAt: T,
    updatedAt: T,
  };
}

export function evidence(assessmentId: string, id: string, expiryDate: string): EvidenceDoc {
  return {
    id,
    assessmentId,
    kind: 'Izin operasional',
    title: '',
    number: '',
    issuer: '',
    issueDate: '',
    expiryDate,
    itemIds: [],
    fileName: '',
    mime: '',
    size: 0,
    width: 0,
    height: 0,
    createdAt: T,
    updatedAt: T,
  };
}

export function answers(assessmentId: string, levels: Record<string, Answer['level']>): Answer[] {
  return Object.entries(levels).map(([itemId, level]) => ({ assessmentId, itemId, level, na: false, naReason: '', note: '', updatedAt: T }));
}

export const allAt = (ids: string[], level: Answer['level']) => Object.fromEntries(ids.map((id) => [id, level]));

interface SourceSpec {
  id: string;
  inst: Institution;
  assessmentId: string;
  period: string;
  status: 'draft' | 'final';
  updatedAt: string;
  khusus?: boolean;
  levels: Record<string, Answer['level']>;
  staff?: StaffMember[];
  evidence?: EvidenceDoc[];
}

/** A source holding one assessment (the bundle is typed but not sealed: rows never look at the hash). */
export function source(s: SourceSpec): RecapSourceInput {
  const assessment: Assessment = assessmentSchema.parse({
    id: s.assessmentId,
    institutionId: s.inst.id,
    period: s.period,
    standardId: umum.id,
    standardVersion: umum.version,
    khususId: s.khusus ? khusus.id : null,
    khususVersion: s.khusus ? khusus.version : null,
    status: s.status,
    lastItemId: null,
    declaration: s.status === 'final' ? { name: 'Kepala', position: 'Kepala Panti', place: 'Bandung', date: s.updatedAt.slice(0, 10) } : null,
    finalisedAt: s.status === 'final' ? s.updatedAt : null,
    history: [],
    createdAt: T,
    updatedAt: s.updatedAt,
  });
  const bundle: Bundle = {
    format: 'swanilai-bundle',
    formatVersion: 1,
    kind: 'assessment',
    institutions: [s.inst],
    assessments: [assessment],
    answers: answers(s.assessmentId, s.levels),
    staff: s.staff ?? [],
    evidence: s.evidence ?? [],
    files: [],
    actions: [],
    reviews: [],
    reviewMeta: [],
    exportedAt: s.updatedAt,
    app: { version: '0', build: 'uji' },
    integrity: { algorithm: 'SHA-256', hash: s.id.padEnd(64, '0') },
  };
  return { id: s.id, fileName: `${s.id}.json`, importedAt: '2026-11-22T08:00:00.000Z', bundle };
}

export const I1 = institution('i1', 'LKSA "Satu", Bandung', 'lksa', 'Jawa Barat', 'Kota Bandung');
export const I2 = institution('i2', 'PSBL Dua', 'bina-laras', 'Jawa Barat', 'Kabupaten Bogor');
export const I3 = institution('i3', 'LKSA Tiga', 'lksa', 'Jawa Tengah', 'Kota Semarang');

/**
 * The fixture set (recap date 2026-11-22):
 * s1  I1 2026 FINAL (finalised 2026-08-01): every item 4 → total 100, A. Staff: kepala-panti (empowered),
 *     pekerja-sosial (certified, empowered), pekerja-sosial, juru-masak (not welfare) → TKS 3, empowered 2 of 3,
 *     certified social workers 1 of 2. Evidence: expires 2026-01-01 (expired), 2027-01-01 (valid).
 * s2  I1 2026 DRAFT updated later (2026-10-01), same period: the final s1 must still win.
 * s3  I2 2026 DRAFT (2026-09-01), bina-laras with khusus: every item 2 → superseded by s4.
 * s4  I2 2026 DRAFT (2026-10-01): every item 2 except KLB-1.1 = 3 (critical met). NO STAFF, no evidence.
 *     KLB = (0.75 + 0.5) ÷ 2 = 62.5; SDM..MON and BNL = 50; total = (62.5 + 6·50) ÷ 7 = 362.5 ÷ 7 = 51.785714… → below.
 * s5  I3 2025 FINAL (2025-09-01): every item 4 (older period).
 * s6  I3 2026 FINAL (2026-09-15): every item 3 except KLB-1.1 = 2 (critical unmet) and MON-1.2 unanswered.
 *     KLB = (0.5 + 0.75) ÷ 2 = 62.5; SDM, SPR, PBY, PSD = 75; MON = (0.75 + 0) ÷ 2 = 37.5;
 *     total = (62.5 + 4·75 + 37.5) ÷ 6 = 400 ÷ 6 = 66.666… → critical unmet. Completion 11 of 12.
 *     Staff: tks (empowered), pengasuh → TKS 2, empowered 1 of 2, no social worker (0 of 0).
 *     Evidence: expires 2025-05-05 (expired), none (no expiry).
 */
export function fixtureSources(): RecapSourceInput[] {
  const s1 = source({
    id: 's1',
    inst: I1,
    assessmentId: 'a1',
    period: '2026',
    status: 'final',
    updatedAt: '2026-08-01T10:00:00.000Z',
    levels: allAt(umumIds, 4),
    staff: [
      staff('a1', 'kepala-panti', { empowered: true }),
      staff('a1', 'pekerja-sosial', { certified: true, empowered: true }),
      staff('a1', 'pekerja-sosial'),
      staff('a1', 'juru-masak', { empowered: true }),
    ],
    evidence: [evidence('a1', 'e1', '2026-01-01'), evidence('a1', 'e2', '2027-01-01')],
  });
  const s2 = source({ id: 's2', inst: I1, assessmentId: 'a1b', period: ' 2026 ', status: 'draft', updatedAt: '2026-10-01T10:00:00.000Z', levels: allAt(umumIds, 1) });
  const s3 = source({ id: 's3', inst: I2, assessmentId: 'a2', period: '2026', status: 'draft', updatedAt: '2026-09-01T10:00:00.000Z', khusus: true, levels: allAt([...umumIds, ...khususIds], 2) });
  const s4 = source({
    id: 's4',
    inst: I2,
    assessmentId: 'a2',
    period: '2026',
    status: 'draft',
    updatedAt: '2026-10-01T10:00:00.000Z',
    khusus: true,
    levels: { ...allAt([...umumIds, ...khususIds], 2), 'KLB-1.1': 3 },
  });
  const s5 = source({ id: 's5', inst: I3, assessmentId: 'a3old', period: '2025', status: 'final', updatedAt: '2025-09-01T10:00:00.000Z', levels: allAt(umumIds, 4) });
  const levels6: Record<string, Answer['level']> = { ...allAt(umumIds, 3), 'KLB-1.1': 2 };
  delete levels6['MON-1.2'];
  const s6 = source({
    id: 's6',
    inst: I3,
    assessmentId: 'a3',
    period: '2026',
    status: 'final',
    updatedAt: '2026-09-15T10:00:00.000Z',
    levels: levels6,
    staff: [staff('a3', 'tks', { empowered: true }), staff('a3', 'pengasuh')],
    evidence: [evidence('a3', 'e3', '2025-05-05'), evidence('a3', 'e4', '')],
  });
  return [s1, s2, s3, s4, s5, s6];
}
