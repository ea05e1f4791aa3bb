import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { collectPageErrors, launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { waitForOfflineReady } from './support/app';
import { makeAnswer, readStore, seedInstitutionWithAssessment, seedStores } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';
import type { Action } from '../../src/domain/records';

const umum = currentUmum();
const items = umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items));

test('an action for a gap is saved at once, survives an offline reload, and an overdue one shows on Beranda', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await waitForOfflineReady(page);

    // Every item at level 3, except KLB-1.1 at level 1: it is one gap among many.
    const seeded = await seedInstitutionWithAssessment(page, { institution: { name: 'Panti Werdha Sejahtera', type: 'lanjut-usia' } });
    const id = seeded.assessment.id;
    await seedStores(page, { answers: items.map((i) => makeAnswer(id, i.id, i.id === 'KLB-1.1' ? 1 : 3)) });
    const item = items.find((i) => i.id === 'KLB-1.1')!;

    await page.goto(`${server.url}/hasil/${id}`);
    await page.getByRole('heading', { name: 'Hasil asesmen' }).waitFor();
    // One gap among many: the list shows the top ten; the aspect filter finds it.
    await page.getByLabel('Tampilkan celah dari aspek').selectOption('KLB');
    await page.getByRole('button', { name: 'Tambah rencana tindak lanjut untuk butir KLB-1.1' }).click();

    const editor = page.getByTestId('action-KLB-1.1');
    const action = editor.getByLabel('Tindakan');
    await action.waitFor();
    assert.equal(await action.inputValue(), item.recommendation, 'the action is prefilled with the item’s recommendation');
    await action.fill('Urus perpanjangan surat tanda daftar ke Dinas Sosial');
    await editor.getByLabel('Penanggung jawab').fill('Bu Sari (sekretaris)');
    await editor.getByLabel('Target selesai').fill('2020-01-15');
    await editor.getByLabel('Status').selectOption('proses');
    await editor.getByText('Tersimpan').waitFor();
    await editor.getByText('Lewat tenggat').waitFor();

    // An emptied action is refused with a message; the stored text stays.
    await action.fill('');
    await editor.getByText('Tindakan wajib diisi').waitFor();
    await action.fill('Urus perpanjangan surat tanda daftar ke Dinas Sosial');
    await page.waitForFunction(() => !document.body.textContent?.includes('Tindakan wajib diisi'));

    // The plan as one list of its own: owner, due date, status, overdue marked; its link opens the editor.
    const list = page.getByTestId('action-list');
    await list.getByText('Rencana tindak lanjut (1)').waitFor();
    assert.match((await list.locator('li').first().textContent()) ?? '', /KLB-1\.1Lewat tenggatProses.*Urus perpanjangan.*Penanggung jawab: Bu Sari \(sekretaris\) · Target: 15 Januari 2020/s);
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
    await again.waitFor();
    assert.equal(await again.getByLabel('Tindakan').inputValue(), 'Urus perpanjangan surat tanda daftar ke Dinas Sosial');
    assert.equal(await again.getByLabel('Penanggung jawab').inputValue(), 'Bu Sari (sekretaris)');
    assert.equal(await again.getByLabel('Target selesai').inputValue(), '2020-01-15');
    assert.equal(await again.getByLabel('Status').inputValue(), 'proses');

    // Beranda lists the overdue action; its link opens the action on the Hasil screen.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Beranda' }).click();
    const overdue = page.getByTestId('overdue-actions');
    await overdue.waitFor();
    assert.match((await overdue.textContent()) ?? '', /KLB-1\.1: Urus perpanjangan surat tanda daftar.*15 Januari 2020.*Bu Sari.*Panti Werdha Sejahtera/s);
    await overdue.getByRole('link', { name: /KLB-1\.1/ }).click();
    await page.getByRole('heading', { name: 'Hasil asesmen' }).waitFor();
    await page.getByTestId('action-KLB-1.1').waitFor();
    assert.match(page.url(), /#aksi-KLB-1\.1$/);

    // Done actions are no longer overdue.
    await page.getByTestId('action-KLB-1.1').getByLabel('Status').selectOption('selesai');
    await page.getByTestId('action-KLB-1.1').getByText('Tersimpan').waitFor();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await page.getByText('Panti Werdha Sejahtera').first().waitFor();
    assert.equal(await page.getByTestId('overdue-actions').count(), 0);

    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
    await server.close();
  }
});
