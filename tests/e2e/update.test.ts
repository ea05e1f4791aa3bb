import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, tempProfileDir, waitForServiceWorker } from './support/browser';
import { startServer } from './support/server';
import { DIST, DIST_NEXT } from './support/env';
import { createInstitution, openItem, startAssessment } from './support/app';

test('a new version is offered, never forced: the page stays until "Muat ulang", then the new build runs', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir());
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/pengaturan`);
    await waitForServiceWorker(page);
    assert.equal(await page.getByTestId('app-build').textContent(), 'e2e-1');

    // Mark this document: a reload would lose the mark.
    await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 42));
    server.setRoot(DIST_NEXT);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
    await prompt.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    assert.equal(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark), 42, 'the page did not reload by itself');
    assert.equal(await page.getByTestId('app-build').textContent(), 'e2e-1');

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
    await page.getByTestId('app-build').waitFor();
    assert.equal(await page.getByTestId('app-build').textContent(), 'e2e-2');
  } finally {
    await context.close();
    await server.close();
  }
});

test('"Muat ulang" first writes the note that is still waiting to be saved', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await createInstitution(page, server.url);
    const { assessmentId } = await startAssessment(page, '2026');
    await openItem(page, server.url, assessmentId, 'KLB-1.1');

    server.setRoot(DIST_NEXT);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
    await prompt.waitFor({ timeout: 30_000 });

    // Typing is saved after a short pause; clicking "Muat ulang" within that pause must not lose it.
    await page.getByTestId('note').fill('Catatan diketik tepat sebelum pembaruan');
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
    await page.getByTestId('note').waitFor();
    assert.equal(await page.getByTestId('note').inputValue(), 'Catatan diketik tepat sebelum pembaruan');
  } finally {
    await context.close();
    await server.close();
  }
});

test('"Muat ulang" in one tab never reloads another tab that holds a half-filled evidence form', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir());
  try {
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
    await c.getByTestId('app-build').waitFor();

    server.setRoot(DIST_NEXT);
    await a.goto(`${server.url}/pengaturan`);
    await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = a.getByRole('alert').filter({ hasText: 'Versi baru tersedia' });
    await prompt.waitFor({ timeout: 30_000 });
    await Promise.all([a.waitForEvent('load', { timeout: 30_000 }), prompt.getByRole('button', { name: 'Muat ulang' }).click()]);
    await a.getByTestId('app-build').waitFor();
    assert.equal(await a.getByTestId('app-build').textContent(), 'e2e-2');

    await b.getByTestId('update-deferred').waitFor({ timeout: 30_000 });
    assert.equal(await b.evaluate(() => (window as unknown as { __mark?: number }).__mark), 7, 'tab B was not reloaded');
    assert.equal(await b.getByLabel('Judul / keterangan').inputValue(), 'Akta pendirian yayasan (belum disimpan)');
    await c.waitForFunction(() => document.querySelector('[data-testid="app-build"]')?.textContent === 'e2e-2', undefined, { timeout: 30_000 });
  } finally {
    await context.close();
    await server.close();
  }
});
