import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import { waitForOfflineReady } from './support/app';
import { makeAnswer, readStore, seedInstitutionWithAssessment, seedStores } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';
import type { Action } from '../../src/domain/records';

const umum = currentUmum();
const items = umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items));

test('an action for a gap is saved at once, survives an offline reload, and an overdue one shows on Beranda', async ({ server, phone }) => {
  const { context, page, errors } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForOfflineReady(page);

  // Every item at level 3, except KLB-1.1 at level 1: it is one gap among many.
  const seeded = await seedInstitutionWithAssessment(page, { institution: { name: 'Panti Werdha Sejahtera', type: 'lanjut-usia' } });
  const id = seeded.assessment.id;
  await seedStores(page, { answers: items.map((i) => makeAnswer(id, i.id, i.id === 'KLB-1.1' ? 1 : 3)) });
  const item = items.find((i) => i.id === 'KLB-1.1')!;

  await page.goto(`${server.url}/hasil/${id}`);
  await expect(page.getByRole('heading', { name: 'Hasil asesmen' })).toBeVisible();
  // One gap among many: the list shows the top ten; the aspect filter finds it.
  await page.getByLabel('Tampilkan celah dari aspek').selectOption('KLB');
  await page.getByRole('button', { name: 'Tambah rencana tindak lanjut untuk butir KLB-1.1' }).click();

  const editor = page.getByTestId('action-KLB-1.1');
  const action = editor.getByLabel('Tindakan');
  await expect(action).toBeVisible();
  await expect(action, 'the action is prefilled with the item’s recommendation').toHaveValue(item.recommendation);
  await action.fill('Urus perpanjangan surat tanda daftar ke Dinas Sosial');
  await editor.getByLabel('Penanggung jawab').fill('Bu Sari (sekretaris)');
  await editor.getByLabel('Target selesai').fill('2020-01-15');
  await editor.getByLabel('Status').selectOption('proses');
  await expect(editor.getByText('Tersimpan')).toBeVisible();
  await expect(editor.getByText('Lewat tenggat')).toBeVisible();

  // An emptied action is refused with a message; the stored text stays.
  await action.fill('');
  await expect(editor.getByText('Tindakan wajib diisi')).toBeVisible();
  await action.fill('Urus perpanjangan surat tanda daftar ke Dinas Sosial');
  await page.waitForFunction(() => !document.body.textContent?.includes('Tindakan wajib diisi'));

  // The plan as one list of its own: owner, due date, status, overdue marked; its link opens the editor.
  const list = page.getByTestId('action-list');
  await expect(list.getByText('Rencana tindak lanjut (1)')).toBeVisible();
  await expect(list.locator('li').first()).toHaveText(/KLB-1\.1Lewat tenggatProses.*Urus perpanjangan.*Penanggung jawab: Bu Sari \(sekretaris\) · Target: 15 Januari 2020/s);
  await list.getByRole('link', { name: 'Ubah rencana butir KLB-1.1' }).click();
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="action-KLB-1.1"]') !== null);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);

  const stored = await readStore<Action>(page, 'actions');
  assert.equal(stored.length, 1);
  assert.deepEqual(
    { ...stored[0], id: undefined, createdAt: undefined, updatedAt: undefined },
    {
      id: undefined,
      assessmentId: id,
      itemId: 'KLB-1.1',
      action: 'Urus perpanjangan surat tanda daftar ke Dinas Sosial',
      responsible: 'Bu Sari (sekretaris)',
      targetDate: '2020-01-15',
      status: 'proses',
      createdAt: undefined,
      updatedAt: undefined,
    },
  );

  // Offline, after a reload, the action is still there.
  await context.setOffline(true);
  const reload = await page.reload();
  assert.ok(reload?.fromServiceWorker(), 'the reload is served by the service worker');
  const again = page.getByTestId('action-KLB-1.1');
  await expect(again).toBeVisible();
  await expect(again.getByLabel('Tindakan')).toHaveValue('Urus perpanjangan surat tanda daftar ke Dinas Sosial');
  await expect(again.getByLabel('Penanggung jawab')).toHaveValue('Bu Sari (sekretaris)');
  await expect(again.getByLabel('Target selesai')).toHaveValue('2020-01-15');
  await expect(again.getByLabel('Status')).toHaveValue('proses');

  // Beranda lists the overdue action; its link opens the action on the Hasil screen.
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Beranda' }).click();
  const overdue = page.getByTestId('overdue-actions');
  await expect(overdue).toBeVisible();
  await expect(overdue).toHaveText(/KLB-1\.1: Urus perpanjangan surat tanda daftar.*15 Januari 2020.*Bu Sari.*Panti Werdha Sejahtera/s);
  await overdue.getByRole('link', { name: /KLB-1\.1/ }).click();
  await expect(page.getByRole('heading', { name: 'Hasil asesmen' })).toBeVisible();
  await expect(page.getByTestId('action-KLB-1.1')).toBeVisible();
  await expect(page).toHaveURL(/#aksi-KLB-1\.1$/);

  // Done actions are no longer overdue.
  await page.getByTestId('action-KLB-1.1').getByLabel('Status').selectOption('selesai');
  await expect(page.getByTestId('action-KLB-1.1').getByText('Tersimpan')).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await expect(page.getByText('Panti Werdha Sejahtera').first()).toBeVisible();
  await expect(page.getByTestId('overdue-actions')).toHaveCount(0);

  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
