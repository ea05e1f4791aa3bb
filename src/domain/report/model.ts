/**
 * The report model: everything the PDF report prints, as plain data (Indonesian strings, formatted numbers).
 * Built by pure code from a snapshot, the standard(s) it was started on, the scoring engine and the indicators;
 * each section is made in its own file (items, staff, gapTable, evidence, basis, institution, actionPlan,
 * comparison, verification, contributors, qr), and this file puts them together. The renderer (src/pdf) only
 * lays the model out; it decides nothing.
 */
import type { AssessmentSnapshot, BundleContent } from '../bundle/schema';
import { shortCode } from '../bundle/integrity';
import { composeScoreInput } from '../assessment/open';
import { scoreAssessment, type AssessmentScore, type ScoreInput } from '../scoring';
import type { StandarKhusus, StandarUmum } from '../standard/schema';
import { localDateOf } from '../format';
import { formatDateId, formatPercent, formatScore, reportFileName } from './format';
import { buildReportComparison } from './comparison';
import { buildGapSection } from './gapTable';
import { buildActionPlan } from './actionPlan';
import { buildReportVerification } from './verification';
import { buildReportAspects, itemIndex, levelLabel } from './items';
import { buildStaffSection } from './staff';
import { buildEvidenceList, buildPhotoAppendix } from './evidence';
import { buildBasis } from './basis';
import { addressOf, dash, profileRows, typeLabelOf } from './institution';
import { qrTextOf } from './qr';
import { contributorsOf } from './contributors';
import type { ReportInput, ReportModel, Row } from './types';

export * from './types';
export { levelLabel } from './items';
/** YYYY-MM-DD of an ISO time in the device's own time zone (the one formatter). */
export { localDateOf } from '../format';

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

export function buildReportModel(input: ReportInput): ReportModel {
  const { snapshot, umum, khusus } = input;
  const { institution: inst, assessment } = snapshot;
  const scoreInput = scoreInputFor(snapshot, umum, khusus);
  const score = scoreAssessment(scoreInput);
  const defs = itemIndex(scoreInput);

  const draft = assessment.status !== 'final';
  const code = shortCode(input.integrityHash);
  const standardLabel = `${umum.title} versi ${umum.version}`;
  const khususLabel = khusus ? `${khusus.title} versi ${khusus.version}` : null;
  const totalText = formatScore(score.total);
  const gNote = gradeNote(score);
  // One date everywhere in the document, in the device's own zone (WIB, WITA or WIT): never the UTC date.
  const today = localDateOf(input.exportedAt);

  const aspects = buildReportAspects(snapshot, umum, khusus, score);
  const { gapTable, nextGrade } = buildGapSection(scoreInput, score);
  const evidence = buildEvidenceList(snapshot.evidence, today);
  const typeLabel = typeLabelOf(inst);
  const estimateDisclaimer = 'Perkiraan peringkat dihitung dari ambang dalam berkas standar; bukan keputusan akreditasi BALKS.';
  const declared = assessment.declaration;

  return {
    contributors: contributorsOf(aspects, snapshot.answers, assessment.team),
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
    basis: buildBasis(umum, khusus, score, inst, snapshot.evidence, today),
    ...buildStaffSection(snapshot.staff, inst),
    cover: {
      title: 'Laporan Asesmen Mandiri',
      subtitle: umum.title,
      rows: [
        ['Lembaga', inst.name],
        ['Jenis', typeLabel],
        ['Alamat', dash(addressOf(inst))],
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
    profile: profileRows(inst, today),
    summary: {
      total: score.total,
      totalText,
      gradeLabel: score.grade.label,
      gradeNote: gNote,
      estimateDisclaimer,
      completionText: `${score.completion.answered} dari ${score.completion.total} butir terjawab (${formatPercent(Math.floor(score.completion.percent))})`,
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
    gapTable,
    actionPlan: buildActionPlan(snapshot.actions, today),
    evidence,
    photoAppendix: buildPhotoAppendix(evidence, snapshot.evidence, input.includesPhotos === true),
    declaration: {
      statement: `Dengan ini saya menyatakan bahwa data dan jawaban dalam laporan asesmen mandiri ${inst.name} periode ${assessment.period} ini diisi dengan sebenar-benarnya sesuai keadaan lembaga, dan bukti pendukungnya dapat diperiksa oleh asesor.`,
      name: declared?.name ?? '',
      position: declared?.position ?? '',
      place: declared?.place ?? '',
      dateText: declared ? formatDateId(declared.date) : '',
      signed: declared !== null,
    },
    qrText: qrTextOf(input.integrityHash, code, inst, assessment, score),
    score,
  };
}
