import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { answerItem, createInstitution, openItem, startAssessment } from './support/app';
import { currentUmum } from '../../src/domain/standard/registry';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds no serious or critical violation on Beranda, the profile form and the questionnaire', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  assert.deepEqual(await seriousViolations(page), [], 'Beranda (empty)');

  await page.goto(`${server.url}/lembaga/baru`);
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Nama lembaga wajib diisi')).toBeVisible();
  assert.deepEqual(await seriousViolations(page), [], 'profile form with errors');

  await createInstitution(page, server.url);
  assert.deepEqual(await seriousViolations(page), [], 'profile of an institution');
  const { assessmentId } = await startAssessment(page, '2026');
  await page.getByRole('button', { name: /KLB/ }).or(page.locator('summary').filter({ hasText: 'KLB' })).first().click();
  assert.deepEqual(await seriousViolations(page), [], 'questionnaire overview');

  const items = currentUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items));
  const naItem = items.find((i) => i.naAllowed && !i.computed)!;
  await openItem(page, server.url, assessmentId, items[0]!.id);
  await answerItem(page, items[0]!.id, 3);
  await page.locator('.guidance summary').click();
  assert.deepEqual(await seriousViolations(page), [], 'questionnaire item');
  await openItem(page, server.url, assessmentId, naItem.id);
  await page.getByTestId('level-na').check();
  await expect(page.getByText('Alasan N/A wajib diisi')).toBeVisible();
  assert.deepEqual(await seriousViolations(page), [], 'questionnaire item with N/A');
  const computed = items.find((i) => i.computed)!;
  await openItem(page, server.url, assessmentId, computed.id);
  assert.deepEqual(await seriousViolations(page), [], 'computed item');

  await page.goto(`${server.url}/asesmen/${assessmentId}/selesai`);
  await expect(page.getByRole('heading', { name: 'Belum dapat difinalkan' })).toBeVisible();
  assert.deepEqual(await seriousViolations(page), [], 'finalise checklist');

  await page.goto(server.url);
  await expect(page.getByRole('link', { name: /^Lanjutkan asesmen/ })).toBeVisible();
  assert.deepEqual(await seriousViolations(page), [], 'Beranda with an assessment');
});
