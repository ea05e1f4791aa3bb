// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { listAnswers, saveAnswer } from '../../../src/data/answers';
import { finaliseAssessment } from '../../../src/data/assessments';
import { addStaff, type StaffInput } from '../../../src/data/staff';
import { createAction } from '../../../src/data/actions';
import { flushPendingSaves } from '../../../src/data/pendingSaves';
import { recoverPendingTexts } from '../../../src/data/pendingText';
import { readText, TEXT_FIELDS, type TextField, type TextPlace } from '../../../src/data/textFields';
import { AssessmentWriter, TYPING_PAUSE_MS, writerFor } from '../../../src/data/writer';
import { clearDatabase, newAssessment } from './fixtures';

const pause = (ms = TYPING_PAUSE_MS + 60) => new Promise((r) => setTimeout(r, ms));
/** What a closed tab leaves: the mirrors, and a fresh page that never ran this writer's timers. */
const mirrors = () => Object.keys(localStorage).filter((k) => k.startsWith('swanilai.pending.answer:'));

beforeEach(async () => {
  await clearDatabase();
  localStorage.clear();
});

const worker: StaffInput = {
  name: 'AS', role: 'pekerja-sosial', unsur: 'operasional', education: 'S1/D4', employment: 'tetap',
  certified: true, trainedLast12Months: false, empowermentCapable: true,
};

/** An assessment holding a row for every typed field: an N/A-able answer, a staff row, an action. */
async function everyField(): Promise<{ writer: AssessmentWriter; places: Record<TextField, TextPlace> }> {
  const a = await newAssessment();
  const staff = await addStaff(a.id, worker);
  const action = await createAction(a.id, 'KLB-1.1', 'Urus perpanjangan tanda daftar');
  if (!action.ok) throw action.error;
  const at = (field: TextField, itemId: string): TextPlace => ({ assessmentId: a.id, itemId, field });
  return {
    writer: new AssessmentWriter(a.id),
    places: {
      note: at('note', 'KLB-1.1'),
      naReason: at('naReason', 'KLB-1.2'),
      reviewNote: at('reviewNote', 'KLB-1.1'),
      staffName: at('staffName', staff.id),
      assessorName: at('assessorName', ''),
      actionText: at('actionText', action.action.id),
      actionResponsible: at('actionResponsible', action.action.id),
    },
  };
}

