import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { moveAssessment, undoableMove, undoMove } from '../../../src/data/versionMove';
import { planMove } from '../../../src/domain/migration/plan';
import type { Answer, Assessment } from '../../../src/domain/records';
import { makeUmum, makeUmumV2 } from '../domain/fixtures';

const at = '2026-11-01T08:00:00.000Z';
const assessment: Assessment = {
  id: 'a1', institutionId: 'i1', period: '2026', standardId: 'standar-umum-uji', standardVersion: '1.0.0', khususId: null,
  khususVersion: null, status: 'draft', lastItemId: 'KLB-1.2', declaration: null, finalisedAt: null, history: [], createdAt: at, updatedAt: at,
};
const answer = (itemId: string, level: 0 | 1 | 2 | 3 | 4, note = ''): Answer => ({ assessmentId: 'a1', itemId, level, na: false, naReason: '', note, updatedAt: at });

function v2() {
  const s = makeUmumV2();
  s.aspects[0]!.components[0]!.items[1]!.replaces = [{ id: 'KLB-1.2', note: 'Diperiksa ulang.' }];
  return s;
}
async function plan() {
  const answers = await db.answers.where('assessmentId').equals('a1').toArray();
  const evidence = await db.evidence.toArray();
  return planMove({ umum: makeUmum(), khusus: null }, { umum: v2(), khusus: null }, answers, { evidence });
}
const dump = async () => ({
  assessment: await db.assessments.get('a1'),
  answers: await db.answers.orderBy('[assessmentId+itemId]').toArray(),
  evidence: await db.evidence.toArray(),
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.assessments.put(assessment);
  await db.answers.bulkPut([answer('KLB-1.1', 4, 'Akta ada'), answer('KLB-1.2', 2, 'AD/ART'), answer('PBY-1.2', 1)]);
  await db.evidence.put({
    id: 'ev1', assessmentId: 'a1', kind: 'AD/ART', title: '', number: '', issuer: '', issueDate: '', expiryDate: '', itemIds: ['KLB-1.2'],
    fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: at, updatedAt: at,
  });
});

describe('moving an assessment to 2.0.0', () => {
  it('writes the new revision in one go: kept and mapped answers with notes, links moved, the old revision in history', async () => {
    await moveAssessment('a1', await plan());
    const { assessment: a, answers, evidence } = await dump();
    expect(a!.standardVersion).toBe('2.0.0');
    expect(answers.map((x) => [x.itemId, x.level, x.note])).toEqual([
      ['KLB-1.1', 4, 'Akta ada'],
      ['KLB-1.3', 2, 'AD/ART'],
    ]);
    expect(evidence[0]!.itemIds).toEqual(['KLB-1.3']);
    expect(a!.versionHistory).toHaveLength(1);
    expect(a!.versionHistory![0]!.from.standardVersion).toBe('1.0.0');
    expect(a!.versionHistory![0]!.answers.map((x) => x.itemId).sort()).toEqual(['KLB-1.1', 'KLB-1.2', 'PBY-1.2']);
  });

  it('can be undone until the next answer, and then exactly as before', async () => {
    const before = await dump();
    await moveAssessment('a1', await plan());
    expect(await undoableMove('a1')).not.toBeNull();
    await undoMove('a1');
    const after = await dump();
    expect(after.assessment!.standardVersion).toBe('1.0.0');
    expect(after.assessment!.versionHistory).toEqual([]);
    expect(after.answers.map((x) => [x.itemId, x.level, x.note])).toEqual(before.answers.map((x) => [x.itemId, x.level, x.note]));
    expect(after.evidence[0]!.itemIds).toEqual(['KLB-1.2']);
  });

  it('an answer given after the clock was set back still ends the undo (no clock decides)', async () => {
    await moveAssessment('a1', await plan());
    // Written with a clock a day behind the move.
    await db.answers.put({ ...answer('PBY-1.3', 3), updatedAt: new Date(Date.now() - 24 * 3600_000).toISOString() });
    expect(await undoableMove('a1')).toBeNull();
    await expect(undoMove('a1')).rejects.toMatchObject({ code: 'move-answered-since' });
  });

  it('after a new answer the move is no longer undoable', async () => {
    await moveAssessment('a1', await plan());
    await db.answers.put({ ...answer('PBY-1.3', 3), updatedAt: new Date(Date.now() + 1000).toISOString() });
    expect(await undoableMove('a1')).toBeNull();
    await expect(undoMove('a1')).rejects.toMatchObject({ code: 'move-answered-since' });
  });

  it('never moves a final assessment, and nothing changes', async () => {
    await db.assessments.update('a1', { status: 'final', declaration: { name: 'Siti', position: 'Kepala Panti', place: 'Bandung', date: '2026-11-22' }, finalisedAt: at });
    const before = await dump();
    await expect(moveAssessment('a1', await plan())).rejects.toMatchObject({ code: 'assessment-final' });
    expect(await dump()).toEqual(before);
  });

  it('refuses a plan made for another version (stale), and nothing changes', async () => {
    const p = await plan();
    await db.assessments.update('a1', { standardVersion: '1.5.0' });
    const before = await dump();
    await expect(moveAssessment('a1', p)).rejects.toMatchObject({ code: 'move-stale' });
    expect(await dump()).toEqual(before);
  });
});
