import { describe, expect, it } from 'vitest';
import { buildActionPlan, buildReportModel } from '../../../../src/domain/report';
import type { Action } from '../../../../src/domain/records';
import { fullSnapshot } from './reportFixture';

const T = '2026-11-01T08:00:00.000Z';
const act = (id: string, itemId: string, status: Action['status'], targetDate: string, responsible = 'Kepala panti'): Action => ({
  id,
  assessmentId: 'asm-1',
  itemId,
  action: `Tindakan ${id}`,
  responsible,
  targetDate,
  status,
  createdAt: T,
  updatedAt: T,
});

describe('report action plan (buildActionPlan)', () => {
  const actions = [
    act('a', 'KLB-1.1', 'selesai', '2026-01-10'), // done, date long past: not overdue
    act('b', 'KLB-1.2', 'belum', '2026-11-21'), // the day before the report: overdue
    act('c', 'SDM-1.1', 'proses', '2026-11-22'), // due on the report's date: not overdue yet
    act('d', 'PSD-1.1', 'belum', '', '  '), // no target date, no owner
    act('e', 'MON-1.1', 'proses', '2026-10-01'), // overdue, earlier than b
    act('f', 'KLB-2.1', 'selesai', '2027-01-12'),
  ];

  it('lists every row: overdue first (earliest first), then the other open rows, then the finished ones', () => {
    const plan = buildActionPlan(actions, '2026-11-22');
    expect(plan.rows.map((r) => r.action)).toEqual(['Tindakan e', 'Tindakan b', 'Tindakan c', 'Tindakan d', 'Tindakan a', 'Tindakan f']);
    expect(plan.rows.map((r) => r.overdue)).toEqual([true, true, false, false, false, false]);
    expect(plan.rows.map((r) => r.done)).toEqual([false, false, false, false, true, true]);
    expect(plan).toMatchObject({ overdueCount: 2, openCount: 4 });
  });

  it('prints Indonesian dates, the status label, and a dash for what was not filled in', () => {
    const plan = buildActionPlan(actions, '2026-11-22');
    expect(plan.rows[0]).toEqual({
      itemId: 'MON-1.1',
      action: 'Tindakan e',
      responsible: 'Kepala panti',
      targetDate: '1 Oktober 2026',
      status: 'Proses',
      overdue: true,
      done: false,
    });
    expect(plan.rows.find((r) => r.action === 'Tindakan f')!.targetDate).toBe('12 Januari 2027');
    expect(plan.rows.find((r) => r.action === 'Tindakan d')).toMatchObject({ targetDate: '—', responsible: '—', status: 'Belum' });
    expect(plan.note).toContain('2 lewat tenggat');
    expect(plan.note).toContain('22 November 2026');
  });

  it('says so in one sentence when there is no action', () => {
    const plan = buildActionPlan([], '2026-11-22');
    expect(plan.rows).toEqual([]);
    expect(plan.note).toBe('Belum ada rencana tindak lanjut yang dicatat untuk asesmen ini.');
  });

  it('judges "overdue" by the export date the report model is given, not by a clock', () => {
    const f = fullSnapshot({ status: 'final' });
    f.snapshot.actions = actions;
    const at = (exportedAt: string) =>
      buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: 'ab'.repeat(32), exportedAt }).actionPlan;
    // Mid-morning UTC is the same calendar day in every Indonesian zone (and in UTC).
    expect(at('2026-11-22T03:00:00.000Z').overdueCount).toBe(2);
    expect(at('2026-09-01T03:00:00.000Z').overdueCount).toBe(0);
    // Every open row with a target date (the one without a date is never overdue).
    expect(at('2027-06-01T03:00:00.000Z').overdueCount).toBe(3);
    expect(at('2026-11-22T03:00:00.000Z').rows).toHaveLength(actions.length);
  });
});
