import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { createInstitution } from './support/app';
import { readStore } from './support/seed';

test('persistent storage is asked for after the first real save, and Pengaturan shows persistence, usage and quota', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/pengaturan`);
    await page.getByTestId('storage-quota').waitFor();
    assert.match((await page.getByTestId('storage-quota').textContent()) ?? '', /\d/, 'the quota is a figure');
    const before = await readStore<{ key: string }>(page, 'meta');
    assert.equal(before.some((r) => r.key === 'persistRequested'), false, 'nothing is asked before a real save');

    await createInstitution(page, server.url);
    await page.waitForFunction(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('swanilai-panti');
        req.onsuccess = () => resolve(req.result);
      });
      const row = await new Promise((resolve) => {
        const req = db.transaction('meta').objectStore('meta').get('persistRequested');
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return Boolean(row);
    });
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    await page.goto(`${server.url}/pengaturan`);
    const shown = (await page.getByTestId('storage-persisted').textContent()) ?? '';
    assert.match(shown, persisted ? /^Ya/ : /^Belum/, 'Pengaturan tells the truth about persistence');
    assert.match((await page.getByTestId('storage-usage').textContent()) ?? '', /\d/);
  } finally {
    await context.close();
    await server.close();
  }
});
