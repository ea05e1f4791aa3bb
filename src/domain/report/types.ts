/** The report model's shapes: everything the PDF prints, as plain data (Indonesian strings, formatted numbers). */
import type { AssessmentSnapshot } from '../bundle/schema';
import type { AssessmentScore } from '../scoring';
import type { Level, StandarKhusus, StandarUmum } from '../standard/schema';
import type { EarlierAssessment, ReportComparison } from './comparison';
import type { ReportActionPlan } from './actionPlan';
import type { ReportVerification } from './verification';

export interface ReportInput {
  snapshot: AssessmentSnapshot;
  umum: StandarUmum;
  khusus: StandarKhusus | null;
  /** SHA-256 (hex) of the embedded bundle's canonical content. */
  integrityHash: string;
  /** When the bundle was sealed (ISO). */
  exportedAt: string;
  /** Whether the embedded bundle carries the photos. */
  includesPhotos?: boolean;
  /** The institution's previous assessment on this device, for the comparison section (absent: no section). */
  earlier?: EarlierAssessment | null;
}

export type Row = [label: string, value: string];

export interface ReportItem {
  id: string;
  statement: string;
  critical: boolean;
  /** "Tingkat 3", "N/A", "Belum dijawab". */
  levelLabel: string;
  level: Level | null;
  /** Descriptor of the effective level, or '' when N/A / unanswered. */
  descriptor: string;
  /** Why the level is what it is when it was computed from the staff roster. */
  computedNote: string;
  naReason: string;
  note: string;
  evidenceCount: number;
  /** The item's weight within its aspect, printed so the total can be recomputed from the pages. */
  weight: number;
}

export interface ReportComponent {
  id: string;
  name: string;
  scoreText: string;
  items: ReportItem[];
}

export interface ReportAspect {
  id: string;
  name: string;
  module: 'umum' | 'khusus';
  weight: number;
  score: number | null;
  scoreText: string;
  completionText: string;
  components: ReportComponent[];
}

/** One row of the ranked gap table (see gapTable.ts for the order). */
export interface ReportGapRow {
  rank: number;
  itemId: string;
  /** The statement, shortened for the table (the full text is on the item pages). */
  statement: string;
  levelLabel: string;
  critical: boolean;
  /** Critical and below the required level: ranked first and marked. */
  criticalUnmet: boolean;
  /** "3 × 2 = 6": weight × (4 − level). */
  lossText: string;
}

export interface ReportEvidence {
  no: number;
  id: string;
  kind: string;
  title: string;
  number: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  /** '', 'Kedaluwarsa', 'Segera kedaluwarsa'. */
  expiryNote: string;
  itemIds: string;
  /** The evidence has an image file (a thumbnail may be printed). */
  isImage: boolean;
  fileName: string;
}

/** One photo of the appendix (Lampiran foto bukti): an image evidence entry of Formulir B and its caption. */
export interface ReportPhotoCaption {
  evidenceId: string;
  /** The photo's number in the appendix (1, 2, …). */
  no: number;
  /** The entry's number in Formulir B. */
  evidenceNo: number;
  title: string;
  kind: string;
  /** "Tanggal 4 Maret 2019", or "Dicatat 20 November 2026" (the day the entry was made) when it has no date. */
  dateText: string;
  /** "Mendukung butir KLB-1.1, KLB-1.2". */
  itemsText: string;
}

export interface ReportModel {
  fileName: string;
  draft: boolean;
  statusLabel: 'Draf' | 'Final';
  institutionName: string;
  period: string;
  hash: string;
  shortCode: string;
  exportedAtText: string;
  standardLabel: string;
  khususLabel: string | null;
  cover: {
    title: string;
    subtitle: string;
    rows: Row[];
    totalText: string;
    gradeLabel: string;
    gradeNote: string;
  };
  profile: Row[];
  summary: {
    total: number | null;
    totalText: string;
    gradeLabel: string;
    gradeNote: string;
    estimateDisclaimer: string;
    completionText: string;
    completionPercent: number;
    aspects: ReportAspect[];
    /** Minimum totals of the grades, for the chart's reference lines. */
    thresholds: { grade: string; min: number }[];
    unmetCritical: { id: string; statement: string; levelLabel: string }[];
    nextGrade: string | null;
  };
  /** How the score is made, printed so an assessor can recompute it, and the 2.x facts beside it. */
  basis: {
    formula: string[];
    decisionRule: string | null;
    gradeSource: string | null;
    /** Said when the type has no standar khusus module (the estimate does not include one). */
    moduleNote: string | null;
    balks: { standard: string; shareText: string; scoreText: string }[];
    eligibility: { met: boolean; rows: [label: string, status: string, detail: string][] } | null;
  };
  aspects: ReportAspect[];
  /** The previous assessment of the institution beside this one; null when there is none. */
  comparison: ReportComparison | null;
  indicators: { label: string; value: string; formula: string; reason: string }[];
  /** The staff roster as a table: role, unsur, education, status, certification, training. */
  staff: [role: string, unsur: string, education: string, employment: string, certified: string, trained: string][];
  indicatorNotes: string[];
  /** The ranked gap table: the gaps that matter most, at most GAP_TABLE_LIMIT rows. */
  gapTable: {
    note: string;
    rows: ReportGapRow[];
    /** Every gap (applicable item below level 4). */
    total: number;
    /** Said under the table when gaps are left out of it; null when every gap is printed. */
    moreText: string | null;
  };
  /** Every action-plan row of the assessment, overdue and open rows first. */
  actionPlan: ReportActionPlan;
  evidence: ReportEvidence[];
  /** The photo appendix after Formulir B: every image evidence entry, in Formulir B order (PDF documents are not in it). */
  photoAppendix: {
    note: string;
    photos: ReportPhotoCaption[];
  };
  declaration: {
    statement: string;
    name: string;
    position: string;
    place: string;
    dateText: string;
    signed: boolean;
  };
  /** The assessor's verification imported by the institution; null when there is none. */
  verification: ReportVerification | null;
  /** Filled as a team: who gave the answers of each aspect (the declaration stays the head's); null when filled alone. */
  contributors: { aspect: string; names: string }[] | null;
  /** Text carried by the QR code: integrity code, institution and totals. */
  qrText: string;
  /** Raw score, for tests and the page summary. */
  score: AssessmentScore;
}
