import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForServiceWorker } from './support/browser';
import { readStore, seedStores } from './support/seed';
import type { Answer, Assessment } from '../../src/domain/records';

/**
 * A draft half filled on 1.0.0 (the committed fixture, as a device that had the older app holds it) meets an app that
 * ships 2.0.0: the move is previewed and applied offline, every kept answer is still there, the old revision can be
 * read, and the report of the moved assessment names 2.0.0.
 */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/bundle-1.0.0.json', import.meta.url), 'utf8')) as {
  institutions: unknown[];
  assessments: Assessment[];
  answers: Answer[];
  staff: unknown[];
  evidence: { id: string; itemIds: string[] }[];
};

test('a 1.0.0 draft moves to 2.0.0 offline: preview, apply, every kept answer there, old revision viewable, report names 2.0.0', async ({ server, phone }) => {
  const { page, errors, context } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForServiceWorker(page);
  await seedStores(page, {
    institutions: fixture.institutions,
    assessments: fixture.assessments,
    answers: fixture.answers,
    staff: fixture.staff,
    evidence: fixture.evidence,
  });
  const id = fixture.assessments[0]!.id;
  await context.setOffline(true);

  // Beranda and the questionnaire offer the move; nothing moves by itself.
  await page.reload();
  await expect(page.getByTestId('offer-move')).toBeVisible();
  await page.goto(`${server.url}/asesmen/${id}`);
  await expect(page.getByTestId('newer-version')).toBeVisible();
  assert.equal((await readStore<Assessment>(page, 'assessments'))[0]!.standardVersion, '1.0.0');

  await page.getByRole('link', { name: /pindahkan ke versi terbaru/i }).click();
  await expect(page.getByRole('heading', { name: 'Pindahkan ke versi terbaru' })).toBeVisible();
  const counts = await page.getByTestId('move-counts').innerText();
  assert.match(counts, /butir tetap/);
  assert.match(counts, /perlu dijawab/);
  await expect(page.getByTestId('move-mapped').getByText('KLB-1.8').or(page.getByTestId('move-mapped').getByText(/←/).first()).first()).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: join(tmpdir(), 'swanilai-move-preview.png'), fullPage: false });
  await page.getByTestId('move-apply').click();
  await expect(page.getByTestId('move-done')).toBeVisible();

  const moved = (await readStore<Assessment>(page, 'assessments'))[0]!;
  assert.equal(moved.standardVersion, '2.0.0');
  assert.equal(moved.khususVersion, '2.0.0');
  const after = new Map((await readStore<Answer>(page, 'answers')).map((a) => [a.itemId, a]));
  // Every answer of an item that 2.0.0 keeps under the same id is there, with its note and N/A reason.
  const { loadStandards } = await import('../../src/domain/standard/registry');
  const v2 = loadStandards().filter((s) => s.version === '2.0.0');
  const keptIds = new Set(v2.flatMap((s) => s.aspects.flatMap((a) => a.components.flatMap((c) => c.items.filter((i) => !i.ownership || i.ownership === 'masyarakat').map((i) => i.id)))));
  let kept = 0;
  for (const old of fixture.answers) {
    if (!keptIds.has(old.itemId)) continue;
    const now = after.get(old.itemId);
    assert.ok(now, `${old.itemId} kept`);
    assert.equal(now.note, old.note, `${old.itemId} note`);
    if (!old.na) assert.equal(now.level, old.level, `${old.itemId} level`);
    kept++;
  }
  assert.ok(kept > 20, `${kept} kept answers checked`);
  // The old revision is in the history and can be read on the page.
  assert.equal(moved.versionHistory?.[0]?.answers.length, fixture.answers.length);
  await page.getByTestId('version-history').getByText(/Versi 1\.0\.0/).click();
  await expect(page.getByTestId('version-history').getByRole('rowheader', { name: fixture.answers[0]!.itemId, exact: true }).first()).toBeVisible();

  // The report of the moved assessment names 2.0.0.
  await page.goto(`${server.url}/laporan/${id}`);
  await expect(page.getByRole('heading', { name: 'Laporan PDF' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'swanilai-move-'));
  const file = join(dir, 'laporan.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '2', file, '-'], { encoding: 'utf8' });
  assert.match(text, /versi 2\.0\.0/);
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
});

