import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, PHONE } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';

test('an expert reads the instrument in the catalogue: search finds an item and shows its level descriptors', async () => {
  const server = await startServer(DIST);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${server.url}/pengaturan`);
    await page.getByRole('link', { name: /Katalog instrumen/ }).click();
    await page.getByRole('heading', { name: 'Katalog instrumen' }).waitFor();
    await page.getByLabel('Cari butir').fill('izin operasional');
    const item = page.locator('details.catalogue-item', { hasText: 'KLB-1.4' });
    await item.locator('summary').click();
    await item.getByText('Panti tidak memiliki izin operasional.').waitFor();
    assert.match((await item.locator('summary').textContent()) ?? '', /kritis/);
    assert.equal(await page.locator('details.catalogue-item', { hasText: 'PSD-1.1' }).count(), 0, 'the search filters items');

    const labels = await page.getByLabel('Standar', { exact: true }).locator('option').allTextContents();
    await page.getByLabel('Standar', { exact: true }).selectOption({ label: labels.find((l) => l.includes('LKSA'))! });
    await page.getByLabel('Cari butir').fill('');
    await page.locator('details.catalogue-item', { hasText: 'LKSA-1.1' }).first().waitFor();

    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.length}`), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
