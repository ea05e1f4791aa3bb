import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { createInstitution, openItem, startAssessment } from './support/app';

test('a note typed and the tab reloaded at once (inside the save pause) is not lost', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await createInstitution(page, server.url);
    const { assessmentId } = await startAssessment(page, '2026');
    for (const [i, itemId] of ['KLB-1.1', 'KLB-1.2', 'KLB-1.1'].entries()) {
      await openItem(page, server.url, assessmentId, itemId);
      const note = `Catatan ${i}: dokumen ada di lemari arsip`;
      await page.getByTestId('note').fill(note);
      await page.reload();
      await page.getByTestId('note').waitFor();
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
  } finally {
    await context.close();
    await server.close();
  }
});
