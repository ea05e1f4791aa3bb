import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { createInstitution } from './support/app';
import { readStore } from './support/seed';

test('persistent storage is asked for after the first real save, and Pengaturan shows persistence, usage and quota', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(`${server.url}/pengaturan`);
  await expect(page.getByTestId('storage-quota')).toBeVisible();
  await expect(page.getByTestId('storage-quota'), 'the quota is a figure').toHaveText(/\d/);
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
  await expect(page.getByTestId('storage-usage')).toHaveText(/\d/);
});
