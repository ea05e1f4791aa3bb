import { atLevel } from '../../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { buildReportModel, formatDateId, formatScore, rankReportGaps, reportFileName, snapshotOfBundle } from '../../../../src/domain/report';
import { snapshotContent } from '../../../../src/domain/bundle';
import { rankGaps, scoreAssessment, answerSummary } from '../../../../src/domain/scoring';
import { computeIndicators, indicatorValues } from '../../../../src/domain/indicators';
import { fullSnapshot } from './reportFixture';

const HASH = 'ab12cd34'.repeat(8);

function model(status: 'draft' | 'final' = 'final') {
  const f = fullSnapshot({ status });
  return { f, m: buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: HASH, exportedAt: '2026-11-22T10:00:00.000Z' }) };
}

describe('report model', () => {
  it('names the file Swanilai_<institution>_<period>.pdf without unsafe characters', () => {
    expect(reportFileName('LKSA “Kasih Ibu” / Café: Élan?', 'Semester II 2026')).toBe('Swanilai_LKSA_Kasih_Ibu_Cafe_Elan_Semester_II_2026.pdf');
    expect(reportFileName('***', '2026')).toBe('Swanilai_tanpa-nama_2026.pdf');
    // With the photo files attached inside, the name says so: the two reports never overwrite each other.
    expect(reportFileName('Panti A', '2026', 'pdf', true)).toBe('Swanilai_Panti_A_2026_dengan-foto.pdf');
    expect(model().m.fileName).toMatch(/^Swanilai_[A-Za-z0-9._-]+\.pdf$/);
  });

  it('says how complete the assessment is rounded down, like the estimate threshold (89.6% never reads 90%)', () => {
    const f = fullSnapshot({ status: 'draft' });
    const reportOf = (n: number) => {
      const kept = { ...f.snapshot, answers: f.snapshot.answers.slice(0, n) };
      const m = buildReportModel({ snapshot: kept, umum: f.umum, khusus: f.khusus, integrityHash: HASH, exportedAt: '2026-11-22T10:00:00.000Z' });
      return { m, completion: m.summary.completionPercent };
    };
    // The first count of answers whose percentage would round up (e.g. 25.6%): rounding and rounding down differ.
    const n = [...Array(60).keys()].map((i) => i + 20).find((k) => {
      const p = reportOf(k).completion;
      return Math.round(p) !== Math.floor(p);
    })!;
    const { m, completion } = reportOf(n);
    expect(m.summary.completionText).toMatch(new RegExp(`butir terjawab \\(${Math.floor(completion)}%\\)$`));
  });

  it('formats dates and scores the Indonesian way', () => {
    expect(formatDateId('2026-03-04')).toBe('4 Maret 2026');
    expect(formatDateId('2026-11-22T10:00:00.000Z')).toBe('22 November 2026');
    expect(formatScore(78.46)).toBe('78,5');
    expect(formatScore(null)).toBe('—');
  });

  it('carries the engine scores, the grade estimate and the integrity codes', () => {
    const { f, m } = model();
    const score = scoreAssessment({
      umum: f.umum,
      khusus: f.khusus,
      answers: answerSummary(f.snapshot.answers),
      indicators: indicatorValues(computeIndicators(f.snapshot.staff, f.snapshot.institution.clientsMale + f.snapshot.institution.clientsFemale)),
    });
    expect(m.summary.total).toBe(score.total);
    expect(m.summary.aspects.map((a) => a.score)).toEqual(score.aspects.map((a) => a.score));
    expect(m.summary.gradeLabel).toBe(score.grade.label);
    expect(m.shortCode).toBe('AB12-CD34');
    expect(m.hash).toBe(HASH);
    expect(JSON.parse(m.qrText)).toMatchObject({ kode: 'AB12-CD34', sha256: HASH, lembaga: f.snapshot.institution.name, periode: 'Semester II 2026' });
    expect(m.draft).toBe(false);
    expect(model('draft').m.draft).toBe(true);
    expect(model('draft').m.declaration.signed).toBe(false);
  });

  it('says why there is no grade: too little answered, a critical item unmet, or below the lowest grade', () => {
    // Standar Umum 2.0 gives no estimate below 90% answered (1.0 has no such rule).
    const f = fullSnapshot({ status: 'draft', version: '2.0.0' });
    const few = { ...f.snapshot, answers: f.snapshot.answers.slice(0, 5).map((a) => ({ ...atLevel(a, 4), naReason: '' })) };
    const m = buildReportModel({ snapshot: few, umum: f.umum, khusus: f.khusus, integrityHash: HASH, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(m.summary.gradeLabel).toMatch(/^Belum ada perkiraan/);
    expect(m.summary.gradeNote).toBe('Terlalu sedikit butir terjawab untuk perkiraan peringkat');
    const low = { ...f.snapshot, answers: f.snapshot.answers.map((a) => (a.na ? a : atLevel(a, 1))) };
    const critical = buildReportModel({ snapshot: low, umum: f.umum, khusus: f.khusus, integrityHash: HASH, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(critical.summary.gradeNote).toMatch(/^\d+ butir kritis belum terpenuhi$/);
  });

  it('lists every item with its level, descriptor, N/A reason, note and evidence count', () => {
    const { f, m } = model();
    const items = m.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
    expect(items).toHaveLength(f.snapshot.answers.length);
    const na = items.find((i) => i.levelLabel === 'N/A')!;
    expect(na.naReason).toContain('tidak berlaku');
    expect(na.descriptor).toBe('');
    const leveled = items.find((i) => i.level !== null)!;
    const def = [...f.umum.aspects, ...f.khusus.aspects].flatMap((a) => a.components.flatMap((c) => c.items)).find((d) => d.id === leveled.id)!;
    expect(leveled.descriptor).toBe(def.levels[leveled.level!]);
    const counted = f.snapshot.evidence[0]!.itemIds[0]!;
    expect(items.find((i) => i.id === counted)!.evidenceCount).toBeGreaterThanOrEqual(1);
  });

  it('prints the gaps in the order of rankReportGaps and every action-plan row in one list', () => {
    const { f, m } = model();
    const input = {
      umum: f.umum,
      khusus: f.khusus,
      answers: answerSummary(f.snapshot.answers),
      indicators: indicatorValues(computeIndicators(f.snapshot.staff, 33)),
    };
    const score = scoreAssessment(input);
    const ranked = rankReportGaps(rankGaps(input, score), score);
    expect(m.gapTable.rows.map((g) => g.itemId)).toEqual(ranked.rows.map((g) => g.itemId));
    expect(m.actionPlan.rows.map((a) => a.action).sort()).toEqual(f.snapshot.actions.map((a) => a.action).sort());
    // A target date before the export date on an unfinished action is flagged.
    expect(m.actionPlan.rows.some((a) => a.overdue)).toBe(true);
  });

  it('builds the evidence register with expiry warnings', () => {
    const { m } = model();
    expect(m.evidence.map((e) => e.no)).toEqual(m.evidence.map((_, i) => i + 1));
    expect(m.evidence.some((e) => e.expiryNote === 'Kedaluwarsa')).toBe(true);
    expect(m.evidence.some((e) => e.expiryNote === 'Segera kedaluwarsa')).toBe(true);
  });

  it('reads the snapshot back out of a one-assessment bundle (the report prints what the hash covers)', () => {
    const { f } = model();
    const back = snapshotOfBundle(snapshotContent(f.snapshot))!;
    expect(back.institution).toEqual(f.snapshot.institution);
    expect(back.assessment).toEqual(f.snapshot.assessment);
    expect(new Set(back.answers.map((a) => a.itemId))).toEqual(new Set(f.snapshot.answers.map((a) => a.itemId)));
    expect(back.evidence).toHaveLength(f.snapshot.evidence.length);
    expect(back.actions).toHaveLength(f.snapshot.actions.length);
    expect(snapshotOfBundle({ ...snapshotContent(f.snapshot), assessments: [] })).toBeNull();
  });
});
