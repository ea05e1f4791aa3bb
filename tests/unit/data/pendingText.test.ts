// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAnswers, saveAnswer } from '../../../src/data/answers';
import { finaliseAssessment } from '../../../src/data/assessments';
import { forgetPendingText, recoverPendingTexts, rememberPendingText, RECOVERED_MARK } from '../../../src/data/pendingText';
import { clearDatabase, newAssessment } from './fixtures';

beforeEach(async () => {
  await clearDatabase();
  localStorage.clear();
});

describe('pending text mirrored outside IndexedDB', () => {
  it('is written at start-up when the tab closed before the debounced save', async () => {
    const a = await newAssessment();
    await saveAnswer(a.id, 'KLB-1.1', { level: 3 });
    await new Promise((r) => setTimeout(r, 5));
    rememberPendingText({ assessmentId: a.id, itemId: 'KLB-1.1', field: 'note' }, 'Akta ada di map biru');
    expect(await recoverPendingTexts()).toBe(1);
    const row = (await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.1')!;
    expect(row).toMatchObject({ level: 3, note: 'Akta ada di map biru' });
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('is forgotten once written; text another tab stored meanwhile is kept, with the typed text below it', async () => {
    const a = await newAssessment();
    const place = { assessmentId: a.id, itemId: 'KLB-1.2', field: 'note' as const };
    rememberPendingText(place, 'lama', '');
    forgetPendingText(place, 'lama');
    expect(Object.keys(localStorage)).toEqual([]);

    rememberPendingText(place, 'ketikan tab yang ditutup', '');
    await saveAnswer(a.id, 'KLB-1.2', { note: 'ditulis kemudian di tab lain' });
    expect(await recoverPendingTexts()).toBe(1);
    const note = (await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.2')?.note;
    expect(note).toBe(`ditulis kemudian di tab lain\n${RECOVERED_MARK}\nketikan tab yang ditutup`);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('survives a browser killed before localStorage reached the disk: the database copy is recovered', async () => {
    const a = await newAssessment();
    const place = { assessmentId: a.id, itemId: 'KLB-2.1', field: 'note' as const };
    rememberPendingText(place, 'Diketik sebelum baterai habis', '');
    await new Promise((r) => setTimeout(r, 20)); // the mirror's own database write commits
    localStorage.clear(); // what a killed Chromium leaves of its lazily written localStorage
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-2.1')?.note).toBe('Diketik sebelum baterai habis');
    const { db } = await import('../../../src/data/db');
    expect(await db.meta.where('key').startsWith('pendingText:').count()).toBe(0);
  });

  it('a stale localStorage copy (its removal never reached the disk) loses to the newer tombstone in the database', async () => {
    const a = await newAssessment();
    const place = { assessmentId: a.id, itemId: 'KLB-2.2', field: 'note' as const };
    rememberPendingText(place, 'teks A', '');
    const stale = Object.entries(localStorage).find(([k]) => k.includes('KLB-2.2'))!;
    await saveAnswer(a.id, 'KLB-2.2', { note: 'teks A' });
    forgetPendingText(place, 'teks A');
    await new Promise((r) => setTimeout(r, 20));
    // Later the note is changed and saved; then the browser dies with the old localStorage entry still on disk.
    await saveAnswer(a.id, 'KLB-2.2', { note: 'teks B yang sudah disimpan' });
    localStorage.setItem(stale[0], stale[1]);
    expect(await recoverPendingTexts()).toBe(0);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-2.2')?.note).toBe('teks B yang sudah disimpan');
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('no clock decides: with the clock set back a day, the typed note is still recovered', async () => {
    const a = await newAssessment();
    await saveAnswer(a.id, 'KLB-1.3', { level: 2, note: 'awal' });
    const realNow = Date.now;
    const realToISOString = Date.prototype.toISOString;
    try {
      // The mirror is written while the device clock says yesterday.
      const shifted = new Date(realNow() - 24 * 3600_000).toISOString();
      Date.prototype.toISOString = function () {
        return shifted;
      };
      rememberPendingText({ assessmentId: a.id, itemId: 'KLB-1.3', field: 'note' }, 'awal, lalu ditambah', 'awal');
    } finally {
      Date.prototype.toISOString = realToISOString;
    }
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.3')).toMatchObject({ level: 2, note: 'awal, lalu ditambah' });
  });

  it('text typed while the previous text was being written keeps the written text as its base', async () => {
    const a = await newAssessment();
    const place = { assessmentId: a.id, itemId: 'KLB-1.4', field: 'note' as const };
    rememberPendingText(place, 'Akta', '');
    rememberPendingText(place, 'Akta notaris', 'Akta');
    await saveAnswer(a.id, 'KLB-1.4', { note: 'Akta' });
    forgetPendingText(place, 'Akta');
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.4')?.note).toBe('Akta notaris');
  });

  it('an N/A reason brings N/A with it; a final assessment and junk entries are left alone', async () => {
    const a = await newAssessment();
    rememberPendingText({ assessmentId: a.id, itemId: 'KLB-2.1', field: 'naReason' }, 'Tidak ada program keterampilan');
    localStorage.setItem('swanilai.pending.answer:rusak', '{not json');
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-2.1')).toMatchObject({ na: true, level: null, naReason: 'Tidak ada program keterampilan' });

    const b = await newAssessment();
    await finaliseAssessment(b.id, { name: 'Siti', position: 'Kepala', place: 'Bandung', date: '2026-11-22' });
    rememberPendingText({ assessmentId: b.id, itemId: 'KLB-1.1', field: 'note' }, 'terlambat');
    expect(await recoverPendingTexts()).toBe(0);
    expect(await listAnswers(b.id)).toEqual([]);
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

describe('storage full at start-up', () => {
  it('keeps the mirrored text when its write fails, and writes it at the next start', async () => {
    const a = await newAssessment();
    const { db } = await import('../../../src/data/db');
    rememberPendingText({ assessmentId: a.id, itemId: 'KLB-1.1', field: 'note' }, 'Ditulis saat memori penuh');
    // The write fails as a full disk makes it fail.
    const put = db.answers.put.bind(db.answers);
    db.answers.put = (() => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))) as never;
    try {
      expect(await recoverPendingTexts()).toBe(0);
    } finally {
      db.answers.put = put;
    }
    expect(Object.keys(localStorage)).toHaveLength(1);
    expect(await recoverPendingTexts()).toBe(1);
    expect((await listAnswers(a.id)).find((r) => r.itemId === 'KLB-1.1')?.note).toBe('Ditulis saat memori penuh');
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

describe("the assessor's note", () => {
  it('is mirrored like the institution’s notes and written at start-up after a tab closed inside the save pause', async () => {
    const a = await newAssessment();
    rememberPendingText({ assessmentId: a.id, itemId: 'KLB-1.1', field: 'reviewNote' }, 'Akta tidak ditunjukkan saat kunjungan');
    expect(await recoverPendingTexts()).toBe(1);
    const { db } = await import('../../../src/data/db');
    expect((await db.reviews.get([a.id, 'KLB-1.1']))?.note).toBe('Akta tidak ditunjukkan saat kunjungan');
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

describe('a roster name', () => {
  it('typed just before a reload is written at start-up', async () => {
    const a = await newAssessment();
    const { addStaff } = await import('../../../src/data/staff');
    const s = await addStaff(a.id, { name: '', role: 'pekerja-sosial', unsur: 'operasional', education: 'S1/D4', employment: 'tetap', certified: false, trainedLast12Months: false, empowermentCapable: false });
    await new Promise((r) => setTimeout(r, 5));
    rememberPendingText({ assessmentId: a.id, itemId: s.id, field: 'staffName' }, 'Rina Wulandari');
    expect(await recoverPendingTexts()).toBe(1);
    const { db } = await import('../../../src/data/db');
    expect((await db.staff.get(s.id))?.name).toBe('Rina Wulandari');
  });
});
