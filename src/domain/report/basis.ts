/** How the score is made, printed so an assessor can recompute it from the pages, and the 2.x facts beside it. */
import type { EvidenceDoc, Institution } from '../records';
import { checkEligibility } from '../eligibility/check';
import type { AssessmentScore } from '../scoring';
import type { StandarKhusus, StandarUmum } from '../standard/schema';
import { formatDateId, formatScore } from './format';
import type { ReportModel } from './types';

export function buildBasis(
  umum: StandarUmum,
  khusus: StandarKhusus | null,
  score: AssessmentScore,
  inst: Institution,
  evidence: readonly EvidenceDoc[],
  today: string,
): ReportModel['basis'] {
  const eligibility = checkEligibility(umum, inst, evidence, today);
  const weightsText = score.aspects.map((a) => `${a.id} ${formatScore(a.weight)}`).join(', ');
  return {
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
}
