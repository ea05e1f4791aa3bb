import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';

test('an expert reads the instrument in the catalogue: search finds an item and shows its level descriptors', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(`${server.url}/pengaturan`);
  await page.getByRole('link', { name: /Katalog instrumen/ }).click();
  await expect(page.getByRole('heading', { name: 'Katalog instrumen' })).toBeVisible();
  await page.getByLabel('Cari butir').fill('izin operasional');
  const item = page.locator('details.catalogue-item', { hasText: 'KLB-1.4' });
  await item.locator('summary').click();
  await expect(item.getByText('Panti tidak memiliki izin operasional.')).toBeVisible();
  await expect(item.locator('summary')).toHaveText(/kritis/);
  await expect(page.locator('details.catalogue-item', { hasText: 'PSD-1.1' }), 'the search filters items').toHaveCount(0);

  const labels = await page.getByLabel('Standar', { exact: true }).locator('option').allTextContents();
  await page.getByLabel('Standar', { exact: true }).selectOption({ label: labels.find((l) => l.includes('LKSA'))! });
  await page.getByLabel('Cari butir').fill('');
  await expect(page.locator('details.catalogue-item', { hasText: 'LKSA-1.1' }).first()).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.length}`), []);
});
