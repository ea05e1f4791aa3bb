import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { waitForServiceWorker } from './support/browser';
import { DIST, DIST_NEXT } from './support/env';
import { createInstitution, openItem, startAssessment } from './support/app';

// These tests swap the served build under an open page; the worker's server serves dist again for the next test.
test.afterEach(({ server }) => {
  server.setRoot(DIST);
});

test('a new version is offered, never forced: the page stays until "Muat ulang", then the new build runs', async ({ server, desktop }) => {
  const { page } = desktop;
  await page.goto(`${server.url}/pengaturan`);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('app-build')).toHaveText('e2e-1');

  // Mark this document: a reload would lose the mark.
  await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 42));
  server.setRoot(DIST_NEXT);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(3000);
  assert.equal(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark), 42, 'the page did not reload by itself');
  await expect(page.getByTestId('app-build')).toHaveText('e2e-1');

  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
  await expect(page.getByTestId('app-build')).toBeVisible();
  await expect(page.getByTestId('app-build')).toHaveText('e2e-2');
});

test('"Muat ulang" first writes the note that is still waiting to be saved', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await createInstitution(page, server.url);
  const { assessmentId } = await startAssessment(page, '2026');
  await openItem(page, server.url, assessmentId, 'KLB-1.1');

  server.setRoot(DIST_NEXT);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });

  // Typing is saved after a short pause; clicking "Muat ulang" within that pause must not lose it.
  await page.getByTestId('note').fill('Catatan diketik tepat sebelum pembaruan');
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
  await expect(page.getByTestId('note')).toBeVisible();
  await expect(page.getByTestId('note')).toHaveValue('Catatan diketik tepat sebelum pembaruan');
});

test('"Muat ulang" in one tab never reloads another tab that holds a half-filled evidence form', async ({ server, desktop }) => {
  const { context } = desktop;
  const a = context.pages()[0] ?? (await context.newPage());
  await a.goto(server.url);
  await waitForServiceWorker(a);
  await createInstitution(a, server.url);
  const { assessmentId } = await startAssessment(a, '2026');

  // Tab B: the evidence form, half filled.
  const b = await context.newPage();
  await b.goto(`${server.url}/asesmen/${assessmentId}/bukti?butir=KLB-1.1`);
  await b.getByLabel('Judul / keterangan').fill('Akta pendirian yayasan (belum disimpan)');
  await b.evaluate(() => ((window as unknown as { __mark: number }).__mark = 7));

  // Tab C: nothing unsaved; it follows the update.
  const c = await context.newPage();
  await c.goto(`${server.url}/pengaturan`);
  await expect(c.getByTestId('app-build')).toBeVisible();

  server.setRoot(DIST_NEXT);
  await a.goto(`${server.url}/pengaturan`);
  await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = a.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await Promise.all([a.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
  await expect(a.getByTestId('app-build')).toBeVisible();
  await expect(a.getByTestId('app-build')).toHaveText('e2e-2');

  await expect(b.getByTestId('update-deferred')).toBeVisible({ timeout: 30_000 });
  assert.equal(await b.evaluate(() => (window as unknown as { __mark?: number }).__mark), 7, 'tab B was not reloaded');
  await expect(b.getByLabel('Judul / keterangan')).toHaveValue('Akta pendirian yayasan (belum disimpan)');
  await c.waitForFunction(() => document.querySelector('[data-testid="app-build"]')?.textContent === 'e2e-2', undefined, { timeout: 30_000 });
});
