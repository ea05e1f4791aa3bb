import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { fillInstitutionForm } from './support/app';
import { readStore } from './support/seed';

test('a half-typed profile survives a reload and is restored until it is saved', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(`${server.url}/lembaga/baru`);
  await expect(page.getByRole('heading', { name: 'Tambah lembaga' })).toBeVisible();
  await fillInstitutionForm(page, { name: 'Panti Werdha Mulia', kabupaten: 'Kota Medan', capacity: '25' });
  // The tab is reloaded before "Simpan profil" (a closed tab, a dead battery): pagehide flushes the draft.
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel('Nama lembaga (wajib)', { exact: true })).toHaveValue('Panti Werdha Mulia');
  await expect(page.getByLabel('Kabupaten / kota', { exact: true })).toHaveValue('Kota Medan');
  await expect(page.getByLabel('Kapasitas (orang)', { exact: true })).toHaveValue('25');
  assert.equal((await readStore(page, 'institutions')).length, 0, 'a draft is not an institution');

  await fillInstitutionForm(page, { type: 'lanjut-usia', ownership: 'masyarakat', province: 'Sumatera Utara', clientsMale: '8', clientsFemale: '12' });
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.waitForURL(/\/lembaga\/(?!baru)[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Asesmen lembaga ini' })).toBeVisible();
  assert.equal((await readStore(page, 'institutions')).length, 1);

  // Saved: the next new profile starts empty.
  await page.goto(`${server.url}/lembaga/baru`);
  await expect(page.getByRole('heading', { name: 'Tambah lembaga' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await expect(page.getByLabel('Nama lembaga (wajib)', { exact: true })).toHaveValue('');
});
