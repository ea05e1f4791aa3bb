import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { waitForServiceWorker, watchForeignRequests } from './support/browser';
import { seedEvidenceFiles, seedStores } from './support/seed';
import { fixtureThumbnails, fullSnapshot, makePng } from '../unit/domain/report/reportFixture';
import { bundleSchema, shortCode, verifyIntegrity } from '../../src/domain/bundle';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

test('report: exported offline from the service worker, the PDF arrives with its footer, thumbnails and the embedded bundle', async ({ server, phone }) => {
  const { context, page, errors } = phone;
  const foreign = watchForeignRequests(context, server.url);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForServiceWorker(page);

  // A fully answered, final assessment with a roster, evidence (photos with thumbnails) and an action plan.
  const { snapshot } = fullSnapshot({ status: 'final' });
  await seedStores(page, {
    institutions: [snapshot.institution],
    assessments: [snapshot.assessment],
    answers: snapshot.answers,
    staff: snapshot.staff,
    evidence: snapshot.evidence,
    actions: snapshot.actions,
  });
  const thumbs = fixtureThumbnails(snapshot);
  await seedEvidenceFiles(
    page,
    thumbs.map((t) => ({ id: t.id, mime: 'image/png', base64: b64(makePng(320, 240)), thumbBase64: b64(t.bytes) })),
  );

  await context.setOffline(true);
  await page.goto(`${server.url}/laporan`);
  await expect(page.getByRole('heading', { name: 'Laporan', exact: true })).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: join(tmpdir(), 'swanilai-report-list.png') });
  await page.getByRole('link', { name: /Kasih Ibu/ }).click();
  await expect(page.getByRole('heading', { name: 'Laporan PDF' })).toBeVisible();
  await expect(page.locator('main')).toHaveText(/Semester II 2026/, { useInnerText: true });

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  if (process.env.SHOTS) await page.screenshot({ path: join(tmpdir(), 'swanilai-report-page.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  assert.match(download.suggestedFilename(), /^Swanilai_LKSA_Panti_Asuhan_Kasih_Ibu_Sejahtera_Cafe_Elan_Semester_II_2026\.pdf$/);
  const dir = mkdtempSync(join(tmpdir(), 'swanilai-report-e2e-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByText(/Laporan siap/)).toBeVisible();
  const shownCode = (await page.locator('.report-code').innerText()).trim();

  // The file is a sound PDF whose pages all carry the footer and whose embedded bundle matches the code on screen.
  execFileSync('qpdf', ['--check', file]);
  const n = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
  assert.ok(n > 10, `${n} pages`);
  const last = run('pdftotext', ['-f', String(n), '-l', String(n), file, '-']);
  assert.match(last, new RegExp(`Halaman ${n} dari ${n}`));
  assert.match(last, new RegExp(`Kode integritas ${shownCode}`));
  run('pdfdetach', ['-save', '1', '-o', join(dir, 'bundle.json'), file]);
  const bundle = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')));
  assert.equal(shortCode(bundle.integrity.hash), shownCode);
  assert.equal(bundle.answers.length, snapshot.answers.length);
  assert.equal(bundle.files.length, 0, 'photos are left out of the bundle unless asked for');
  // The thumbnails read from the device are printed in Formulir B, and each photo, decoded and encoded again as a
  // JPEG (at most 1000 px on the long side; these are 320 × 240, never enlarged), in the photo appendix.
  const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/));
  assert.equal(images.filter((c) => c[8] !== 'jpeg').length, thumbs.length);
  assert.deepEqual(images.filter((c) => c[8] === 'jpeg').map((c) => `${c[3]}x${c[4]}`), thumbs.map(() => '320x240'));
  assert.match(run('pdftotext', [file, '-']), /Lampiran foto bukti/);

  // Asked for, the photos travel inside the embedded bundle (base64) and the hash still verifies.
  if (process.env.SHOTS) await page.screenshot({ path: join(tmpdir(), 'swanilai-report-done.png'), fullPage: true });
  await page.getByRole('checkbox', { name: /Sertakan berkas foto/ }).check({ timeout: 5000 });
  const [withPhotos] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  const file2 = join(dir, 'with-photos.pdf');
  await withPhotos.saveAs(file2);
  run('pdfdetach', ['-save', '1', '-o', join(dir, 'bundle2.json'), file2]);
  const bundle2 = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'bundle2.json'), 'utf8')));
  assert.equal(bundle2.files.length, thumbs.length);
  // Byte for byte: each photo and thumbnail comes back exactly as stored.
  const photoBase64 = b64(makePng(320, 240));
  assert.deepEqual(
    new Map(bundle2.files.map((f) => [f.id, [f.data === photoBase64, f.thumb]])),
    new Map(thumbs.map((t) => [t.id, [true, b64(t.bytes)]])),
  );
  assert.ok(await verifyIntegrity(bundle2), 'the bundle with photos verifies');
  assert.match(run('pdftotext', ['-f', '1', '-l', '1', file2, '-']), new RegExp(`Kode integritas ${shortCode(bundle2.integrity.hash)}`));

  assert.deepEqual(foreign, [], 'no request left the app origin');
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
