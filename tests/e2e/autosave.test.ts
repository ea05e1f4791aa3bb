import assert from 'node:assert/strict';
import { test, expect, traceContext, writeTrace } from './support/fixtures';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, PHONE, tempProfileDir } from './support/browser';
import { answerItem, createInstitution, openItem, startAssessment, waitSaved } from './support/app';
import { currentUmum } from '../../src/domain/standard/registry';

/** The real Chromium binary (Debian's /usr/bin/chromium is a shell wrapper; killing it would not kill the browser). */
const REAL_CHROMIUM = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';

/** Starts Chromium on a profile directory ourselves, so the test knows the browser's PID and can SIGKILL it. */
async function launchKillable(userDataDir: string): Promise<{ proc: ChildProcess; browser: Browser }> {
  const proc = spawn(REAL_CHROMIUM, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ws = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint: ${buffer}`)), 20_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.on('exit', () => reject(new Error(`chromium exited: ${buffer}`)));
  });
  proc.stderr!.resume();
  const browser = await chromium.connectOverCDP(ws);
  return { proc, browser };
}

/**
 * The browser's page at phone size. The relaunch after a kill is traced (traceContext, on a failed test's retry); the first run is not: a
 * SIGKILL leaves no trace to write, and tracing would add load inside the timed pauses the kill must land in.
 */
async function phonePage(browser: Browser, traced = false) {
  const context = browser.contexts()[0]!;
  if (traced) await traceContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(PHONE.viewport);
  return page;
}

test('SIGKILL right after "Tersimpan": after a relaunch on the same profile every answer, note and N/A reason is there', async ({ server }) => {
  const dir = tempProfileDir();
  const items = currentUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items));
  const naItem = items.find((i) => i.naAllowed && !i.computed)!;
  const [first, second, last] = items.filter((i) => i !== naItem && !i.computed);
  assert.ok(first && second && last && naItem);

  const run1 = await launchKillable(dir);
  let assessmentId: string;
  try {
    const page = await phonePage(run1.browser);
    await createInstitution(page, server.url);
    ({ assessmentId } = await startAssessment(page, '2026'));
    await openItem(page, server.url, assessmentId, first.id);
    await answerItem(page, first.id, 3);
    await page.getByTestId('note').fill('Catatan butir pertama: akta ada.');
    await page.getByRole('link', { name: 'Berikutnya ›' }).click(); // leaving the item flushes the typed note
    await answerItem(page, second.id, 1);
    await openItem(page, server.url, assessmentId, naItem.id);
    await answerItem(page, naItem.id, 'na', 'Panti tidak punya layanan ini');
    await openItem(page, server.url, assessmentId, last.id);
    await page.getByTestId('note').fill('Catatan terakhir sebelum mati listrik');
    await page.getByTestId('level-4').check();
    await waitSaved(page);
  } finally {
    run1.proc.kill('SIGKILL');
    await new Promise((resolve) => run1.proc.once('exit', resolve));
  }

  const run2 = await launchKillable(dir);
  try {
    const page = await phonePage(run2.browser, true);
    await openItem(page, server.url, assessmentId, first.id);
    await expect(page.getByTestId('level-3')).toBeChecked();
    await expect(page.getByTestId('note')).toHaveValue('Catatan butir pertama: akta ada.');
    await openItem(page, server.url, assessmentId, second.id);
    await expect(page.getByTestId('level-1')).toBeChecked();
    await openItem(page, server.url, assessmentId, naItem.id);
    await expect(page.getByTestId('level-na')).toBeChecked();
    await expect(page.getByTestId('na-reason')).toHaveValue('Panti tidak punya layanan ini');
    await openItem(page, server.url, assessmentId, last.id);
    await expect(page.getByTestId('level-4')).toBeChecked();
    await expect(page.getByTestId('note')).toHaveValue('Catatan terakhir sebelum mati listrik');
    // Beranda's "Lanjutkan" returns to the last item opened.
    await page.goto(server.url);
    await page.getByRole('link', { name: /^Lanjutkan asesmen/ }).click();
    await expect(page.getByTestId('item-id').filter({ hasText: last.id })).toBeVisible();
  } finally {
    await writeTrace(run2.browser.contexts()[0]!);
    await run2.browser.close().catch(() => undefined);
    run2.proc.kill('SIGKILL');
  }
});

test('SIGKILL inside the typing pause (before the debounced write): the note typed last is there after a relaunch', async ({ server }) => {
  const dir = tempProfileDir();
  const items = currentUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items)).filter((i) => !i.computed);
  const item = items[2]!;
  const run1 = await launchKillable(dir);
  let assessmentId: string;
  try {
    const page = await phonePage(run1.browser);
    await createInstitution(page, server.url);
    ({ assessmentId } = await startAssessment(page, '2026'));
    await openItem(page, server.url, assessmentId, item.id);
    await answerItem(page, item.id, 2);
    // Wait long enough for localStorage's own lazy commit of earlier keys, so only this note is at stake.
    await page.waitForTimeout(1500);
    await page.getByTestId('note').fill('Diketik tepat sebelum baterai habis');
    // The debounced IndexedDB write waits 250 ms; Chromium writes localStorage to disk lazily (seconds later).
    await page.waitForTimeout(80);
    assert.equal(await page.getByTestId('save-state').textContent().then((t) => /Tersimpan/.test(t ?? '')), false, 'the debounced write had already happened: the test would not test the mirror');
  } finally {
    run1.proc.kill('SIGKILL');
    await new Promise((resolve) => run1.proc.once('exit', resolve));
  }
  const run2 = await launchKillable(dir);
  try {
    const page = await phonePage(run2.browser, true);
    await openItem(page, server.url, assessmentId, item.id);
    await page.waitForFunction(() => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value === 'Diketik tepat sebelum baterai habis', undefined, { timeout: 10_000 });
    await expect(page.getByTestId('level-2')).toBeChecked();
  } finally {
    await writeTrace(run2.browser.contexts()[0]!);
    await run2.browser.close().catch(() => undefined);
    run2.proc.kill('SIGKILL');
  }
});

test('SIGKILL right after typing in the evidence form (not saved): the form comes back with what was typed', async ({ server }) => {
  const dir = tempProfileDir();
  const run1 = await launchKillable(dir);
  let assessmentId: string;
  try {
    const page = await phonePage(run1.browser);
    await createInstitution(page, server.url);
    ({ assessmentId } = await startAssessment(page, '2026'));
    await page.goto(`${server.url}/asesmen/${assessmentId}/bukti`);
    await page.getByRole('button', { name: 'Tambah bukti' }).click();
    await page.waitForTimeout(1500); // earlier localStorage writes reach the disk; only the typing below is at stake
    await page.getByRole('form', { name: 'Tambah bukti' }).getByLabel('Judul / keterangan').fill('Foto ruang tidur anak');
    await page.waitForTimeout(80);
  } finally {
    run1.proc.kill('SIGKILL');
    await new Promise((resolve) => run1.proc.once('exit', resolve));
  }
  const run2 = await launchKillable(dir);
  try {
    const page = await phonePage(run2.browser, true);
    await page.goto(`${server.url}/asesmen/${assessmentId}/bukti`);
    const form = page.getByRole('form', { name: 'Tambah bukti' });
    await expect(form.getByTestId('evidence-draft-restored')).toBeVisible();
    await expect(form.getByLabel('Judul / keterangan')).toHaveValue('Foto ruang tidur anak');
  } finally {
    await writeTrace(run2.browser.contexts()[0]!);
    await run2.browser.close().catch(() => undefined);
    run2.proc.kill('SIGKILL');
  }
});