test('an assessor with the 2.0.0 app verifies a 1.0.0 bundle on 1.0.0: its items, its score, no move offered', async ({ server, phone }) => {
  const { page, errors } = phone;
  await page.goto(`${server.url}/asesor`);
  await expect(page.getByRole('heading', { name: 'Mode asesor' })).toBeVisible();
  await page.getByLabel(/^Pilih berkas \(/).setInputFiles(fileURLToPath(new URL('../fixtures/bundle-1.0.0.json', import.meta.url)));
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: 'Buka untuk verifikasi' }).click();
  await expect(page.getByRole('heading', { name: 'Verifikasi asesor' })).toBeVisible();
  const label = await page.getByTestId('review-standard').innerText();
  assert.match(label, /1\.0\.0/);
  assert.match(label, /Versi terbaru di aplikasi ini 2\.0\.0/);
  // The self score is the one the fixture recorded on 1.0.0, not a 2.0.0 re-reading of its answers.
  const expected = JSON.parse(readFileSync(new URL('../fixtures/bundle-1.0.0.expected.json', import.meta.url), 'utf8')) as { total: string };
  const total = (Math.round(Number(expected.total) * 10) / 10).toFixed(1).replace('.', ',');
  await expect(page.getByTestId('self-total').getByText(total)).toBeVisible();
  // An item that exists only in 1.0.0 is there to verify; nothing offers to move the institution's assessment.
  const onlyV1 = page.getByTestId('review-KLB-1.3');
  await expect(onlyV1).toBeVisible();
  await onlyV1.getByLabel('Tingkat terverifikasi').selectOption('0');
  await onlyV1.getByRole('radio', { name: 'Tidak sesuai' }).check();
  await expect(page.getByTestId('disagreements').getByText('KLB-1.3').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /pindahkan ke versi terbaru/i })).toHaveCount(0);
  const stored = (await readStore<Assessment>(page, 'assessments'))[0]!;
  assert.equal(stored.standardVersion, '1.0.0');
  assert.deepEqual(errors, []);
});

test('a final 1.0.0 assessment is never moved silently: finalisation says so, and reopening it offers the move', async ({ server, phone }) => {
  const { page, errors } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  const a = fixture.assessments[0]!;
  const final = { ...a, status: 'final', finalisedAt: '2026-11-30T03:00:00.000Z', declaration: { name: 'Siti Aminah', position: 'Kepala panti', place: 'Bandung', date: '2026-11-30' } };
  await seedStores(page, { institutions: fixture.institutions, assessments: [final], answers: fixture.answers, staff: fixture.staff, evidence: fixture.evidence });
  await page.goto(`${server.url}/asesmen/${a.id}/selesai`);
  await expect(page.getByTestId('final-state')).toBeVisible();
  await expect(page.getByTestId('newer-version').getByText(/buka kembali lebih dulu/)).toBeVisible();
  await expect(page.getByRole('link', { name: /pindahkan ke versi terbaru/i })).toHaveCount(0);
  assert.equal((await readStore<Assessment>(page, 'assessments'))[0]!.standardVersion, '1.0.0');
  await page.getByRole('button', { name: 'Buka kembali' }).click();
  await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
  await expect(page.getByTestId('newer-version').getByRole('link', { name: /pindahkan ke versi terbaru/i })).toBeVisible();
  const stored = (await readStore<Assessment>(page, 'assessments'))[0]!;
  assert.equal(stored.status, 'draft');
  assert.equal(stored.standardVersion, '1.0.0');
  assert.deepEqual(errors, []);
});
