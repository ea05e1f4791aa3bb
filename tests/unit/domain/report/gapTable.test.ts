import { atLevel } from '../../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { buildReportModel, GAP_TABLE_LIMIT, lossText, rankReportGaps, shortenStatement } from '../../../../src/domain/report';
import { answerSummary, rankGaps, scoreAssessment, type AssessmentScore, type Gap } from '../../../../src/domain/scoring';
import { computeIndicators, indicatorValues } from '../../../../src/domain/indicators';
import { fullSnapshot } from './reportFixture';

const gap = (itemId: string, currentLevel: Gap['currentLevel'], gain: number, critical = false): Gap => ({
  itemId,
  aspectId: 'A',
  componentId: 'A.1',
  statement: `Pernyataan ${itemId}.`,
  currentLevel,
  source: currentLevel === null ? 'unanswered' : 'answer',
  gain,
  critical,
  recommendation: '',
});

/** Just what rankReportGaps reads from a score: item weights and the engine's unmet critical items. */
function fakeScore(weights: Record<string, number>, unmetCritical: string[]): AssessmentScore {
  return {
    itemsById: Object.fromEntries(Object.entries(weights).map(([id, weight]) => [id, { id, weight }])),
    grade: { unmetCritical },
  } as unknown as AssessmentScore;
}

describe('ranked gap table (rankReportGaps)', () => {
  it('puts unmet critical items first, then orders by weight × (4 − level), then by gain in the total, then id', () => {
    const gaps = [
      gap('A-1', null, 1.0), // weight 1, unanswered → 1 × 4 = 4
      gap('B-1', 2, 0.5), // weight 3 → 3 × 2 = 6
      gap('C-1', 1, 0.9), // weight 2 → 2 × 3 = 6, larger gain than B-1
      gap('D-1', 2, 0.1, true), // critical below its required level → first despite 1 × 2 = 2
      gap('E-1', 3, 0.2, true), // critical but at its required level → ranked by loss only: 1 × 1 = 1
      gap('F-1', 3, 0.2), // same loss and gain as E-1 → by id
    ];
    const score = fakeScore({ 'A-1': 1, 'B-1': 3, 'C-1': 2, 'D-1': 1, 'E-1': 1, 'F-1': 1 }, ['D-1']);
    const ranked = rankReportGaps(gaps, score);
    expect(ranked.rows.map((r) => r.itemId)).toEqual(['D-1', 'C-1', 'B-1', 'A-1', 'E-1', 'F-1']);
    expect(ranked.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranked.rows.map((r) => r.loss)).toEqual([2, 6, 6, 4, 1, 1]);
    expect(ranked.rows[0]).toMatchObject({ criticalUnmet: true, critical: true, missingLevels: 2, weight: 1 });
    expect(ranked.rows.find((r) => r.itemId === 'E-1')).toMatchObject({ criticalUnmet: false, critical: true });
    expect(ranked.rows.find((r) => r.itemId === 'A-1')).toMatchObject({ level: null, missingLevels: 4 });
    expect(ranked).toMatchObject({ total: 6, hidden: 0 });
  });

  it('keeps only the first rows and counts the rest', () => {
    const gaps = Array.from({ length: 30 }, (_, i) => gap(`X-${String(i).padStart(2, '0')}`, 0, 0));
    const score = fakeScore(Object.fromEntries(gaps.map((g, i) => [g.itemId, (i % 3) + 1])), []);
    const ranked = rankReportGaps(gaps, score);
    expect(ranked.rows).toHaveLength(GAP_TABLE_LIMIT);
    expect(GAP_TABLE_LIMIT).toBe(20);
    expect(ranked).toMatchObject({ total: 30, hidden: 10 });
    // Weight 3 items (loss 12) come first, and the last printed row is not lighter than any row left out.
    expect(ranked.rows[0]!.loss).toBe(12);
    expect(ranked.rows.at(-1)!.loss).toBeGreaterThanOrEqual(4);
    expect(rankReportGaps(gaps, score, 5).rows).toHaveLength(5);
  });

  it('formats the loss so it can be recomputed, and shortens long statements at a word', () => {
    expect(lossText({ weight: 3, missingLevels: 2, loss: 6 })).toBe('3 × 2 = 6');
    expect(lossText({ weight: 1.5, missingLevels: 3, loss: 4.5 })).toBe('1,5 × 3 = 4,5');
    const long = 'Panti memiliki standar operasional prosedur pelayanan yang tertulis, disahkan oleh pimpinan, dan disosialisasikan kepada seluruh pegawai.';
    const short = shortenStatement(long);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenStatement('Ada SOP.')).toBe('Ada SOP.');
  });

  it('on the real instrument: unmet critical items lead, the rest never gain weight × (4 − level) going down', () => {
    const f = fullSnapshot({ status: 'draft' });
    // Two critical items fall below the required level (the fixture answers every critical item with 4).
    const critical = f.snapshot.answers.filter((a) => {
      const item = [...f.umum.aspects, ...f.khusus.aspects].flatMap((x) => x.components.flatMap((c) => c.items)).find((i) => i.id === a.itemId);
      return item?.critical && !a.na;
    });
    expect(critical.length).toBeGreaterThanOrEqual(2);
    const lowered = new Map([
      [critical[0]!.itemId, 1 as const],
      [critical[1]!.itemId, null],
    ]);
    f.snapshot.answers = f.snapshot.answers.map((a) => (lowered.has(a.itemId) ? atLevel(a, lowered.get(a.itemId)!) : a));
    const input = {
      umum: f.umum,
      khusus: f.khusus,
      answers: answerSummary(f.snapshot.answers),
      indicators: indicatorValues(computeIndicators(f.snapshot.staff, 33)),
    };
    const score = scoreAssessment(input);
    const all = rankGaps(input, score);
    const ranked = rankReportGaps(all, score);
    expect(ranked.total).toBe(all.length);
    expect(ranked.total).toBeGreaterThan(GAP_TABLE_LIMIT);
    expect(ranked.rows.slice(0, 2).map((r) => r.itemId).sort()).toEqual([...lowered.keys()].sort());
    expect(ranked.rows.slice(0, 2).every((r) => r.criticalUnmet)).toBe(true);
    expect(ranked.rows.slice(2).every((r) => !r.criticalUnmet)).toBe(true);
    const rest = ranked.rows.slice(2);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!.loss).toBeGreaterThanOrEqual(rest[i]!.loss);
    for (const r of ranked.rows) expect(r.loss).toBe(score.itemsById[r.itemId]!.weight * (4 - (r.level ?? 0)));

    // The report model prints these rows and says how many more there are and where to find them.
    const m = buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: 'ab'.repeat(32), exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(m.gapTable.rows.map((r) => r.itemId)).toEqual(ranked.rows.map((r) => r.itemId));
    expect(m.gapTable.total).toBe(all.length);
    expect(m.gapTable.moreText).toContain(`Masih ada ${all.length - GAP_TABLE_LIMIT} celah lain`);
    expect(m.gapTable.moreText).toContain('halaman Hasil');
    expect(m.gapTable.note).toContain('patokan aplikasi');
  });
});
