/**
 * The report model: everything the PDF report prints, as plain data (Indonesian strings, formatted numbers).
 * Built by pure code from a snapshot, the standard(s) it was started on, the scoring engine and the indicators.
 * The renderer (src/pdf) only lays this out; it decides nothing.
 */
import type { AssessmentSnapshot, BundleContent } from '../bundle/schema';
import { shortCode } from '../bundle/integrity';
import { composeScoreInput } from '../assessment/open';
import { checkEligibility } from '../eligibility/check';
import { computeIndicators, formatIndicatorValue, indicatorList } from '../indicators';
import { expiryState } from '../records/evidence';
import { institutionTypeLabel, OWNERSHIPS, totalClients } from '../records/institution';
import { staffRole } from '../records/staff';
import { nextGradeSet, rankGaps, scoreAssessment, type AssessmentScore, type ScoreInput } from '../scoring';
import type { Item, Level, StandarKhusus, StandarUmum } from '../standard/schema';
import { formatDateId, formatPercent, formatScore, reportFileName } from './format';
import { buildReportComparison, type EarlierAssessment, type ReportComparison } from './comparison';
import { GAP_TABLE_LIMIT, lossText, rankReportGaps } from './gapTable';
import { buildActionPlan, type ReportActionPlan } from './actionPlan';
import { buildReportVerification, type ReportVerification } from './verification';
import { contributorsByAspect } from '../team/progress';

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

const dash = (s: string) => (s.trim() === '' ? '—' : s);

export function levelLabel(level: Level | null, source: string): string {
  if (source === 'na') return 'N/A';
  if (level === null) return 'Belum dijawab';
  return `Tingkat ${level}`;
}

function gradeNote(score: AssessmentScore): string {
  const g = score.grade;
  switch (g.status) {
    case 'grade':
      return `Perkiraan masa berlaku akreditasi ${g.validityYears} tahun`;
    case 'critical-unmet':
      return `${g.unmetCritical.length} butir kritis belum terpenuhi`;
    case 'incomplete':
      return 'Terlalu sedikit butir terjawab untuk perkiraan peringkat';
    case 'below':
      return 'Belum mencapai batas peringkat terendah';
  }
}

function itemIndex(input: Pick<ScoreInput, 'umum' | 'khusus'>): Map<string, Item> {
  const map = new Map<string, Item>();
  const aspects = [...input.umum.aspects, ...(input.khusus?.aspects ?? [])];
  for (const a of aspects) for (const c of a.components) for (const i of c.items) map.set(i.id, i);
  return map;
}

/** The engine's input for a snapshot: answers, plus indicator values from the staff roster and the profile. */
export function scoreInputFor(snapshot: AssessmentSnapshot, umum: StandarUmum, khusus: StandarKhusus | null): ScoreInput {
  return composeScoreInput(umum, khusus, snapshot.answers, snapshot.staff, snapshot.institution).input;
}

/**
 * The snapshot a one-assessment bundle carries. The report is built from the sealed bundle itself, so what it prints
 * is exactly what the integrity hash covers.
 */
export function snapshotOfBundle(content: BundleContent): AssessmentSnapshot | null {
  const assessment = content.assessments[0];
  const institution = content.institutions.find((i) => i.id === assessment?.institutionId);
  if (!assessment || !institution) return null;
  const mine = <T extends { assessmentId: string }>(rows: T[]) => rows.filter((r) => r.assessmentId === assessment.id);
  return {
    institution,
    assessment,
    answers: mine(content.answers),
    staff: mine(content.staff),
    evidence: mine(content.evidence),
    actions: mine(content.actions),
    reviews: mine(content.reviews),
    reviewMeta: content.reviewMeta.find((r) => r.assessmentId === assessment.id) ?? null,
  };
}

/** YYYY-MM-DD of an ISO time in the device's own time zone (the one formatter). */
export { localDateOf } from '../format';
import { localDateOf } from '../format';

const expiredMark = (expiry: string, today: string) => (expiryState(expiry, today) === 'expired' ? ' — KEDALUWARSA' : '');