describe('the assessment writer: typed text', () => {
  it('says "Menyimpan…" while text waits for its pause, then writes it once and says "Tersimpan"', async () => {
    const a = await newAssessment();
    const w = new AssessmentWriter(a.id);
    const place = { assessmentId: a.id, itemId: 'KLB-1.1', field: 'note' as const };
    expect(w.getState().kind).toBe('idle');
    w.type(place, 'A', '');
    w.type(place, 'Ak', 'A');
    w.type(place, 'Akta', 'Ak');
    expect(w.getState().kind).toBe('saving');
    expect(w.isWaiting(place)).toBe(true);
    expect(mirrors()).toHaveLength(1); // mirrored at once, before any write
    expect(await listAnswers(a.id)).toEqual([]);
    await pause();
    expect(w.getState().kind).toBe('saved');
    expect((await listAnswers(a.id))[0]).toMatchObject({ itemId: 'KLB-1.1', note: 'Akta' });
    expect(mirrors()).toEqual([]); // forgotten once written
    w.unregister();
  });

  it('flushes on page hide and before an update: everything waiting is written at once, inside the pause', async () => {
    const { writer, places } = await everyField();
    writer.type(places.note, 'catatan', '');
    writer.type(places.staffName, 'Bu Ani', 'AS');
    await flushPendingSaves(); // what pagehide, visibilitychange and an update call
    expect(await readText(places.note)).toBe('catatan');
    expect(await readText(places.staffName)).toBe('Bu Ani');
    expect(writer.getState().kind).toBe('saved');
    writer.unregister();
  });

  it('holds a field on request (a conflict waiting for the user): mirrored, not written, never "Tersimpan"; releasing writes it', async () => {
    const a = await newAssessment();
    const w = new AssessmentWriter(a.id);
    const place = { assessmentId: a.id, itemId: 'KLB-1.1', field: 'note' as const };
    w.hold(place, true);
    w.type(place, 'ketikan saya', '');
    await pause();
    await w.flush();
    expect(await listAnswers(a.id)).toEqual([]);
    expect(w.getState().kind).toBe('held');
    expect(mirrors()).toHaveLength(1);
    w.hold(place, false);
    await pause(30);
    expect((await listAnswers(a.id))[0]?.note).toBe('ketikan saya');
    expect(w.getState().kind).toBe('saved');
    w.unregister();
  });

  it('discards a waiting text and its mirror (a level chosen instead of N/A): nothing is written, nothing recovered', async () => {
    const a = await newAssessment();
    const w = new AssessmentWriter(a.id);
    const place = { assessmentId: a.id, itemId: 'KLB-1.2', field: 'naReason' as const };
    w.type(place, 'Tidak ada', '');
    w.discard(place);
    await pause();
    expect(await listAnswers(a.id)).toEqual([]);
    expect(mirrors()).toEqual([]);
    expect(await recoverPendingTexts()).toBe(0);
    expect(w.getState().kind).toBe('saved');
    w.unregister();
  });

  it('a failed write is shown and keeps the typed text mirrored; the next successful write clears the failure', async () => {
    const a = await newAssessment();
    const w = new AssessmentWriter(a.id);
    const place = { assessmentId: a.id, itemId: 'KLB-1.1', field: 'note' as const };
    const put = db.answers.put.bind(db.answers);
    db.answers.put = (() => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))) as never;
    try {
      w.type(place, 'ditulis saat penuh', '');
      await w.flush(place);
    } finally {
      db.answers.put = put;
    }
    const state = w.getState();
    expect(state.kind).toBe('failed');
    expect(state.kind === 'failed' && (state.error as Error).name).toBe('QuotaExceededError');
    expect(w.hasFailed(place)).toBe(true);
    expect(mirrors()).toHaveLength(1);
    // The next start writes it (the mirror was kept for exactly this).
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id))[0]?.note).toBe('ditulis saat penuh');
    w.type(place, 'lalu diubah', 'ditulis saat penuh');
    await w.flush(place);
    expect(w.getState().kind).toBe('saved');
    expect(w.hasFailed(place)).toBe(false);
    w.unregister();
  });

  it('taps (run) count in the same state: "Menyimpan…" until committed, a refusal shown', async () => {
    const a = await newAssessment();
    const w = new AssessmentWriter(a.id);
    const done = w.run(() => saveAnswer(a.id, 'KLB-1.1', { level: 3 }));
    expect(w.getState().kind).toBe('saving');
    expect(await done).toBe(true);
    expect(w.getState().kind).toBe('saved');
    await finaliseAssessment(a.id, { name: 'Siti', position: 'Kepala', place: 'Bandung', date: '2026-11-22' });
    expect(await w.run(() => saveAnswer(a.id, 'KLB-1.1', { level: 1 }))).toBe(false);
    expect(w.getState()).toMatchObject({ kind: 'failed' });
    w.startScreen(); // the next item starts its save line afresh
    expect(w.getState().kind).toBe('idle');
    w.unregister();
  });

  it('gives each assessment one writer, shared by every screen', () => {
    expect(writerFor('a-1')).toBe(writerFor('a-1'));
    expect(writerFor('a-1')).not.toBe(writerFor('a-2'));
    expect(() => writerFor('a-1').type({ assessmentId: 'a-2', itemId: 'x', field: 'note' }, 'x')).toThrow();
  });
});

describe('every typed field survives a tab closed inside its save pause', () => {
  const typed: Record<TextField, string> = {
    note: 'Akta pendirian di map biru',
    naReason: 'Panti tidak menyelenggarakan program keterampilan',
    reviewNote: 'Akta ditunjukkan, cocok dengan salinan',
    staffName: 'Bu Ani Rahmawati',
    assessorName: 'Drs. Hendra',
    actionText: 'Ajukan perpanjangan tanda daftar ke Dinas Sosial',
    actionResponsible: 'Bu Sari (sekretaris)',
  };
  for (const field of TEXT_FIELDS) {
    it(field, async () => {
      const { writer, places } = await everyField();
      await saveAnswer(places.note.assessmentId, 'KLB-1.1', { level: 2 });
      const place = places[field];
      const before = await readText(place);
      writer.type(place, typed[field], before ?? '');
      // The tab closes now: no timer, no flush. What is left is the mirror; the next start recovers it.
      writer.unregister();
      expect(await readText(place)).toBe(before);
      expect(await recoverPendingTexts()).toBe(1);
      expect(await readText(place)).toBe(typed[field]);
      expect(mirrors()).toEqual([]);
      if (field === 'naReason') expect((await listAnswers(place.assessmentId)).find((r) => r.itemId === 'KLB-1.2')).toMatchObject({ na: true, level: null });
      if (field === 'reviewNote') expect(await db.reviews.get([place.assessmentId, 'KLB-1.1'])).toMatchObject({ reviewedLevel: 2 });
    });
  }
});
