import type { StandardFile } from '../standard/schema';
import { institutionTypeLabel } from '../records/institution';

const LEVEL_NAMES = ['0', '1', '2', '3', '4'];

/** A readable catalogue of a standard for social-welfare experts who review the instrument without reading JSON. */
export function catalogueMarkdown(standard: StandardFile): string {
  const lines: string[] = [];
  const items = standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
  lines.push(`# ${standard.title} — versi ${standard.version}`, '');
  lines.push(`Diterbitkan ${standard.published}. ${items.length} butir dalam ${standard.aspects.length} aspek.`, '');
  lines.push('**Dasar hukum:**', '', ...standard.legalBasis.map((l) => `- ${l}`), '');
  if (standard.kind === 'umum') {
    lines.push('## Aturan penilaian', '');
    lines.push('- Skor butir = tingkat ÷ 4. Butir N/A (hanya bila diizinkan, dengan alasan) tidak dihitung; butir yang belum dijawab bernilai 0.');
    lines.push('- Skor komponen dan aspek = Σ(bobot × skor butir) ÷ Σ(bobot), 0–100. Skor total = rata-rata aspek berbobot.');
    for (const g of standard.scoring.grades) {
      lines.push(`- Perkiraan peringkat ${g.label}: skor total ≥ ${g.min}; berlaku ${g.validityYears} tahun.`);
    }
    lines.push(`- Di bawah itu: ${standard.scoring.belowLabel}.`);
    lines.push(`- Butir kritis harus mencapai tingkat ${standard.scoring.criticalMinLevel} atau lebih; bila tidak: ${standard.scoring.criticalUnmetLabel}.`);
    if (standard.scoring.minCompletionForGrade !== undefined)
      lines.push(`- Perkiraan peringkat hanya diberikan bila paling sedikit ${standard.scoring.minCompletionForGrade}% butir terjawab; sebelumnya yang ditampilkan skor butir yang sudah dijawab.`);
    if (standard.scoring.decisionRule) lines.push(`- Aturan memilih tingkat: ${standard.scoring.decisionRule}`);
    if (standard.scoring.gradeSource) lines.push(`- Asal ambang peringkat: ${standard.scoring.gradeSource}`);
    lines.push('');
    if (standard.scoring.weightRationale) lines.push('**Alasan bobot.** ' + standard.scoring.weightRationale, '');
    if (standard.eligibility) {
      lines.push('## Syarat pengajuan (di luar skor)', '', standard.eligibility.description, '');
      for (const r of standard.eligibility.requirements) {
        const who = r.ownership === 'pemerintah' ? ' (panti pemerintah)' : r.ownership === 'masyarakat' ? ' (panti masyarakat)' : '';
        lines.push(`- **${r.id}. ${r.label}**${who}. ${r.guidance} _Sumber: ${r.source}._`);
      }
      lines.push('');
    }
    if (standard.glossary?.length) {
      lines.push('## Glosarium', '', '| Istilah | Arti |', '| --- | --- |', ...standard.glossary.map((g) => `| ${g.term} | ${g.definition.replace(/\|/g, '\\|')} |`), '');
    }
  } else {
    lines.push(`Berlaku untuk jenis panti: ${standard.appliesTo.map(institutionTypeLabel).join('; ')}.`, '');
    if (standard.totalShare !== undefined) {
      lines.push(`Porsi modul dalam skor total: ${standard.totalShare}%; aspek Standar Umum berbagi ${100 - standard.totalShare}% sesuai bobotnya.${standard.shareRationale ? ` ${standard.shareRationale}` : ''}`, '');
    }
  }
  for (const aspect of standard.aspects) {
    lines.push(`## ${aspect.id} — ${aspect.name} (bobot ${aspect.weight})`, '', aspect.description, '');
    for (const component of aspect.components) {
      lines.push(`### ${component.id} — ${component.name}`, '', component.description, '');
      for (const item of component.items) {
        const tags = [
          `bobot ${item.weight}`,
          item.critical ? '**KRITIS**' : null,
          item.naAllowed ? 'boleh N/A' : null,
          item.answerType === 'computed' ? 'dihitung dari data SDM' : null,
          item.ownership === 'pemerintah' ? 'hanya panti pemerintah' : item.ownership === 'masyarakat' ? 'hanya panti masyarakat' : null,
          `BALKS: ${item.balks}`,
        ].filter(Boolean);
        lines.push(`#### ${item.id}. ${item.statement}`, '', `_${tags.join(' · ')}_`, '');
        lines.push(`**Penjelasan.** ${item.guidance}`, '');
        lines.push('**Bukti:**', '', ...item.evidence.map((e) => `- ${e}`), '');
        lines.push('| Tingkat | Deskripsi |', '| --- | --- |');
        item.levels.forEach((d, i) => lines.push(`| ${LEVEL_NAMES[i]} | ${d.replace(/\|/g, '\\|')} |`));
        lines.push('');
        if (item.computed) lines.push(`**Perhitungan.** ${item.computed.explanation}`, '');
        lines.push(`**Rekomendasi.** ${item.recommendation}`, '', `**Sumber.** ${item.source}`, '');
        if (item.revised) lines.push(`_Diperbarui sejak ${item.revised.since}: ${item.revised.note}_`, '');
        for (const r of item.replaces ?? []) lines.push(`_Menggantikan ${r.id}: ${r.note}_`, '');
      }
    }
  }
  if (standard.retired.length) {
    lines.push('## Butir yang dipensiunkan', '', ...standard.retired.map((r) => `- ${r.id} (sejak ${r.version}): ${r.reason}`), '');
  }
  return lines.join('\n');
}
