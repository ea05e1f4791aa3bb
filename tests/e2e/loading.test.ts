import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';
import { contextOptions } from './support/browser';
import { seedInstitutionWithAssessment } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';

/*
 * How the app arrives on a phone with nothing cached: a deep link into the questionnaire comes in a handful of
 * scripts (the first question's code is grouped, see vite.config.ts), and an app that cannot load says so in words
 * with the way out instead of leaving a white page.
 */
/** The path of every script the page requests from now on. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

const firstItem = currentUmum().aspects[0]!.components[0]!.items[0]!.id;

test('a cold deep link into a question loads its code in a few scripts; it, Hasil and Beranda load only the standard the assessment was started on', async ({ browser, server }) => {
  const setup = await browser.newContext(contextOptions({ phone: true }));
  const page = await setup.newPage();
  await openApp(page, server.url);
  const { assessment } = await seedInstitutionWithAssessment(page);
  const state = await setup.storageState({ indexedDB: true });
  await setup.close();

  // No HTTP cache and no service worker: everything the first question needs comes over the network.
  const cold = await browser.newContext({ ...contextOptions({ phone: true }), storageState: state, serviceWorkers: 'block' });
  try {
    const phone = await cold.newPage();
    const scripts = scriptsOf(phone);
    await phone.goto(`${server.url}/asesmen/${assessment.id}/butir/${firstItem}`);
    await expect(phone.getByTestId('level-0')).toBeEnabled();
    const before = [...scripts];
    // One request costs a slow phone a few milliseconds of main thread and a turn on one of six connections: before
    // the grouping it was some sixty scripts.
    assert.ok(before.length <= 10, `${before.length} scripts before the first question: ${before.join(', ')}`);
    assert.ok(before.some((s) => /standar-umum-2\.0\.0-core-/.test(s)), 'the core of the Standar Umum the assessment was started on is loaded');
    // The question's own texts (its aspect's part of the file), not the other five aspects' (vite.config.ts).
    const aspect = firstItem.split('-')[0]!;
    assert.ok(before.some((s) => s.includes(`standar-umum-2.0.0-${aspect}-`)), `the texts of aspect ${aspect} are loaded: ${before.join(', ')}`);
    const otherParts = before.filter((s) => /standar-umum-2\.0\.0-/.test(s) && !s.includes(`-${aspect}-`) && !s.includes('-core-'));
    assert.deepEqual(otherParts, [], "no other aspect's texts are loaded before the first question");
    assert.ok(!before.some((s) => /standar-umum-1\.0\.0|khusus-/.test(s)), `no other standard file is loaded: ${before.join(', ')}`);
    // The item's texts are on screen: its level descriptors and its expected evidence.
    const item = currentUmum().aspects[0]!.components[0]!.items[0]!;
    await expect(phone.getByRole('radio', { name: `Tingkat 4: ${item.levels[4]}` })).toBeVisible();
    await expect(phone.getByText(item.evidence[0]!, { exact: true })).toBeVisible();
    // The next item of another aspect brings that aspect's texts (precached by the service worker for offline use).
    const nextAspect = currentUmum().aspects[1]!;
    const other = nextAspect.components[0]!.items[0]!;
    await phone.goto(`${server.url}/asesmen/${assessment.id}/butir/${other.id}`);
    await expect(phone.getByRole('radio', { name: `Tingkat 4: ${other.levels[4]}` })).toBeVisible();
    assert.ok(scripts.some((s) => s.includes(`standar-umum-2.0.0-${nextAspect.id}-`)), `aspect ${nextAspect.id}'s texts were loaded for its item`);
  } finally {
    await cold.close();
  }

  // Hasil the same way: the files its assessment was started on, not every version of every module.
  const coldHasil = await browser.newContext({ ...contextOptions({ phone: true }), storageState: state, serviceWorkers: 'block' });
  try {
    const phone = await coldHasil.newPage();
    const scripts = scriptsOf(phone);
    await phone.goto(`${server.url}/hasil/${assessment.id}`);
    await expect(phone.getByTestId('grade-estimate')).toBeVisible();
    assert.ok(scripts.some((s) => /standar-umum-2\.0\.0-core-/.test(s)), 'Hasil loads the Standar Umum its assessment was started on');
    assert.ok(scripts.some((s) => /\/results-[^/]+\.js$/.test(s)), `Hasil's own modules come in their chunk: ${scripts.join(', ')}`);
    for (const a of currentUmum().aspects) assert.ok(scripts.some((s) => s.includes(`standar-umum-2.0.0-${a.id}-`)), `Hasil loads the texts of ${a.id} (its gaps name them)`);
    assert.ok(!scripts.some((s) => /standar-umum-1\.0\.0|khusus-/.test(s)), `Hasil loads no other standard file: ${scripts.join(', ')}`);
  } finally {
    await coldHasil.close();
  }

  // Beranda with the assessment: its progress from the standard's core, not the whole registry of every version.
  const coldHome = await browser.newContext({ ...contextOptions({ phone: true }), storageState: state, serviceWorkers: 'block' });
  try {
    const phone = await coldHome.newPage();
    const scripts = scriptsOf(phone);
    await phone.goto(server.url);
    await expect(phone.getByRole('link', { name: /^Lanjutkan asesmen/ })).toBeVisible();
    const parts = scripts.filter((s) => /standar-umum-|khusus-/.test(s));
    assert.ok(parts.length > 0 && parts.every((s) => /standar-umum-2\.0\.0-core-/.test(s)), `Beranda loads only the Standar Umum 2.0.0 core: ${parts.join(', ')}`);
    // Hasil's own chunk (vite.config.ts, the results group) is Hasil's alone.
    assert.ok(!scripts.some((s) => /\/results-[^/]+\.js$/.test(s)), `Beranda loads no Hasil chunk: ${scripts.join(', ')}`);
  } finally {
    await coldHome.close();
  }
});

/** Where the network drops on a first visit (no service worker yet): every script matching `failing` is refused. */
const DROPS = [
  {
    // The entry and the bundler's small helpers it imports arrive; the app's start cannot be imported (src/main.tsx).
    name: 'an app whose code cannot be fetched says so, with "Muat ulang", and opens once the network is back',
    failing: /\/assets\/(?!index-|preload-helper-|rolldown-runtime-)[^/]+\.js$/,
  },
  {
    // The entry arrives, the chunks it imports statically do not: no line of the app runs, only index.html's own script.
    name: "a first visit whose network drops before the entry's own imports arrive says so too, and opens once it is back",
    failing: /\/assets\/(?!index-)[^/]+\.js$/,
  },
];

for (const { name, failing } of DROPS) {
  test(name, async ({ browser, server }) => {
    const context = await browser.newContext({ ...contextOptions({ phone: true }), serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && refused.push(m.text()));
      await page.route(failing, (route) => route.abort('internetdisconnected'));
      await page.goto(server.url);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'Aplikasi gagal dimuat' })).toBeVisible();
      await expect(alert).toContainText('Periksa sambungan internet');
      await expect(alert).toContainText('Data yang tersimpan di perangkat ini tidak hilang.');
      await page.unroute(failing);
      await alert.getByRole('button', { name: 'Muat ulang' }).click();
      await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
      assert.deepEqual(refused, [], "index.html's own script is allowed by its Content-Security-Policy");
    } finally {
      await context.close();
    }
  });
}
