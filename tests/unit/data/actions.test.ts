import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { actionsOf, createAction, deleteAction, listOverdueActions, localToday, updateAction } from '../../../src/data/actions';
import { loadEarlierSnapshot, listAssessmentsWithInstitution } from '../../../src/data/results';
import type { Assessment, Institution } from '../../../src/domain/records';
import { profileInput } from './fixtures';

const at = '2026-11-01T08:00:00.000Z';
const institution = {
  id: 'inst-1',
  ...profileInput({ name: 'Panti Werdha Kasih', type: 'lanjut-usia', capacity: 30, clientsMale: 10, clientsFemale: 10 }),
  createdAt: at,
  updatedAt: at,
} satisfies Institution;

const assessment = (id: string, createdAt: string, institutionId = 'inst-1'): Assessment => ({
  id,
  institutionId,
  period: id,
  standardId: 'standar-umum',
  standardVersion: '1.0.0',
  khususId: null,
  khususVersion: null,
  status: 'draft',
  lastItemId: null,
  declaration: null,
  finalisedAt: null,
  history: [],
  createdAt,
  updatedAt: createdAt,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.institutions.put(institution);
  await db.assessments.bulkPut([assessment('a-2025', '2025-06-01T00:00:00Z'), assessment('a-2026', '2026-06-01T00:00:00Z')]);
});
afterEach(() => vi.restoreAllMocks());

async function created(itemId = 'KLB-1.1', text = 'Urus surat tanda daftar') {
  const r = await createAction('a-2026', itemId, text, new Date(at));
  if (!r.ok) throw r.error;
  return r.action;
}

describe('action plan repository', () => {
  it('creates an action prefilled with the given text, status belum, and stores it at once', async () => {
    const action = await created();
    expect(action).toMatchObject({ assessmentId: 'a-2026', itemId: 'KLB-1.1', action: 'Urus surat tanda daftar', responsible: '', targetDate: '', status: 'belum' });
    expect(await db.actions.get(action.id)).toEqual(action);
  });

  it('updates one field and keeps the others', async () => {
    const action = await created();
    const r = await updateAction(action, { responsible: 'Bu Sari', targetDate: '2026-12-31', status: 'proses' }, new Date('2026-11-02T00:00:00Z'));
    expect(r.ok).toBe(true);
    expect(await db.actions.get(action.id)).toMatchObject({
      action: 'Urus surat tanda daftar',
      responsible: 'Bu Sari',
      targetDate: '2026-12-31',
      status: 'proses',
      updatedAt: '2026-11-02T00:00:00.000Z',
    });
  });

  it('refuses an empty action or a bad date with the rule code and leaves the stored row unchanged', async () => {
    const action = await created();
    const empty = await updateAction(action, { action: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid', detail: 'required:action' } });
    const badDate = await updateAction(action, { targetDate: '31/12/2026' });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid', detail: 'invalid-date' } });
    expect(await db.actions.get(action.id)).toEqual(action);
  });

  it('turns a full disk into the quota message and stores nothing', async () => {
    vi.spyOn(db.actions, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const r = await createAction('a-2026', 'KLB-1.1', 'Tindakan');
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await db.actions.count()).toBe(0);
  });

  it('deletes an action', async () => {
    const action = await created();
    expect(await deleteAction(action.id)).toEqual({ ok: true });
    expect(await actionsOf('a-2026')).toEqual([]);
  });

  it('lists overdue actions of every assessment (past target, not selesai), oldest target first, with institution and period', async () => {
    const a = await created('KLB-1.1');
    const b = await created('SDM-1.1');
    const c = await created('PBY-1.2');
    const d = await created('MON-1.1');
    const e = await created('SPR-1.1');
    await updateAction(a, { targetDate: '2026-11-21' }); // yesterday: overdue
    await updateAction(b, { targetDate: '2026-11-22' }); // today: not yet overdue
    await updateAction(c, { targetDate: '2026-01-05', status: 'proses' }); // overdue, oldest
    await updateAction(d, { targetDate: '2026-01-01', status: 'selesai' }); // done: never overdue
    void e; // no target date: never overdue
    const other = await createAction('a-2025', 'KLB-2.1', 'Lama', new Date(at));
    if (!other.ok) throw other.error;
    await updateAction(other.action, { targetDate: '2025-12-01' });

    const overdue = await listOverdueActions('2026-11-22');
    expect(overdue.map((o) => [o.action.itemId, o.action.targetDate, o.assessment?.period, o.institution?.name])).toEqual([
      ['KLB-2.1', '2025-12-01', 'a-2025', 'Panti Werdha Kasih'],
      ['PBY-1.2', '2026-01-05', 'a-2026', 'Panti Werdha Kasih'],
      ['KLB-1.1', '2026-11-21', 'a-2026', 'Panti Werdha Kasih'],
    ]);
  });

  it('localToday is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('results reads', () => {
  it('finds the institution’s assessment created just before this one, not later ones or other institutions', async () => {
    await db.institutions.put({ ...institution, id: 'inst-2', name: 'Lain' });
    await db.assessments.bulkPut([
      assessment('a-2024', '2024-06-01T00:00:00Z'),
      assessment('a-2027', '2027-06-01T00:00:00Z'),
      assessment('b-2026', '2026-01-01T00:00:00Z', 'inst-2'),
    ]);
    const current = (await db.assessments.get('a-2026'))!;
    expect((await loadEarlierSnapshot(current))?.assessment.id).toBe('a-2025');
    expect(await loadEarlierSnapshot((await db.assessments.get('a-2024'))!)).toBeNull();
  });

  it('lists assessments newest first with their institution', async () => {
    const rows = await listAssessmentsWithInstitution();
    expect(rows.map((r) => [r.assessment.id, r.institution?.name])).toEqual([
      ['a-2026', 'Panti Werdha Kasih'],
      ['a-2025', 'Panti Werdha Kasih'],
    ]);
  });
});

