import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { saveAnswer, listAnswers } from '../../../src/data/answers';
import { finaliseAssessment, getAssessment, reopenAssessment } from '../../../src/data/assessments';
import { saveInstitution, getInstitution } from '../../../src/data/institutions';
import { NOTE_MAX } from '../../../src/domain/records';
import { clearDatabase, newAssessment, profileInput } from './fixtures';

const profile = profileInput();

beforeEach(clearDatabase);

describe('repositories', () => {
  it('an invalid profile is never written', async () => {
    await expect(saveInstitution({ ...profile, capacity: -3 })).rejects.toThrow();
    await expect(saveInstitution({ ...profile, name: '  ' })).rejects.toThrow();
    expect(await db.institutions.count()).toBe(0);
    const ok = await saveInstitution(profile);
    expect(await getInstitution(ok.id)).toMatchObject({ name: 'Panti Asuhan Harapan', capacity: 40 });
  });

  it('records the standard id and version an assessment starts on', async () => {
    const a = await newAssessment();
    expect(a).toMatchObject({ standardId: 'standar-umum-uji', standardVersion: '1.0.0', khususId: null, status: 'draft' });
  });

  it('saving one field keeps the fields it was not given (two tabs never undo each other)', async () => {
    const a = await newAssessment();
    await saveAnswer(a.id, 'KLB-1.1', { level: 3 });
    await saveAnswer(a.id, 'KLB-1.1', { note: 'Catatan dari tab lain' });
    await saveAnswer(a.id, 'KLB-1.2', { level: 1 });
    const rows = await listAnswers(a.id);
    expect(rows.find((r) => r.itemId === 'KLB-1.1')).toMatchObject({ level: 3, note: 'Catatan dari tab lain', na: false });
    expect(rows.find((r) => r.itemId === 'KLB-1.2')).toMatchObject({ level: 1 });
    expect((await getAssessment(a.id))?.lastItemId).toBe('KLB-1.2');
  });

  it('a 10,000-character note is kept up to NOTE_MAX', async () => {
    const a = await newAssessment();
    const row = await saveAnswer(a.id, 'KLB-1.1', { note: 'a'.repeat(10_000) });
    expect(row.note).toHaveLength(NOTE_MAX);
  });

  it('an impossible level is rejected and nothing is written', async () => {
    const a = await newAssessment();
    await expect(saveAnswer(a.id, 'KLB-1.1', { level: 9 as never })).rejects.toThrow();
    expect(await listAnswers(a.id)).toEqual([]);
  });

  it('finalise locks the assessment; Buka kembali keeps the finalised revision in history', async () => {
    const a = await newAssessment();
    await saveAnswer(a.id, 'KLB-1.1', { level: 4 });
    await saveAnswer(a.id, 'SPR-1.2', { na: true, naReason: 'Tidak ada fasilitas ini', level: null });
    const declaration = { name: 'Siti', position: 'Kepala Panti', place: 'Bandung', date: '2026-11-22' };
    const final = await finaliseAssessment(a.id, declaration);
    expect(final).toMatchObject({ status: 'final', declaration });
    expect(final.finalisedAt).toBeTruthy();
    await expect(saveAnswer(a.id, 'KLB-1.2', { level: 2 })).rejects.toMatchObject({ code: 'assessment-final' });

    await reopenAssessment(a.id);
    const reopened = await getAssessment(a.id);
    expect(reopened).toMatchObject({ status: 'draft', declaration: null, finalisedAt: null });
    expect(reopened?.history).toHaveLength(1);
    expect(reopened?.history[0]).toMatchObject({
      finalisedAt: final.finalisedAt,
      declaration,
      answers: { 'KLB-1.1': { level: 4, na: false }, 'SPR-1.2': { level: null, na: true } },
    });
    await saveAnswer(a.id, 'KLB-1.2', { level: 2 });
  });
});
