import assert from 'node:assert/strict';
import { test, expect, goOffline, traceContext, type Device } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { PHONE, tempProfileDir } from './support/browser';
import { answerItem, openItem } from './support/app';
import { readStore, seedInstitutionWithAssessment } from './support/seed';
import type { Answer } from '../../src/domain/records';

const dir = tempProfileDir('swanilai-team-files-');
async function save(download: Download): Promise<string> {
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}
async function downloadBy(page: Page, name: string | RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return save(download);
}

async function assertNoSeriousAxe(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
}

/** A member's phone: the app loaded once, then offline; the package opened, the member's items answered, the result downloaded. */
async function memberFills(member: Device, url: string, packageFile: string, fill: (page: Page, assessmentId: string) => Promise<void>): Promise<string> {
  const { page, errors } = member;
  await page.goto(url);
  await page.evaluate(() => localStorage.setItem('swanilai:role', 'pengelola'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await goOffline(member);
  await page.goto(`${url}/berkas`);
  await page.getByLabel(/^Pilih berkas \(/).setInputFiles(packageFile);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  const [assessment] = await readStore<{ id: string }>(page, 'assessments');
  await page.goto(url);
  await expect(page.getByTestId('home-team-self').filter({ hasText: /Tugas Anda sebagai anggota tim: 0\/\d+ terjawab/ })).toBeVisible();
  await page.goto(`${url}/asesmen/${assessment!.id}/tim`);
  await expect(page.getByRole('heading', { name: 'Tugas Anda' })).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: join(dir, `team-member-${basename(packageFile)}.png`), fullPage: true });
  await fill(page, assessment!.id);
  await page.goto(`${url}/asesmen/${assessment!.id}/tim`);
  const result = await downloadBy(page, 'Unduh berkas hasil');
  assert.deepEqual(errors, []);
  return result;
}

test('team: the lead assigns KLB and PBY, two members fill offline on their phones, the lead merges both files with one conflict and the report names the contributors', async ({ server, phone, launch, browser }) => {
  const { context: lead, page, errors } = phone;
  const budiPhone = await launch({ phone: true });
  const rinaPhone = await launch({ phone: true });
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('swanilai:role', 'pengelola'));
  // The app has created its database before the test writes rows into it.
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  const { assessment } = await seedInstitutionWithAssessment(page, { institution: { name: 'Panti Sosial Bina Karya' } });
  // The lead answers one item of Sarana (not assigned to anyone) before cutting the packages.
  await openItem(page, server.url, assessment.id, 'SPR-1.1');
  await answerItem(page, 'SPR-1.1', 2);

  // Bagi tugas: the lead forms the team, adds two members and gives each an aspect.
  await page.goto(`${server.url}/asesmen/${assessment.id}`);
  await page.getByRole('link', { name: 'Isi bersama tim' }).click();
  await expect(page.getByRole('heading', { name: 'Isi bersama tim' })).toBeVisible();
  await page.getByLabel('Nama Anda (ketua tim)').fill('Ibu Sari');
  await page.getByRole('button', { name: 'Bentuk tim' }).click();
  for (const [name, position] of [['Budi', 'Bendahara'], ['Rina', 'Pekerja sosial']]) {
    await page.getByLabel('Nama anggota').fill(name!);
    await page.getByLabel(/^Jabatan \(misalnya/).fill(position!);
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    await expect(page.getByTestId('team-member').filter({ hasText: name! })).toBeVisible();
  }
  const budi = page.getByTestId('team-member').filter({ hasText: 'Budi' });
  const rina = page.getByTestId('team-member').filter({ hasText: 'Rina' });
  await budi.getByRole('checkbox', { name: /^PBY Pembiayaan/ }).check();
  await expect(budi.getByTestId('member-progress').filter({ hasText: /^12 butir ditugaskan · 0 terjawab/ })).toBeVisible();
  await rina.getByRole('checkbox', { name: /^KLB Kelembagaan/ }).check();
  await expect(rina.getByTestId('member-progress').filter({ hasText: /^17 butir ditugaskan · 0 terjawab/ })).toBeVisible();
  await assertNoSeriousAxe(page);
  if (process.env.SHOTS) await page.locator('section', { has: page.getByRole('heading', { name: 'Anggota dan tugasnya' }) }).screenshot({ path: join(dir, 'team-lead.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  if (process.env.SHOTS) await page.screenshot({ path: join(dir, 'team-lead-wide.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const budiPackage = await downloadBy(page, 'Unduh paket tugas Budi');
  const rinaPackage = await downloadBy(page, 'Unduh paket tugas Rina');
  assert.match(budiPackage, /swanilai-tugas-budi-panti-sosial-bina-karya-\d{4}-\d{2}-\d{2}\.json$/);

  // Budi fills Pembiayaan, and also changes KLB-1.1, which is Rina's, after saying he means it.
  const budiResult = await memberFills(budiPhone, server.url, budiPackage, async (p, id) => {
    await openItem(p, server.url, id, 'PBY-1.6');
    await expect(p.getByTestId('team-item-note').filter({ hasText: 'Ditugaskan kepada: Anda' })).toBeVisible();
    await answerItem(p, 'PBY-1.6', 3);
    await openItem(p, server.url, id, 'PBY-1.7');
    await answerItem(p, 'PBY-1.7', 2);
    await openItem(p, server.url, id, 'KLB-1.1');
    await expect(p.getByTestId('team-item-note').filter({ hasText: 'Ditugaskan kepada: Rina' })).toBeVisible();
    await expect(p.getByTestId('level-1'), "another member's item is read-only until unlocked").toBeDisabled();
    if (process.env.SHOTS) await p.locator('article').screenshot({ path: join(dir, 'team-member-locked.png') });
    await p.getByRole('button', { name: 'Tetap ubah butir ini' }).click();
    await answerItem(p, 'KLB-1.1', 1);
    // The declaration is the head's: a member's phone sends its result instead of finalising.
    await p.goto(`${server.url}/asesmen/${id}/selesai`);
    await expect(p.getByTestId('member-finalise').filter({ hasText: 'Ibu Sari' })).toBeVisible();
  });
  // Rina fills Kelembagaan.
  const rinaResult = await memberFills(rinaPhone, server.url, rinaPackage, async (p, id) => {
    await openItem(p, server.url, id, 'KLB-1.1');
    await answerItem(p, 'KLB-1.1', 4);
    await openItem(p, server.url, id, 'KLB-1.2');
    await answerItem(p, 'KLB-1.2', 3);
  });

  // The lead's device as it is before any file comes back, to merge the files again in the other order below.
  const beforeMerge = await lead.storageState({ indexedDB: true });

  // The lead receives Budi's file first: every change is taken, nothing to choose.
  await page.goto(`${server.url}/asesmen/${assessment.id}/tim`);
  const receive = page.getByRole('region', { name: 'Terima berkas hasil anggota' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Terima berkas hasil anggota' }) }));
  await receive.first().getByLabel(/^Pilih berkas \(/).setInputFiles(budiResult);
  await expect(page.getByTestId('merge-preview').filter({ hasText: /Berkas hasil dari Budi\. 3 perubahan diambil dari berkas, 0 baris dihapus, 0 perbedaan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  // Then Rina's: KLB-1.2 is taken; KLB-1.1 was changed by both (Budi 1, Rina 4): exactly one conflict, side by side.
  await receive.first().getByLabel(/^Pilih berkas \(/).setInputFiles(rinaResult);
  const preview = page.getByTestId('merge-preview');
  await expect(preview.filter({ hasText: /Berkas hasil dari Rina\. 1 perubahan diambil dari berkas, 0 baris dihapus, 1 perbedaan/ })).toBeVisible();
  const conflicts = page.getByTestId('merge-conflict');
  await expect(conflicts).toHaveCount(1);
  const conflictText = await conflicts.first().innerText();
  assert.match(conflictText, /Butir KLB-1\.1/);
  assert.match(conflictText, /Di perangkat ini\s+tingkat 1[\s\S]*oleh Budi/);
  assert.match(conflictText, /Di berkas Rina\s+tingkat 4[\s\S]*oleh Rina/);
  await expect(page.getByRole('button', { name: 'Impor ke perangkat ini' }), 'nothing is merged before the conflict is chosen').toBeDisabled();
  await assertNoSeriousAxe(page);
  if (process.env.SHOTS) await page.getByTestId('merge-preview').screenshot({ path: join(dir, 'team-conflict.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  if (process.env.SHOTS) await page.getByTestId('merge-preview').screenshot({ path: join(dir, 'team-conflict-wide.png') });
  await page.setViewportSize({ width: 360, height: 740 });
  await conflicts.first().getByRole('radio', { name: 'Pakai yang dari Rina' }).check();
  await page.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  // Every answer arrived, each attributed to who gave it.
  const answers = await readStore<Answer>(page, 'answers');
  const by = Object.fromEntries(answers.map((a) => [a.itemId, `${a.level}`]));
  assert.deepEqual(
    { spr: by['SPR-1.1'], pby6: by['PBY-1.6'], pby7: by['PBY-1.7'], klb1: by['KLB-1.1'], klb2: by['KLB-1.2'] },
    { spr: '2', pby6: '3', pby7: '2', klb1: '4', klb2: '3' },
  );
  const [stored] = await readStore<{ team: { members: { id: string; name: string; receivedAt: string | null }[] } }>(page, 'assessments');
  const idOf = (name: string) => stored!.team.members.find((m) => m.name === name)!.id;
  assert.equal(answers.find((a) => a.itemId === 'KLB-1.1')!.by, idOf('Rina'));
  assert.equal(answers.find((a) => a.itemId === 'PBY-1.6')!.by, idOf('Budi'));
  assert.ok(stored!.team.members.filter((m) => m.name !== 'Ibu Sari').every((m) => m.receivedAt !== null));

  // Receiving the same file again changes nothing.
  await receive.first().getByLabel(/^Pilih berkas \(/).setInputFiles(rinaResult);
  await expect(preview.filter({ hasText: /Tidak ada perubahan baru/ })).toBeVisible();
  await page.getByRole('button', { name: 'Batal' }).click();

  // The team's progress on the lead's Beranda.
  await page.goto(server.url);
  const progress = page.getByTestId('home-team');
  await expect(progress.filter({ hasText: /Rina[\s\S]*2\/17 terjawab/ })).toBeVisible();
  await expect(progress.filter({ hasText: /Budi[\s\S]*2\/12 terjawab/ })).toBeVisible();

  // Hasil and the report name the contributors per aspect.
  await page.goto(`${server.url}/hasil/${assessment.id}`);
  const contributors = page.getByTestId('contributors');
  await expect(contributors.filter({ hasText: /KLB[^\n]*Rina/ })).toBeVisible();
  await expect(contributors).toHaveText(/PBY[^\n]*Budi/, { useInnerText: true });
  await expect(contributors).toHaveText(/SPR[^\n]*Ibu Sari/, { useInnerText: true });
  await page.goto(`${server.url}/laporan/${assessment.id}`);
  await expect(page.getByRole('heading', { name: 'Laporan PDF' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
  const pdf = await save(download);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.match(text, /Pengisi per aspek/);
  assert.match(text, /Kelembagaan[^\n]*Rina/);
  assert.match(text, /Pembiayaan[^\n]*Budi/);
  assert.deepEqual(errors, []);

  // The other order on the same starting device: Rina first (taken whole), then Budi: again exactly one conflict
  // (KLB-1.1, now Rina's 4 here against Budi's 1), and keeping this device's gives the same answers as before.
  const again = await traceContext(await browser.newContext({ ...PHONE, storageState: beforeMerge }));
  try {
    const p2 = await again.newPage();
    await p2.goto(`${server.url}/asesmen/${assessment.id}/tim`);
    const input = p2.locator('section', { has: p2.getByRole('heading', { name: 'Terima berkas hasil anggota' }) }).getByLabel(/^Pilih berkas \(/);
    await input.setInputFiles(rinaResult);
    await expect(p2.getByTestId('merge-preview').filter({ hasText: /Berkas hasil dari Rina\. 2 perubahan diambil dari berkas, 0 baris dihapus, 0 perbedaan/ })).toBeVisible();
    await p2.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
    await expect(p2.getByTestId('import-done')).toBeVisible();
    await input.setInputFiles(budiResult);
    await expect(p2.getByTestId('merge-preview').filter({ hasText: /Berkas hasil dari Budi\. 2 perubahan diambil dari berkas, 0 baris dihapus, 1 perbedaan/ })).toBeVisible();
    await expect(p2.getByTestId('merge-conflict')).toHaveCount(1);
    await p2.getByTestId('merge-conflict').getByRole('radio', { name: 'Pakai yang di perangkat ini' }).check();
    await p2.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
    await expect(p2.getByTestId('import-done')).toBeVisible();
    const levels = (rows: Answer[]) => Object.fromEntries(rows.map((a) => [a.itemId, [a.level, a.by ?? null]]));
    assert.deepEqual(levels(await readStore<Answer>(p2, 'answers')), levels(answers));
  } finally {
    await again.close();
  }
});
