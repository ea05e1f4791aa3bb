import { strFromU8, unzipSync } from 'fflate';
import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { writeRecapFixture, type RecapFixture } from './support/recapFiles';
import { aggregateRecap, indicatorLines, rowsOfSource, selectRows } from '../../src/domain/recap';

let fixture: RecapFixture;
test.beforeAll(async () => {
  fixture = await writeRecapFixture(20, 11);
});

const outcome = (page: Page, fileName: string) => page.locator('.recap-outcome-list li', { hasText: fileName });
const indicatorValue = (page: Page, id: string) => page.locator(`[data-indicator="${id}"] .indicator-value`).textContent();

/** The recap the domain computes for the same bundles (what the screen must show after the browser parsed them). */
function expectedRecap(filter = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const rows = fixture.bundles.flatMap((bundle) => rowsOfSource({ id: bundle.integrity.hash, fileName: '', importedAt: '', bundle }, { recapDate: today }));
  return aggregateRecap(selectRows(rows).selected, filter, today);
}

test('rekap wilayah: 20 bundles, 2 report PDFs, a corrupt file and a copy give the per-file results and the regional tables', async ({ server, phone }) => {
  const { page, errors } = phone;
  await page.goto(`${server.url}/rekap`);
  await expect(page.getByRole('heading', { name: 'Rekap wilayah', level: 1 })).toBeVisible();
  await expect(page.getByText('Belum ada berkas di rekap')).toBeVisible();

  const files = [...fixture.jsonPaths, ...fixture.pdfPaths, fixture.corruptPath, fixture.duplicatePath];
  await page.getByLabel(/Pilih berkas asesmen/).setInputFiles(files);
  const status = page.getByRole('status').filter({ hasText: 'Hasil impor' });
  await expect(status).toBeVisible({ timeout: 60_000 });
  await expect(status).toHaveText(/22 diterima · 1 duplikat · 1 ditolak/);
  assert.equal(await page.locator('.recap-outcome-list li').count(), files.length, 'one result line per file');

  const corrupt = outcome(page, basename(fixture.corruptPath));
  await expect(corrupt).toHaveAttribute('data-status', 'ditolak');
  await expect(corrupt).toHaveText(/terpotong/);
  const copy = outcome(page, basename(fixture.duplicatePath));
  await expect(copy).toHaveAttribute('data-status', 'duplikat');
  assert.match((await copy.textContent()) ?? '', new RegExp(`sama dengan berkas ${basename(fixture.jsonPaths[0]!).replace(/\./g, '\\.')}`));
  for (const pdf of fixture.pdfPaths) assert.equal(await outcome(page, basename(pdf)).getAttribute('data-status'), 'diterima', basename(pdf));

  // Each institution counted once (its latest assessment), by type, with the seed sheets' metadata.
  const institutions = new Set(fixture.bundles.map((b) => b.institutions[0]!.id)).size;
  assert.match((await indicatorValue(page, 'institutions')) ?? '', new RegExp(`^${institutions} lembaga`));
  const listRows = page.locator('[data-table="lembaga"] tbody tr');
  assert.equal(await listRows.count(), institutions);
  for (const b of fixture.pdfBundles) {
    await expect(listRows.filter({ hasText: b.institutions[0]!.name }), `${b.institutions[0]!.name} from the PDF is in the list`).toHaveCount(1);
  }
  // Institutions that sent only drafts for 2026 are listed, marked as drafts.
  const draftOnly = [...new Set(fixture.bundles.map((b) => b.institutions[0]!.id))].filter(
    (id) => !fixture.bundles.some((b) => b.institutions[0]!.id === id && b.assessments[0]!.period === '2026' && b.assessments[0]!.status === 'final'),
  ).length;
  assert.ok(draftOnly > 0, 'the fixture has draft-only institutions');
  assert.equal(await listRows.filter({ has: page.locator('td', { hasText: /^Draf$/ }) }).count(), draftOnly);

  // On a 1280 × 800 laptop every recap table fits its card: no sideways scrolling, not even the 17-figure group tables.
  await page.setViewportSize({ width: 1280, height: 800 });
  const overflowing = await page.$$eval('.recap-table .table-wrap', (els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.closest('section')!.getAttribute('data-table')}: ${e.scrollWidth} > ${e.clientWidth}`),
  );
  assert.deepEqual(overflowing, []);
  await page.setViewportSize({ width: 360, height: 740 });

  const expected = Object.fromEntries(indicatorLines(expectedRecap().overall).map((l) => [l.meta.id, l.value]));
  assert.equal(await indicatorValue(page, 'empowerment'), expected.empowerment);
  assert.equal(await indicatorValue(page, 'tks'), expected.tks);
  assert.equal(await indicatorValue(page, 'expired'), expected.expired);
  const empowermentCard = page.locator('[data-indicator="empowerment"]');
  await expect(empowermentCard).toHaveText(/Rumus.*terdata × 100%.*Satuan\s*Persen.*Periode\s*Tahunan.*Wali data\s*Dinas Sosial/s);

  // Filter by the province with the most institutions.
  const byProvince = new Map<string, Set<string>>();
  for (const b of fixture.bundles) {
    const i = b.institutions[0]!;
    byProvince.set(i.province, (byProvince.get(i.province) ?? new Set()).add(i.id));
  }
  const [province, ids] = [...byProvince].sort((a, b) => b[1].size - a[1].size)[0]!;
  await page.getByLabel('Provinsi', { exact: true }).selectOption(province);
  assert.match((await indicatorValue(page, 'institutions')) ?? '', new RegExp(`^${ids.size} lembaga`));
  assert.equal(await listRows.count(), ids.size);
  await page.getByLabel('Provinsi', { exact: true }).selectOption('');

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/recap-360-top.png' });
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/recap-360-full.png', fullPage: true });

  // Exports: CSV with BOM, a real .xlsx (zip), a PDF.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
  // One CSV per table, in a zip named after the filter and the date.
  assert.match(csv.suggestedFilename(), /^rekap-wilayah-semua-\d{4}-\d{2}-\d{2}-csv\.zip$/);
  const csvFiles = unzipSync(new Uint8Array(readFileSync(await csv.path())));
  const listName = Object.keys(csvFiles).find((n) => n.endsWith('-lembaga.csv'))!;
  const csvBytes = csvFiles[listName]!;
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
  const csvText = strFromU8(csvBytes);
  assert.ok(csvText.includes(fixture.pdfBundles[0]!.institutions[0]!.name));
  assert.match(csvText.replace(/^\uFEFF/, '').split('\r\n')[1]!, /^Lembaga;Jenis;Provinsi;/, 'semicolon-separated, as Indonesian Excel opens it');
  const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /Unduh spreadsheet/ }).click()]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1'), 'PK');
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh PDF' }).click()]);
  const pdfPath = join(fixture.dir, 'rekap.pdf');
  await pdf.saveAs(pdfPath);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  assert.match(pdfText, /Rekap wilayah/);
  assert.match(pdfText, /Rekap per provinsi/);
  assert.ok(pdfText.includes(province));

  // The recap stays on the device: a reload rebuilds it from the stored sources.
  await page.reload();
  await expect(page.locator('[data-indicator="institutions"]')).toBeVisible({ timeout: 60_000 });
  assert.match((await indicatorValue(page, 'institutions')) ?? '', new RegExp(`^${institutions} lembaga`));

  // Importing the same files again: every valid one is a duplicate, nothing is counted twice.
  await page.getByLabel(/Pilih berkas asesmen/).setInputFiles(fixture.pdfPaths);
  await expect(status).toBeVisible();
  await expect(status).toHaveText(/0 diterima · 2 duplikat · 0 ditolak/);
  assert.match((await indicatorValue(page, 'institutions')) ?? '', new RegExp(`^${institutions} lembaga`));

  // Clearing asks first, then removes every source.
  await page.getByRole('button', { name: 'Hapus rekap…' }).click();
  await page.getByRole('button', { name: 'Ya, hapus semua berkas rekap' }).click();
  await expect(page.getByText('Belum ada berkas di rekap')).toBeVisible();

  assert.deepEqual(errors, []);
});
