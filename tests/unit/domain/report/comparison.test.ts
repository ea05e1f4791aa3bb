import { atLevel } from '../../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBundle } from '../../../../src/domain/bundle';
import { openAssessment } from '../../../../src/domain/assessment';
import { buildReportModel, snapshotOfBundle } from '../../../../src/domain/report';
import { planMove } from '../../../../src/domain/migration/plan';
import { currentKhususFor, currentUmum } from '../../../../src/domain/standard/registry';
import type { AssessmentSnapshot } from '../../../../src/domain/bundle';
import { fullSnapshot } from './reportFixture';

const HASH = 'a'.repeat(64);

async function v1Snapshot(): Promise<AssessmentSnapshot> {
  const parsed = await parseBundle(readFileSync(new URL('../../../fixtures/bundle-1.0.0.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return snapshotOfBundle(parsed.bundle)!;
}

describe("the report's comparison with the previous assessment", () => {
  it('is absent when the institution has no earlier assessment', () => {
    const f = fullSnapshot();
    const m = buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: HASH, exportedAt: '2026-12-01T03:00:00.000Z' });
    expect(m.comparison).toBeNull();
  });

  it('on one version: lists the items that rose and fell and the change of each aspect', () => {
    const later = fullSnapshot();
    const earlier = fullSnapshot();
    const raised = later.snapshot.answers.find((a) => a.level !== null && a.level < 4 && !a.na)!;
    earlier.snapshot = {
      ...earlier.snapshot,
      assessment: { ...earlier.snapshot.assessment, id: 'asm-earlier', period: '2025' },
      answers: earlier.snapshot.answers.map((a) => (a.itemId === raised.itemId ? atLevel(a, 0) : a)),
    };
    const m = buildReportModel({
      snapshot: later.snapshot,
      umum: later.umum,
      khusus: later.khusus,
      integrityHash: HASH,
      exportedAt: '2026-12-01T03:00:00.000Z',
      earlier: { snapshot: earlier.snapshot, umum: earlier.umum, khusus: earlier.khusus },
    });
    const c = m.comparison!;
    expect(c.earlierPeriod).toBe('2025');
    expect(c.versionNote).toBeNull();
    expect(c.scaleNote).toBeNull();
    expect(c.rose).toEqual([`${raised.itemId}: 0 -> ${raised.level}`]);
    expect(c.fell).toEqual([]);
    expect(c.onlyInEarlier).toEqual([]);
    expect(c.onlyInLater).toEqual([]);
    const aspect = raised.itemId.split('-')[0]!;
    const row = c.rows.find((r) => r[0].startsWith(`${aspect} `))!;
    expect(row[3]).toMatch(/^\+\d/);
    expect(c.total[2]).toMatch(/^\+\d/);
  });

  it('from 1.0.0 to 2.0.0: compares through the mapping of the new file, warns that the totals are not on one scale, names what cannot be compared', async () => {
    const old = await v1Snapshot();
    const opened = openAssessment(old, '2026-12-01');
    if (!opened.ok) throw new Error(opened.error.code);
    const umum = currentUmum();
    const khusus = currentKhususFor('lksa', umum.version);
    const plan = planMove(opened, { umum, khusus }, old.answers, { ownership: old.institution.ownership, evidence: old.evidence });
    const moved: AssessmentSnapshot = {
      ...old,
      assessment: {
        ...old.assessment,
        id: 'asm-moved',
        period: '2026',
        createdAt: '2026-12-01T00:00:00.000Z',
        standardVersion: plan.to.standardVersion,
        khususId: plan.to.khususId,
        khususVersion: plan.to.khususVersion,
      },
      answers: plan.answers.map((a) => ({ ...a, assessmentId: 'asm-moved', id: `ans-${a.itemId}`, updatedAt: '2026-12-01T00:00:00.000Z' })) as AssessmentSnapshot['answers'],
    };
    const m = buildReportModel({
      snapshot: moved,
      umum,
      khusus,
      integrityHash: HASH,
      exportedAt: '2026-12-01T03:00:00.000Z',
      earlier: { snapshot: old, umum: opened.umum, khusus: opened.khusus },
    });
    const c = m.comparison!;
    expect(c.earlierLabel).toContain('1.0.0');
    expect(c.laterLabel).toContain('2.0.0');
    expect(c.versionNote).not.toBeNull();
    expect(c.scaleNote).toMatch(/tidak setara/);
    // Every mapped entry of the move plan that carried an answer is compared through the same mapping.
    const mappedInPlan = plan.entries.filter((e) => e.kind === 'mapped' && e.from).map((e) => (e.kind === 'mapped' ? `${e.item.id} <- ${e.fromId}` : ''));
    expect(mappedInPlan.length).toBeGreaterThan(0);
    for (const line of mappedInPlan) expect(c.mapped).toContain(line);
    // New items are not comparable, and they are listed as such.
    const newIds = plan.entries.filter((e) => e.kind === 'new').map((e) => (e.kind === 'new' ? e.item.id : ''));
    for (const id of newIds.slice(0, 10)) expect(c.onlyInLater).toContain(id);
    // A kept answer is compared with itself: no kept item rose or fell.
    const changed = new Set([...c.rose, ...c.fell].map((l) => l.split(':')[0]));
    for (const e of plan.entries) if (e.kind === 'kept' && e.from && !e.naDropped) expect(changed.has(e.item.id), e.item.id).toBe(false);
  });
});
