import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { shortCode } from '../../src/domain/bundle/integrity';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from 'playwright-core';
import { collectPageErrors, launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { waitSaved } from './support/app';
import { makeAnswer, makeStaff, readStore, seedEvidenceFiles, seedInstitutionWithAssessment, seedStores } from './support/seed';
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

test('assessor round trip: the institution exports, the assessor verifies and exports the review, the institution sees the findings', async () => {
  const server = await startServer(DIST);
  const institutionPhone = await launchPersistent(tempProfileDir(), { phone: true });
  const assessorPhone = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    // The institution: a finalised assessment with every Standar Umum item answered at level 4.
    const inst = institutionPhone.pages()[0] ?? (await institutionPhone.newPage());
    const instErrors = collectPageErrors(inst);
    await inst.goto(server.url);
    await inst.getByRole('heading', { name: 'Beranda' }).waitFor();
    const items = currentUmum().aspects.flatMap((x) => x.components.flatMap((c) => c.items.map((i) => i.id)));
    const { assessment } = await seedInstitutionWithAssessment(inst, { institution: { name: 'Panti Sosial Tresna Werdha Budi Mulia' } });
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
    const asr = assessorPhone.pages()[0] ?? (await assessorPhone.newPage());
    const asrErrors = collectPageErrors(asr);
    await asr.goto(`${server.url}/asesor`);
    await asr.getByRole('heading', { name: 'Mode asesor' }).waitFor();
    await asr.getByLabel(/^Pilih berkas \(/).setInputFiles(exported);
    await asr.getByTestId('import-preview').waitFor();
    await asr.getByRole('button', { name: 'Buka untuk verifikasi' }).click();
    await asr.getByRole('heading', { name: 'Verifikasi asesor' }).waitFor();
    assert.equal(new URL(asr.url()).pathname, `/asesor/${assessment.id}`);
    await asr.getByTestId('self-total').getByText('100').waitFor();

    // The assessor's Beranda lists the copy as a review copy, without the panti's reminders.
    await asr.goto(server.url);
    await asr.getByTestId('home-review-copies').getByRole('link', { name: /Panti Sosial Tresna Werdha Budi Mulia · periode/ }).waitFor();
    await asr.getByRole('heading', { name: 'Mulai di sini' }).waitFor();
    for (const reminder of ['expiry-alerts', 'overdue-actions', 'backup-reminder']) assert.equal(await asr.getByTestId(reminder).count(), 0, reminder);
    await asr.getByTestId('home-review-copies').getByRole('link', { name: /Panti Sosial Tresna Werdha Budi Mulia/ }).click();
    await asr.getByRole('heading', { name: 'Verifikasi asesor' }).waitFor();

    // The institution's answers are read-only: no control to change them.
    const target = items[0]!;
    const card = asr.getByTestId(`review-${target}`);
    // The evidence is at hand: the linked photo opens full size inside the item.
    await card.getByText(/Bukti lembaga untuk butir ini \(1\)/).click();
    await card.getByTestId('item-evidence').getByText('Papan nama panti').waitFor();
    await card.getByRole('button', { name: 'Lihat foto' }).click();
    await card.getByTestId('evidence-full').waitFor();
    await card.getByText('Penilaian mandiri lembaga: 4').waitFor();
    await asr.getByLabel('Nama asesor').fill('Drs. Budi Santoso');
    await card.getByLabel('Tingkat terverifikasi').selectOption('1');
    await card.getByRole('radio', { name: 'Tidak sesuai' }).check();
    await card.getByLabel('Catatan asesor').fill('SK pengurus tidak ditunjukkan saat kunjungan.');
    await card.getByLabel('Catatan asesor').blur();
    const second = asr.getByTestId(`review-${items[1]}`);
    await second.getByRole('radio', { name: 'Sesuai', exact: true }).check();

    // A computed SDM item: the figure, its rule and the roster are at hand; lowering it moves the verified score.
    // "Semua butir" shows one aspect at a time: the jump link opens SDM.
    assert.equal(await asr.getByTestId('review-SDM-2.3').count(), 0, 'only the first aspect is on the page');
    await asr.getByTestId('review-nav').getByRole('link', { name: /^SDM/ }).click();
    const sdm = asr.getByTestId('review-SDM-2.3');
    await sdm.getByTestId('computed-rule').getByText(/Dihitung dari data SDM lembaga: .*→ tingkat 4\./).waitFor();
    await sdm.getByText('Data SDM lembaga (4 orang)').click();
    await sdm.getByRole('cell', { name: 'Rina Peksos' }).waitFor();
    const verifiedBefore = await asr.getByTestId('verified-total').textContent();
    await sdm.getByLabel('Tingkat terverifikasi').selectOption('2');
    await asr.waitForFunction((before) => document.querySelector('[data-testid="verified-total"]')?.textContent !== before, verifiedBefore);
    await sdm.getByLabel('Tingkat terverifikasi').selectOption('');
    await asr.waitForFunction((before) => document.querySelector('[data-testid="verified-total"]')?.textContent === before, verifiedBefore);

    const disagreements = asr.getByTestId('disagreements');
    await disagreements.getByText(new RegExp(`${target}.*mandiri 4, terverifikasi 1 · Tidak sesuai`)).waitFor();
    assert.equal(await disagreements.locator('li').count(), 1);
    assert.notEqual(await asr.getByTestId('verified-total').textContent(), '100');
    // Autosaved, and never into the institution's answers.
    const reviews = await readStore<{ itemId: string; note: string; verifiedLevel: number | null }>(asr, 'reviews');
    assert.ok(reviews.some((r) => r.itemId === target && r.verifiedLevel === 1));
    const asrAnswers = await readStore<{ itemId: string; level: number }>(asr, 'answers');
    assert.equal(asrAnswers.find((a) => a.itemId === target)?.level, 4);
    // Opened in the questionnaire, the copy cannot be edited either.
    await asr.goto(`${server.url}/asesmen/${assessment.id}/butir/${target}`);
    await asr.getByText('Ini salinan asesmen lembaga untuk verifikasi asesor.').waitFor();
    assert.equal(await asr.getByTestId('level-2').isDisabled(), true, 'the level choices are locked on an assessor copy');
    await asr.goto(`${server.url}/asesor/${assessment.id}`);
    await asr.getByRole('heading', { name: 'Verifikasi asesor' }).waitFor();

    // A page to work through: progress, a filter, jump links per aspect.
    await asr.getByTestId('review-progress').getByText(/^2 dari \d+ butir sudah diverifikasi\.$/).waitFor();
    await asr.getByLabel('Tampilkan').selectOption('tidak-sesuai');
    await asr.getByTestId(`review-${target}`).waitFor();
    assert.equal(await asr.locator('li.review-item').count(), 1, 'only the disagreeing item');
    await asr.getByLabel('Tampilkan').selectOption('belum');
    assert.equal(await asr.getByTestId(`review-${target}`).count(), 0);
    assert.equal(await asr.getByTestId(`review-${items[2]}`).count(), 1);
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
    await preview.getByText('Hasil verifikasi asesor').waitFor();
    assert.deepEqual(await preview.getByTestId('plan-entry').locator('.badge').allTextContents(), ['Ditambahkan']);
    await inst.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
    await inst.getByTestId('import-done').getByText('1 hasil verifikasi').waitFor();
    const findings = inst.getByTestId('imported-review');
    await findings.getByRole('heading', { name: 'Temuan asesor (Drs. Budi Santoso)' }).waitFor();
    await findings.getByText(`Butir ${target} · jawaban Anda: 4`).waitFor();
    await findings.getByText('SK pengurus tidak ditunjukkan saat kunjungan.', { exact: false }).waitFor();
    await findings.getByText('Tidak sesuai').first().waitFor();
    // The institution's own answers are unchanged.
    const instAnswers = await readStore<{ itemId: string; level: number }>(inst, 'answers');
    assert.equal(instAnswers.find((a) => a.itemId === target)?.level, 4);

    // The findings come home: Beranda, Asesmen and Hasil show the verified score and the disagreements.
    await inst.goto(server.url);
    await inst.getByTestId('home-verification').getByText(/skor terverifikasi [\d,]+, 1 temuan berbeda/).waitFor();
    await inst.goto(`${server.url}/asesmen/${assessment.id}`);
    await inst.getByTestId('questionnaire-verification').getByRole('link', { name: 'Lihat hasil verifikasi' }).click();
    const summary = inst.getByTestId('verification-summary');
    await summary.getByTestId('findings-count').getByText('1 temuan berbeda dari penilaian mandiri').waitFor();
    await summary.getByTestId('findings-list').getByText(new RegExp(`${target}.*mandiri 4, terverifikasi 1 · Tidak sesuai`)).waitFor();
    assert.notEqual(await summary.getByTestId('verified-total').textContent(), '100');
    // The review names the file it was made on: the integrity code of the institution's export.
    const exportedHash = (JSON.parse(readFileSync(exported, 'utf8')) as { integrity: { hash: string } }).integrity.hash;
    assert.equal(await summary.getByTestId('reviewed-code').textContent(), shortCode(exportedHash));

    // The same review bundle as .json is recognised as already there.
    await inst.goto(`${server.url}/berkas`);
    await inst.getByLabel(/^Pilih berkas \(/).setInputFiles(reviewFile);
    await inst.getByTestId('import-preview').waitFor();
    assert.deepEqual(await inst.getByTestId('plan-entry').locator('.badge').allTextContents(), ['Sudah ada, sama persis']);

    // The institution changes the item after the review: the finding still shows the level that was reviewed, flagged.
    await inst.goto(`${server.url}/asesmen/${assessment.id}/butir/${target}`);
    await inst.getByTestId('review-findings').waitFor();
    await inst.getByTestId('level-2').check();
    await inst.getByTestId('review-changed').getByText(/Ditinjau pada tingkat 4; sekarang 2/).waitFor();
    await inst.getByTestId('review-findings').getByText(/Tingkat terverifikasi: 1/).waitFor();
    // Hasil says the assessment changed after verification, and which item.
    await waitSaved(inst);
    await inst.goto(`${server.url}/hasil/${assessment.id}`);
    await inst.getByTestId('changed-after-review').getByText(new RegExp(`1 butir .*\\(\\s*${target.replace('.', '\\.')}\\)`)).waitFor();
    await inst.getByTestId('findings-list').getByText(new RegExp(`${target}.*ditinjau pada tingkat 4; sekarang 2, terverifikasi 1 · Tidak sesuai`)).waitFor();

    assert.deepEqual(instErrors, []);
    assert.deepEqual(asrErrors, []);
  } finally {
    await institutionPhone.close();
    await assessorPhone.close();
    await server.close();
  }
});
