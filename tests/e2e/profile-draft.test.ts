import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { fillInstitutionForm } from './support/app';
import { readStore } from './support/seed';

test('a half-typed profile survives a reload and is restored until it is saved', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/lembaga/baru`);
    await page.getByRole('heading', { name: 'Tambah lembaga' }).waitFor();
    await fillInstitutionForm(page, { name: 'Panti Werdha Mulia', kabupaten: 'Kota Medan', capacity: '25' });
    // The tab is reloaded before "Simpan profil" (a closed tab, a dead battery): pagehide flushes the draft.
    await page.reload();
    await page.getByTestId('draft-restored').waitFor();
    assert.equal(await page.getByLabel('Nama lembaga (wajib)', { exact: true }).inputValue(), 'Panti Werdha Mulia');
    assert.equal(await page.getByLabel('Kabupaten / kota', { exact: true }).inputValue(), 'Kota Medan');
    assert.equal(await page.getByLabel('Kapasitas (orang)', { exact: true }).inputValue(), '25');
    assert.equal((await readStore(page, 'institutions')).length, 0, 'a draft is not an institution');

    await fillInstitutionForm(page, { type: 'lanjut-usia', ownership: 'masyarakat', province: 'Sumatera Utara', clientsMale: '8', clientsFemale: '12' });
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.waitForURL(/\/lembaga\/(?!baru)[^/]+$/);
    await page.getByRole('heading', { name: 'Asesmen lembaga ini' }).waitFor();
    assert.equal((await readStore(page, 'institutions')).length, 1);

    // Saved: the next new profile starts empty.
    await page.goto(`${server.url}/lembaga/baru`);
    await page.getByRole('heading', { name: 'Tambah lembaga' }).waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.getByTestId('draft-restored').count(), 0);
    assert.equal(await page.getByLabel('Nama lembaga (wajib)', { exact: true }).inputValue(), '');
  } finally {
    await context.close();
    await server.close();
  }
});
