import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { saveAnswer, listAnswers } from '../../../src/data/answers';
import { finaliseAssessment, getAssessment } from '../../../src/data/assessments';
import { clearDatabase, newAssessment } from './fixtures';

beforeEach(clearDatabase);

const tick = () => new Promise((r) => setTimeout(r, 2));

describe('saveAnswer given the row the screen holds', () => {
  it('writes the held row merged with the change, and touches the assessment', async () => {
    const a = await newAssessment();
    const first = await saveAnswer(a.id, 'KLB-1.1', { level: 3 }, null);
    await tick();
    const second = await saveAnswer(a.id, 'KLB-1.1', { note: 'Akta ada' }, first);
    expect(second).toMatchObject({ level: 3, note: 'Akta ada', na: false });
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.1')).toEqual(second);
    expect(await getAssessment(a.id)).toMatchObject({ lastItemId: 'KLB-1.1', updatedAt: second.updatedAt });
  });

  it('a held row that another tab has since changed never undoes that tab: the save is merged with the stored row', async () => {
    const a = await newAssessment();
    const held = await saveAnswer(a.id, 'KLB-1.1', { level: 2 }, null);
    await tick();
    await saveAnswer(a.id, 'KLB-1.1', { note: 'Catatan dari tab lain' }); // the other tab
    await tick();
    const row = await saveAnswer(a.id, 'KLB-1.1', { level: 4 }, held); // this tab still holds the older row
    expect(row).toMatchObject({ level: 4, note: 'Catatan dari tab lain' });
    expect((await listAnswers(a.id))[0]).toMatchObject({ level: 4, note: 'Catatan dari tab lain' });
  });

  it('"no row yet" is checked too: a row another tab created first is merged, not replaced', async () => {
    const a = await newAssessment();
    await saveAnswer(a.id, 'KLB-1.2', { note: 'Dari tab lain' });
    const row = await saveAnswer(a.id, 'KLB-1.2', { level: 1, na: false }, null);
    expect(row).toMatchObject({ level: 1, note: 'Dari tab lain' });
  });

  it('a level ends N/A and N/A drops the level: no save stores both', async () => {
    const a = await newAssessment();
    const na = await saveAnswer(a.id, 'KLB-1.3', { na: true, naReason: 'Tidak berlaku di panti ini' }, null);
    expect(na).toMatchObject({ na: true, level: null });
    const leveled = await saveAnswer(a.id, 'KLB-1.3', { level: 2 }, na);
    expect(leveled).toMatchObject({ na: false, level: 2, naReason: 'Tidak berlaku di panti ini' });
    expect(await saveAnswer(a.id, 'KLB-1.3', { na: true }, leveled)).toMatchObject({ na: true, level: null });
    expect((await listAnswers(a.id))[0]).toMatchObject({ na: true, level: null });
  });

  it('a final assessment is never written, whatever the screen holds', async () => {
    const a = await newAssessment();
    const held = await saveAnswer(a.id, 'KLB-1.1', { level: 1 }, null);
    await finaliseAssessment(a.id, { name: 'Siti', position: 'Kepala Panti', place: 'Bandung', date: '2026-11-22' });
    await expect(saveAnswer(a.id, 'KLB-1.1', { level: 4 }, held)).rejects.toMatchObject({ code: 'assessment-final' });
    await expect(saveAnswer(a.id, 'KLB-1.2', { level: 4 }, null)).rejects.toMatchObject({ code: 'assessment-final' });
    expect(await listAnswers(a.id)).toEqual([held]);
  });

  it('a missing assessment or an impossible level writes nothing', async () => {
    await expect(saveAnswer('tidak-ada', 'KLB-1.1', { level: 2 }, null)).rejects.toMatchObject({ code: 'assessment-missing' });
    const a = await newAssessment();
    await expect(saveAnswer(a.id, 'KLB-1.1', { level: 9 as never }, null)).rejects.toThrow();
    expect(await db.answers.count()).toBe(0);
  });
});

describe('updatedAt never goes backwards on one record', () => {
  it('a save made after the clock was set back still orders after the previous one', async () => {
    const a = await newAssessment();
    const first = await saveAnswer(a.id, 'KLB-1.1', { level: 3 }, null);
    // Only Date is faked: the clock now says yesterday.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 24 * 3600_000);
      const second = await saveAnswer(a.id, 'KLB-1.1', { level: 4 }, first);
      expect(second.updatedAt > first.updatedAt).toBe(true);
      const assessment = await getAssessment(a.id);
      expect(assessment!.updatedAt >= second.updatedAt).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