export function buildReportModel(input: ReportInput): ReportModel {
  const { snapshot, umum, khusus } = input;
  const { institution: inst, assessment } = snapshot;
  const scoreInput = scoreInputFor(snapshot, umum, khusus);
  const score = scoreAssessment(scoreInput);
  const defs = itemIndex(scoreInput);
  const answers = new Map(snapshot.answers.map((a) => [a.itemId, a]));
  const evidenceCount = new Map<string, number>();
  for (const e of snapshot.evidence) for (const id of new Set(e.itemIds)) evidenceCount.set(id, (evidenceCount.get(id) ?? 0) + 1);

  const draft = assessment.status !== 'final';
  const code = shortCode(input.integrityHash);
  const standardLabel = `${umum.title} versi ${umum.version}`;
  const khususLabel = khusus ? `${khusus.title} versi ${khusus.version}` : null;
  const totalText = formatScore(score.total);
  const gNote = gradeNote(score);
  // One date everywhere in the document, in the device's own zone (WIB, WITA or WIT): never the UTC date.
  const today = localDateOf(input.exportedAt);

  const aspects: ReportAspect[] = score.aspects.map((a) => {
    const source = (a.module === 'umum' ? umum.aspects : (khusus?.aspects ?? [])).find((x) => x.id === a.id);
    return {
      id: a.id,
      name: a.name,
      module: a.module,
      weight: a.weight,
      score: a.score,
      scoreText: formatScore(a.score),
      completionText: `${a.completion.answered}/${a.completion.total}`,
      components: (source?.components ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        scoreText: formatScore(a.components.find((x) => x.id === c.id)?.score ?? null),
        items: c.items.map((item) => {
          const s = score.itemsById[item.id];
          const answer = answers.get(item.id);
          const level = s?.level ?? null;
          const src = s?.source ?? 'unanswered';
          return {
            id: item.id,
            statement: item.statement,
            critical: item.critical,
            level,
            levelLabel: levelLabel(level, src) + (src === 'computed' ? ' (dihitung)' : ''),
            descriptor: level === null ? '' : item.levels[level],
            computedNote: s?.computed ? s.computed.explanation : '',
            naReason: src === 'na' ? (answer?.naReason ?? '') : '',
            note: answer?.note ?? '',
            evidenceCount: evidenceCount.get(item.id) ?? 0,
            weight: item.weight,
          };
        }),
      })),
    };
  });

  const ind = computeIndicators(snapshot.staff, totalClients(inst));
  const indicatorNotes: string[] = [];
  if (ind.missingUnsur.length > 0) indicatorNotes.push(`Unsur SDM yang belum ada: ${ind.missingUnsur.join(', ')}.`);
  if (ind.withinRatio !== null)
    indicatorNotes.push(
      ind.withinRatio
        ? 'Rasio penerima manfaat per tenaga profesional memenuhi standar (paling banyak 10 penerima manfaat per tenaga profesional).'
        : 'Rasio penerima manfaat per tenaga profesional melebihi standar (paling banyak 10 penerima manfaat per tenaga profesional).',
    );
  indicatorNotes.push(`Jumlah SDM terdata: ${snapshot.staff.length} orang.`);

  const staffRows: ReportModel['staff'] = [...snapshot.staff]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((m) => [
      [staffRole(m.role)?.label ?? m.role, m.name.trim()].filter(Boolean).join(' — '),
      m.unsur,
      m.education,
      m.employment === 'tetap' ? 'Tetap' : m.employment === 'relawan' ? 'Relawan' : 'Tidak tetap',
      m.certified ? 'Ya' : 'Tidak',
      m.trainedLast12Months ? 'Ya' : 'Tidak',
    ]);
  const gapList = rankGaps(scoreInput, score);
  const ranked = rankReportGaps(gapList, score, GAP_TABLE_LIMIT);
  const criticalMin = umum.scoring.criticalMinLevel;
  const gapTable: ReportModel['gapTable'] = {
    note: `Celah adalah butir yang berlaku di bawah tingkat 4 (butir yang belum dijawab dihitung tingkat 0). Tabel ini memuat paling banyak ${GAP_TABLE_LIMIT} celah terpenting, diurutkan menurut patokan aplikasi: butir kritis yang belum mencapai tingkat ${criticalMin} lebih dulu, lalu menurut skor yang hilang di aspeknya, yaitu bobot butir × (4 − tingkat saat ini).`,
    rows: ranked.rows.map((r) => ({
      rank: r.rank,
      itemId: r.itemId,
      statement: r.shortStatement,
      levelLabel: levelLabel(r.level, r.source),
      critical: r.critical,
      criticalUnmet: r.criticalUnmet,
      lossText: lossText(r),
    })),
    total: ranked.total,
    moreText:
      ranked.hidden > 0
        ? `Masih ada ${ranked.hidden} celah lain yang tidak dicetak di sini (seluruhnya ${ranked.total}). Aplikasi Swanilai Panti mencantumkan semuanya di halaman Hasil (bagian Celah); tingkat setiap butir tercetak di bagian 3.`
        : null,
  };
  const actionPlan = buildActionPlan(snapshot.actions, today);

  const next = nextGradeSet(scoreInput, score);
  const nextGrade = next
    ? next.reachable
      ? `Menuju peringkat ${next.target.grade}: naikkan ${next.items.length} butir ke tingkat 4 (${next.items
          .slice(0, 12)
          .map((g) => g.itemId)
          .join(', ')}${next.items.length > 12 ? ', …' : ''}).`
      : `Peringkat ${next.target.grade} belum dapat dicapai walaupun semua butir dinaikkan ke tingkat 4.`
    : null;

  const evidence: ReportEvidence[] = [...snapshot.evidence]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((e, i) => {
      const state = expiryState(e.expiryDate, today);
      return {
        no: i + 1,
        id: e.id,
        kind: e.kind,
        title: e.title,
        number: dash(e.number),
        issuer: dash(e.issuer),
        issueDate: e.issueDate ? formatDateId(e.issueDate) : '—',
        expiryDate: e.expiryDate ? formatDateId(e.expiryDate) : '—',
        expiryNote: state === 'expired' ? 'Kedaluwarsa' : state === 'expiring' ? 'Segera kedaluwarsa' : '',
        itemIds: e.itemIds.length ? [...e.itemIds].sort().join(', ') : '—',
        isImage: e.mime.startsWith('image/'),
        fileName: e.fileName,
      };
    });

  const byId = new Map(snapshot.evidence.map((e) => [e.id, e]));
  const photoAppendix: ReportModel['photoAppendix'] = {
    note: evidence.some((e) => e.isImage)
      ? `Foto bukti dicetak dalam ukuran yang diperkecil untuk laporan; berkas aslinya tersimpan di perangkat lembaga${input.includesPhotos ? ' dan ikut di dalam berkas asesmen terlampir' : ''}.`
      : 'Tidak ada foto bukti yang dicatat.',
    photos: evidence
      .filter((e) => e.isImage)
      .map((e, i) => {
        const src = byId.get(e.id);
        const dateText = src?.issueDate ? `Tanggal ${formatDateId(src.issueDate)}` : src ? `Dicatat ${formatDateId(localDateOf(src.createdAt))}` : '';
        return {
          evidenceId: e.id,
          no: i + 1,
          evidenceNo: e.no,
          title: e.title.trim() === '' ? e.fileName || 'Foto tanpa judul' : e.title,
          kind: e.kind,
          dateText,
          itemsText: e.itemIds === '—' ? 'Belum dikaitkan dengan butir' : `Mendukung butir ${e.itemIds}`,
        };
      }),
  };

  const address = [inst.address, inst.kelurahan && `Kel. ${inst.kelurahan}`, inst.kecamatan && `Kec. ${inst.kecamatan}`, inst.kabupaten, inst.province]
    .filter((s) => s && s.trim() !== '')
    .join(', ');
  const typeLabel = inst.type === 'lainnya' && inst.typeOther ? `Lainnya: ${inst.typeOther}` : institutionTypeLabel(inst.type);
  const estimateDisclaimer =
    'Perkiraan peringkat dihitung dari ambang dalam berkas standar; bukan keputusan akreditasi BALKS.';

  const eligibility = checkEligibility(umum, inst, snapshot.evidence, today);
  const weightsText = score.aspects.map((a) => `${a.id} ${formatScore(a.weight)}`).join(', ');
  const basis: ReportModel['basis'] = {
    formula: [
      'Skor butir = tingkat ÷ 4 (tingkat 0–4). Butir N/A (hanya bila diizinkan, dengan alasan) tidak dihitung; butir yang belum dijawab bernilai 0.',
      'Skor komponen dan aspek = jumlah(bobot butir × skor butir) ÷ jumlah(bobot butir yang berlaku) × 100. Bobot setiap butir tercetak di halaman penilaian butir.',
      `Skor total = jumlah(bobot aspek × skor aspek) ÷ jumlah(bobot aspek yang punya butir berlaku). Bobot aspek: ${weightsText}.`,
      ...(khusus?.totalShare !== undefined
        ? [`Modul standar khusus memikul ${formatScore(khusus.totalShare)}% skor total; aspek Standar Umum berbagi ${formatScore(100 - khusus.totalShare)}% sesuai bobotnya.`]
        : []),
      `Butir kritis harus mencapai tingkat ${umum.scoring.criticalMinLevel} atau lebih.`,
      ...(umum.scoring.minCompletionForGrade !== undefined
        ? [`Perkiraan peringkat hanya diberikan bila paling sedikit ${formatScore(umum.scoring.minCompletionForGrade)}% butir terjawab.`]
        : []),
    ],
    decisionRule: umum.scoring.decisionRule ?? null,
    gradeSource: umum.scoring.gradeSource ?? null,
    moduleNote: khusus
      ? null
      : 'Perkiraan ini belum memuat standar khusus untuk jenis panti ini: skornya hanya dari Standar Umum dan tidak setara dengan panti yang dinilai dengan modul standar khusus.',
    balks: score.balks.map((b) => ({
      standard: b.standard.charAt(0).toUpperCase() + b.standard.slice(1),
      shareText: `${formatScore(b.share)}%`,
      scoreText: formatScore(b.score),
    })),
    eligibility: eligibility && {
      met: eligibility.met,
      rows: eligibility.requirements.map((r) => [
        r.requirement.label,
        r.status === 'met' ? 'Terpenuhi' : r.status === 'expired' ? 'Kedaluwarsa' : 'Belum ada',
        [r.found?.number ? `Nomor ${r.found.number}` : '', r.found?.expiry ? `berlaku sampai ${formatDateId(r.found.expiry)}` : '']
          .filter(Boolean)
          .join(', ') || '—',
      ]),
    },
  };

  const declared = assessment.declaration;
  const qrText = JSON.stringify({
    app: 'swanilai',
    kode: code,
    sha256: input.integrityHash,
    lembaga: inst.name.slice(0, 80),
    periode: assessment.period.slice(0, 40),
    status: draft ? 'draf' : 'final',
    total: score.total === null ? null : Math.round(score.total * 10) / 10,
    peringkat: score.grade.grade ?? score.grade.status,
    aspek: Object.fromEntries(score.aspects.map((a) => [a.id, a.score === null ? null : Math.round(a.score * 10) / 10])),
  });

  const contributors = assessment.team
    ? contributorsByAspect(
        aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((item) => ({ itemId: item.id, aspectId: a.id })))),
        snapshot.answers,
        assessment.team,
      ).map((c) => ({
        aspect: `${c.aspectId} ${aspects.find((a) => a.id === c.aspectId)?.name ?? ''}`.trim(),
        names: c.contributors.length ? c.contributors.map((p) => `${p.name} (${p.answers} butir)`).join(', ') : 'belum ada jawaban',
      }))
    : null;
  return {
    contributors,
    verification: buildReportVerification(snapshot, scoreInput),
    fileName: reportFileName(inst.name, assessment.period, 'pdf', input.includesPhotos === true),
    draft,
    statusLabel: draft ? 'Draf' : 'Final',
    institutionName: inst.name,
    period: assessment.period,
    hash: input.integrityHash,
    shortCode: code,
    exportedAtText: formatDateId(today),
    standardLabel,
    khususLabel,
    basis,
    staff: staffRows,
    cover: {
      title: 'Laporan Asesmen Mandiri',
      subtitle: umum.title,
      rows: [
        ['Lembaga', inst.name],
        ['Jenis', typeLabel],
        ['Alamat', dash(address)],
        ['Periode', assessment.period],
        ['Standar', standardLabel],
        ...(khususLabel
          ? ([['Modul standar khusus', khususLabel]] as Row[])
          : ([['Modul standar khusus', 'Belum ada untuk jenis panti ini: perkiraan hanya dari Standar Umum, tidak setara dengan panti yang dinilai dengan modul']] as Row[])),
        ['Status', assessment.status === 'final' ? `Final, ${formatDateId(assessment.finalisedAt)}` : 'Draf (belum final)'],
        ['Tanggal ekspor', formatDateId(today)],
        ['Kode integritas', code],
      ],
      totalText,
      gradeLabel: score.grade.label,
      gradeNote: gNote,
    },
    profile: [
      ['Nama lembaga', inst.name],
      ['Jenis panti', typeLabel],
      ['Kepemilikan', OWNERSHIPS.find((o) => o.id === inst.ownership)?.label ?? inst.ownership],
      ['Alamat', dash(inst.address)],
      ['Kelurahan/Desa', dash(inst.kelurahan)],
      ['Kecamatan', dash(inst.kecamatan)],
      ['Kabupaten/Kota', dash(inst.kabupaten)],
      ['Provinsi', inst.province],
      ['Nomor tanda daftar LKS', dash(inst.registrationNumber)],
      ['Tanggal / berlaku s.d.', `${inst.registrationDate ? formatDateId(inst.registrationDate) : '—'} / ${inst.registrationExpiry ? formatDateId(inst.registrationExpiry) : '—'}${expiredMark(inst.registrationExpiry, today)}`],
      ['Nomor izin operasional', dash(inst.permitNumber)],
      ['Tanggal / berlaku s.d. ', `${inst.permitDate ? formatDateId(inst.permitDate) : '—'} / ${inst.permitExpiry ? formatDateId(inst.permitExpiry) : '—'}${expiredMark(inst.permitExpiry, today)}`],
      ['Kapasitas', `${inst.capacity} orang`],
      ['Penerima manfaat', `${totalClients(inst)} orang (laki-laki ${inst.clientsMale}, perempuan ${inst.clientsFemale})`],
      ['Kepala panti', dash(inst.headName)],
      ['Telepon', dash(inst.phone)],
      ['E-mail', dash(inst.email)],
    ],
    summary: {
      total: score.total,
      totalText,
      gradeLabel: score.grade.label,
      gradeNote: gNote,
      estimateDisclaimer,
      completionText: `${score.completion.answered} dari ${score.completion.total} butir terjawab (${formatPercent(score.completion.percent)})`,
      completionPercent: score.completion.percent,
      aspects,
      thresholds: umum.scoring.grades.map((g) => ({ grade: g.grade, min: g.min })),
      unmetCritical: score.grade.unmetCritical.map((id) => {
        const s = score.itemsById[id];
        return { id, statement: defs.get(id)?.statement ?? '', levelLabel: levelLabel(s?.level ?? null, s?.source ?? 'unanswered') };
      }),
      nextGrade,
    },
    aspects,
    comparison: input.earlier ? buildReportComparison(input.earlier, { snapshot, input: scoreInput }) : null,
    indicators: indicatorList(ind).map((x) => ({
      label: x.label,
      value: formatIndicatorValue(x.value, x.unit),
      formula: x.formula,
      reason: x.unavailableReason ?? '',
    })),
    indicatorNotes,
    gapTable,
    actionPlan,
    evidence,
    photoAppendix,
    declaration: {
      statement: `Dengan ini saya menyatakan bahwa data dan jawaban dalam laporan asesmen mandiri ${inst.name} periode ${assessment.period} ini diisi dengan sebenar-benarnya sesuai keadaan lembaga, dan bukti pendukungnya dapat diperiksa oleh asesor.`,
      name: declared?.name ?? '',
      position: declared?.position ?? '',
      place: declared?.place ?? '',
      dateText: declared ? formatDateId(declared.date) : '',
      signed: declared !== null,
    },
    qrText,
    score,
  };
}
