import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBundle } from '../../../../src/domain/bundle';
import { openAssessment } from '../../../../src/domain/assessment';
import { snapshotOfBundle } from '../../../../src/domain/report/model';
import { planMove } from '../../../../src/domain/migration/plan';
import { currentKhususFor, currentUmum } from '../../../../src/domain/standard/registry';

/**
 * tests/fixtures/bundle-1.0.0.json was made on 2026-12-01 with Standar Umum 1.0.0 + LKSA 1.0.0 (scripts/make-v1-fixture.ts),
 * before 2.0.0 became current. Files like it keep arriving for years: they must open and score exactly as they did.
 */
const text = readFileSync(new URL('../../../fixtures/bundle-1.0.0.json', import.meta.url), 'utf8');

describe('a bundle made on 1.0.0', () => {
  it('still passes its integrity check and opens on its own version', async () => {
    const parsed = await parseBundle(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const snapshot = snapshotOfBundle(parsed.bundle)!;
    const opened = openAssessment(snapshot, '2026-12-01');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.umum.version).toBe('1.0.0');
    expect(opened.khusus?.version).toBe('1.0.0');
    expect(opened.eligibility).toBeNull();
  });

  it('scores exactly as it did when it was committed', async () => {
    const parsed = await parseBundle(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const opened = openAssessment(snapshotOfBundle(parsed.bundle)!, '2026-12-01');
    if (!opened.ok) throw new Error(opened.error.code);
    // Figures recorded when the fixture was committed (1.0.0 rules: a module joins as one more aspect of weight 20).
    expect(opened.score.total!.toFixed(6)).toBe(EXPECTED.total);
    expect(opened.score.aspects.map((a) => [a.id, a.weight, a.score === null ? null : a.score.toFixed(6)])).toEqual(EXPECTED.aspects);
    expect(opened.score.completion).toEqual(EXPECTED.completion);
    expect(opened.score.grade.status).toBe(EXPECTED.grade);
  });

  it('moves to 2.0.0 keeping every answer it can, and names what needs a new answer', async () => {
    const parsed = await parseBundle(text);
    if (!parsed.ok) throw new Error();
    const snapshot = snapshotOfBundle(parsed.bundle)!;
    const opened = openAssessment(snapshot, '2026-12-01');
    if (!opened.ok) throw new Error();
    const umum = currentUmum();
    const plan = planMove(opened, { umum, khusus: currentKhususFor('lksa', umum.version) }, snapshot.answers, { ownership: 'masyarakat', evidence: snapshot.evidence });
    const carried = new Set(plan.answers.map((a) => a.itemId));
    for (const e of plan.entries) if ((e.kind === 'kept' || e.kind === 'mapped') && e.from) expect(carried.has(e.item.id), e.item.id).toBe(true);
    expect(plan.to).toMatchObject({ standardVersion: '2.0.0', khususId: 'khusus-lksa', khususVersion: '2.0.0' });
    expect(plan.counts.new).toBeGreaterThan(0);
  });
});

const EXPECTED = JSON.parse(readFileSync(new URL('../../../fixtures/bundle-1.0.0.expected.json', import.meta.url), 'utf8')) as {
  total: string;
  aspects: [string, number, string | null][];
  completion: { answered: number; total: number; percent: number };
  grade: string;
};
