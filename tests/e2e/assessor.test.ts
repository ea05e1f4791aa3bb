import assert from 'node:assert/strict';
import { test, expect, seedProfile } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { shortCode } from '../../src/domain/bundle/integrity';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { tempProfileDir } from './support/browser';
import { waitSaved } from './support/app';
import { makeAnswer, makeStaff, readStore, seedEvidenceFiles, seedStores } from './support/seed';
import { makePng } from '../unit/domain/report/reportFixture';
import { currentUmum } from '../../src/domain/standard/registry';

const dir = tempProfileDir('swanilai-files-');
async function save(download: Download): Promise<string> {
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}
async function click(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return save(download);
}

test('assessor round trip: the institution exports, the assessor verifies and exports the review, the institution sees the findings', async ({ server, phone, launch }) => {
  // The institution: a finalised assessment with every Standar Umum item answered at level 4.
  const { page: inst, errors: instErrors } = phone;
  const items = currentUmum().aspects.flatMap((x) => x.components.flatMap((c) => c.items.map((i) => i.id)));
  const { assessment } = await seedProfile(inst, server.url, { institution: { name: 'Panti Sosial Tresna Werdha Budi Mulia' } });
  const answers = items.map((id) => makeAnswer(assessment.id, id, 4));
  // A photo of the evidence register linked to the first item: the assessor sees it at that item.
  const now = new Date().toISOString();
  const photo = {
    id: 'ev-foto-1', assessmentId: assessment.id, kind: 'Foto kegiatan/sarana', title: 'Papan nama panti', number: '', issuer: '',
    issueDate: '2026-10-01', expiryDate: '', itemIds: [items[0]!], fileName: 'papan.png', mime: 'image/png', size: 0, width: 320,
    height: 240, createdAt: now, updatedAt: now,
  };
  // The panti's own reminders: an overdue action and a permit about to expire. They are not the assessor's.
  const overdue = { id: 'aksi-1', assessmentId: assessment.id, itemId: items[0]!, action: 'Perbarui SK pengurus', responsible: 'Ketua', targetDate: '2026-01-15', status: 'belum', createdAt: now, updatedAt: now };
  const permit = { ...photo, id: 'ev-izin', itemIds: [], kind: 'Izin operasional', title: 'Izin operasional', mime: '', fileName: '', width: 0, height: 0, expiryDate: new Date(Date.now() + 20 * 864e5).toISOString().slice(0, 10) };
  // A roster under which every computed SDM item is at level 4 (20 clients, 2 pekerja sosial, all certified and trained).
  const all = { certified: true, trainedLast12Months: true, empowermentCapable: true };
  const staff = [
    makeStaff(assessment.id, { role: 'kepala-panti', unsur: 'pimpinan', name: 'Ibu Kepala', ...all }),
    makeStaff(assessment.id, { role: 'pekerja-sosial', unsur: 'operasional', name: 'Rina Peksos', ...all }),
    makeStaff(assessment.id, { role: 'pekerja-sosial', unsur: 'operasional', name: 'Dedi Peksos', ...all }),
    makeStaff(assessment.id, { role: 'pengasuh', unsur: 'penunjang', name: 'Pak Asuh', ...all }),
  ];
  await seedStores(inst, { answers, evidence: [photo, permit], actions: [overdue], staff });
  await seedEvidenceFiles(inst, [{ id: photo.id, mime: 'image/png', base64: Buffer.from(makePng(320, 240)).toString('base64'), thumbBase64: null }]);
  await inst.goto(`${server.url}/berkas`);
  await inst.getByRole('checkbox', { name: /Sertakan foto/ }).check();
  const exported = await click(inst, 'Ekspor berkas asesmen');

  // The assessor opens it in mode asesor on another phone.
  const { page: asr, errors: asrErrors } = await launch({ phone: true });
  await asr.goto(`${server.url}/asesor`);
  await expect(asr.getByRole('heading', { name: 'Mode asesor' })).toBeVisible();
  await asr.getByLabel(/^Pilih berkas \(/).setInputFiles(exported);
  await expect(asr.getByTestId('import-preview')).toBeVisible();
  await asr.getByRole('button', { name: 'Buka untuk verifikasi' }).click();
  await expect(asr.getByRole('heading', { name: 'Verifikasi asesor' })).toBeVisible();
  assert.equal(new URL(asr.url()).pathname, `/asesor/${assessment.id}`);
  await expect(asr.getByTestId('self-total').getByText('100')).toBeVisible();

  // The assessor's Beranda lists the copy as a review copy, without the panti's reminders.
  await asr.goto(server.url);
  await expect(asr.getByTestId('home-review-copies').getByRole('link', { name: /Panti Sosial Tresna Werdha Budi Mulia · periode/ })).toBeVisible();
  await expect(asr.getByRole('heading', { name: 'Mulai di sini' })).toBeVisible();
  for (const reminder of ['expiry-alerts', 'overdue-actions', 'backup-reminder']) assert.equal(await asr.getByTestId(reminder).count(), 0, reminder);
  await asr.getByTestId('home-review-copies').getByRole('link', { name: /Panti Sosial Tresna Werdha Budi Mulia/ }).click();
  await expect(asr.getByRole('heading', { name: 'Verifikasi asesor' })).toBeVisible();

  // The institution's answers are read-only: no control to change them.
  const target = items[0]!;
  const card = asr.getByTestId(`review-${target}`);
  // The evidence is at hand: the linked photo opens full size inside the item.
  await card.getByText(/Bukti lembaga untuk butir ini \(1\)/).click();
  await expect(card.getByTestId('item-evidence').getByText('Papan nama panti')).toBeVisible();
  await card.getByRole('button', { name: 'Lihat foto' }).click();
  await expect(card.getByTestId('evidence-full')).toBeVisible();
  await expect(card.getByText('Penilaian mandiri lembaga: 4')).toBeVisible();
  await asr.getByLabel('Nama asesor').fill('Drs. Budi Santoso');
  await card.getByLabel('Tingkat terverifikasi').selectOption('1');
  await card.getByRole('radio', { name: 'Tidak sesuai' }).check();
  await card.getByLabel('Catatan asesor').fill('SK pengurus tidak ditunjukkan saat kunjungan.');
  await card.getByLabel('Catatan asesor').blur();
  const second = asr.getByTestId(`review-${items[1]}`);
  await second.getByRole('radio', { name: 'Sesuai', exact: true }).check();

  // A computed SDM item: the figure, its rule and the roster are at hand; lowering it moves the verified score.
  // "Semua butir" shows one aspect at a time: the jump link opens SDM.
  await expect(asr.getByTestId('review-SDM-2.3'), 'only the first aspect is on the page').toHaveCount(0);
  await asr.getByTestId('review-nav').getByRole('link', { name: /^SDM/ }).click();
  const sdm = asr.getByTestId('review-SDM-2.3');
  await expect(sdm.getByTestId('computed-rule').getByText(/Dihitung dari data SDM lembaga: .*→ tingkat 4\./)).toBeVisible();
  await sdm.getByText('Data SDM lembaga (4 orang)').click();
  await expect(sdm.getByRole('cell', { name: 'Rina Peksos' })).toBeVisible();
  const verifiedBefore = await asr.getByTestId('verified-total').textContent();
  await sdm.getByLabel('Tingkat terverifikasi').selectOption('2');
  await asr.waitForFunction((before) => document.querySelector('[data-testid="verified-total"]')?.textContent !== before, verifiedBefore);
  await sdm.getByLabel('Tingkat terverifikasi').selectOption('');
  await asr.waitForFunction((before) => document.querySelector('[data-testid="verified-total"]')?.textContent === before, verifiedBefore);

  const disagreements = asr.getByTestId('disagreements');
  await expect(disagreements.getByText(new RegExp(`${target}.*mandiri 4, terverifikasi 1 · Tidak sesuai`))).toBeVisible();
  await expect(disagreements.locator('li')).toHaveCount(1);
  await expect(asr.getByTestId('verified-total')).not.toHaveText('100');
  // Autosaved, and never into the institution's answers.
  const reviews = await readStore<{ itemId: string; note: string; verifiedLevel: number | null }>(asr, 'reviews');
  assert.ok(reviews.some((r) => r.itemId === target && r.verifiedLevel === 1));
  const asrAnswers = await readStore<{ itemId: string; level: number }>(asr, 'answers');
  assert.equal(asrAnswers.find((a) => a.itemId === target)?.level, 4);
  // Opened in the questionnaire, the copy cannot be edited either.
  await asr.goto(`${server.url}/asesmen/${assessment.id}/butir/${target}`);
  await expect(asr.getByText('Ini salinan asesmen lembaga untuk verifikasi asesor.')).toBeVisible();
  await expect(asr.getByTestId('level-2'), 'the level choices are locked on an assessor copy').toBeDisabled();
  await asr.goto(`${server.url}/asesor/${assessment.id}`);
  await expect(asr.getByRole('heading', { name: 'Verifikasi asesor' })).toBeVisible();

  // A page to work through: progress, a filter, jump links per aspect.
  await expect(asr.getByTestId('review-progress').getByText(/^2 dari \d+ butir sudah diverifikasi\.$/)).toBeVisible();
  await asr.getByLabel('Tampilkan').selectOption('tidak-sesuai');
  await expect(asr.getByTestId(`review-${target}`)).toBeVisible();
  await expect(asr.locator('li.review-item'), 'only the disagreeing item').toHaveCount(1);
  await asr.getByLabel('Tampilkan').selectOption('belum');
  await expect(asr.getByTestId(`review-${target}`)).toHaveCount(0);
  await expect(asr.getByTestId(`review-${items[2]}`)).toHaveCount(1);
  await asr.getByLabel('Tampilkan').selectOption('semua');
  await asr.getByTestId('review-nav').getByRole('link', { name: /^KLB/ }).click();
  assert.equal(new URL(asr.url()).hash, '#aspek-KLB');
  await asr.setViewportSize({ width: 360, height: 740 });
  const table = asr.getByTestId('score-comparison');
  const fit = await table.evaluate((t) => [t.scrollWidth, (t.parentElement as HTMLElement).clientWidth, document.documentElement.clientWidth]);
  assert.ok(fit[0]! <= fit[1]! + 1, `the score table fits 360 px: ${fit.join(' ')}`);

  // axe over the comparison and the first items (the whole list of ~150 items is the same markup repeated).
  const axe = await new AxeBuilder({ page: asr }).include('section.card').include('[data-testid="review-nav"]').include(`[data-testid="review-${target}"]`).include(`[data-testid="review-${items[1]}"]`).analyze();
  assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target}`), []);

  const reviewFile = await click(asr, 'Ekspor berkas verifikasi');
  assert.match(reviewFile, /swanilai-verifikasi-.*\.json$/);
  const pdf = await click(asr, 'Unduh PDF verifikasi');
  assert.match(execFileSync('pdfdetach', ['-list', pdf]).toString(), /verifikasi-asesor\.json/);
  assert.match(execFileSync('pdftotext', [pdf, '-']).toString(), /Laporan Verifikasi Asesor[\s\S]*Drs\. Budi Santoso[\s\S]*SK pengurus\s+tidak\s+ditunjukkan/);

  // The institution imports the review (the PDF works as well as the .json) and sees the findings beside its answers.
  await inst.goto(`${server.url}/berkas`);
  await inst.getByLabel(/^Pilih berkas \(/).setInputFiles(pdf);
  const preview = inst.getByTestId('import-preview');
  await expect(preview.getByText('Hasil verifikasi asesor')).toBeVisible();
  await expect(preview.getByTestId('plan-entry').locator('.badge')).toHaveText(['Ditambahkan']);
  await inst.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(inst.getByTestId('import-done').getByText('1 hasil verifikasi')).toBeVisible();
  const findings = inst.getByTestId('imported-review');
  await expect(findings.getByRole('heading', { name: 'Temuan asesor (Drs. Budi Santoso)' })).toBeVisible();
  await expect(findings.getByText(`Butir ${target} · jawaban Anda: 4`)).toBeVisible();
  await expect(findings.getByText('SK pengurus tidak ditunjukkan saat kunjungan.', { exact: false })).toBeVisible();
  await expect(findings.getByText('Tidak sesuai').first()).toBeVisible();
  // The institution's own answers are unchanged.
  const instAnswers = await readStore<{ itemId: string; level: number }>(inst, 'answers');
  assert.equal(instAnswers.find((a) => a.itemId === target)?.level, 4);

  // The findings come home: Beranda, Asesmen and Hasil show the verified score and the disagreements.
  await inst.goto(server.url);
  await expect(inst.getByTestId('home-verification').getByText(/skor terverifikasi [\d,]+, 1 temuan berbeda/)).toBeVisible();
  await inst.goto(`${server.url}/asesmen/${assessment.id}`);
  await inst.getByTestId('questionnaire-verification').getByRole('link', { name: 'Lihat hasil verifikasi' }).click();
  const summary = inst.getByTestId('verification-summary');
  await expect(summary.getByTestId('findings-count').getByText('1 temuan berbeda dari penilaian mandiri')).toBeVisible();
  await expect(summary.getByTestId('findings-list').getByText(new RegExp(`${target}.*mandiri 4, terverifikasi 1 · Tidak sesuai`))).toBeVisible();
  await expect(summary.getByTestId('verified-total')).not.toHaveText('100');
  // The review names the file it was made on: the integrity code of the institution's export.
  const exportedHash = (JSON.parse(readFileSync(exported, 'utf8')) as { integrity: { hash: string } }).integrity.hash;
  await expect(summary.getByTestId('reviewed-code')).toHaveText(shortCode(exportedHash));

  // The same review bundle as .json is recognised as already there.
  await inst.goto(`${server.url}/berkas`);
  await inst.getByLabel(/^Pilih berkas \(/).setInputFiles(reviewFile);
  await expect(inst.getByTestId('import-preview')).toBeVisible();
  await expect(inst.getByTestId('plan-entry').locator('.badge')).toHaveText(['Sudah ada, sama persis']);

  // The institution changes the item after the review: the finding still shows the level that was reviewed, flagged.
  await inst.goto(`${server.url}/asesmen/${assessment.id}/butir/${target}`);
  await expect(inst.getByTestId('review-findings')).toBeVisible();
  await inst.getByTestId('level-2').check();
  await expect(inst.getByTestId('review-changed').getByText(/Ditinjau pada tingkat 4; sekarang 2/)).toBeVisible();
  await expect(inst.getByTestId('review-findings').getByText(/Tingkat terverifikasi: 1/)).toBeVisible();
  // Hasil says the assessment changed after verification, and which item.
  await waitSaved(inst);
  await inst.goto(`${server.url}/hasil/${assessment.id}`);
  await expect(inst.getByTestId('changed-after-review').getByText(new RegExp(`1 butir .*\\(\\s*${target.replace('.', '\\.')}\\)`))).toBeVisible();
  await expect(inst.getByTestId('findings-list').getByText(new RegExp(`${target}.*ditinjau pada tingkat 4; sekarang 2, terverifikasi 1 · Tidak sesuai`))).toBeVisible();

  assert.deepEqual(instErrors, []);
  assert.deepEqual(asrErrors, []);
});
