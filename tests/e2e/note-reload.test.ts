import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { createInstitution, openItem, startAssessment } from './support/app';

test('a note typed and the tab reloaded at once (inside the save pause) is not lost', async ({ server, phone }) => {
  const { page } = phone;
  await createInstitution(page, server.url);
  const { assessmentId } = await startAssessment(page, '2026');
  for (const [i, itemId] of ['KLB-1.1', 'KLB-1.2', 'KLB-1.1'].entries()) {
    await openItem(page, server.url, assessmentId, itemId);
    const note = `Catatan ${i}: dokumen ada di lemari arsip`;
    await page.getByTestId('note').fill(note);
    await page.reload();
    await expect(page.getByTestId('note')).toBeVisible();
    await page.waitForFunction((expected) => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value === expected, note, { timeout: 5000 });
  }
  // And it is in IndexedDB, not only on screen.
  const stored = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('swanilai-panti');
      req.onsuccess = () => resolve(req.result);
    });
    const row = await new Promise<{ note?: string } | undefined>((resolve) => {
      const req = db.transaction('answers').objectStore('answers').get([id, 'KLB-1.2']);
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return row?.note;
  }, assessmentId);
  assert.equal(stored, 'Catatan 1: dokumen ada di lemari arsip');
});

/** Every Date in the page runs one day behind (a script string: it must not be transpiled). */
const CLOCK_BACK_ONE_DAY = `(() => {
  const RealDate = Date;
  const shift = -24 * 3600 * 1000;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + shift).toString();
    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + shift);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + shift;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
})();`;

test('with the clock set back a day, the note a killed tab left in the crash mirror is still recovered', async ({ server, phone }) => {
  const { context, page } = phone;
  await createInstitution(page, server.url);
  const { assessmentId } = await startAssessment(page, '2026');
  await openItem(page, server.url, assessmentId, 'KLB-1.1');
  await page.getByTestId('note').fill('Ditulis saat jam perangkat benar');
  await page.getByTestId('note').blur();
  await page.waitForTimeout(600);
  // The phone's clock is set back one day (every page from now on), as a user or a flat battery may do.
  await context.addInitScript({ content: CLOCK_BACK_ONE_DAY });
  await page.reload();
  await expect(page.getByTestId('note')).toBeVisible();
  const shifted = await page.evaluate(() => Date.now());
  assert.ok(shifted < Date.now() - 23 * 3600_000, 'the page clock runs a day behind');
  const note = 'Ditambah setelah jam mundur: akta ada di map biru';
  // The mirror exactly as a tab killed inside the save pause leaves it (typed on the shifted clock; a real kill
  // cannot be timed reliably, and Chromium may not have flushed localStorage to disk by then).
  await page.evaluate(
    ([id, text]) =>
      localStorage.setItem(
        `swanilai.pending.answer:${id}|KLB-1.1|note`,
        JSON.stringify({ assessmentId: id, itemId: 'KLB-1.1', field: 'note', value: text, base: 'Ditulis saat jam perangkat benar', at: new Date().toISOString() }),
      ),
    [assessmentId, note] as const,
  );
  await page.reload();
  await expect(page.getByTestId('note')).toBeVisible();
  await page.waitForFunction((expected) => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value === expected, note, { timeout: 5000 });
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('swanilai.pending')).length), 0);
});
