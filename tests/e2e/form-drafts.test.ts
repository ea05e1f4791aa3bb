import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectPageErrors, launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { seedInstitutionWithAssessment } from './support/seed';

test('a half-filled evidence form and a staff member not yet added survive a reload; Batal throws the evidence draft away', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    const { assessment } = await seedInstitutionWithAssessment(page);

    await page.goto(`${server.url}/asesmen/${assessment.id}/bukti`);
    await page.getByRole('button', { name: 'Tambah bukti' }).click();
    let form = page.getByRole('form', { name: 'Tambah bukti' });
    await form.getByLabel('Jenis dokumen').selectOption('Surat Tanda Daftar LKS');
    await form.getByLabel('Judul / keterangan').fill('Tanda daftar dari Dinsos kota');
    await form.getByLabel('Nomor dokumen').fill('460/77/Dinsos');
    await page.reload();

    form = page.getByRole('form', { name: 'Tambah bukti' });
    await form.getByTestId('evidence-draft-restored').waitFor();
    assert.equal(await form.getByLabel('Judul / keterangan').inputValue(), 'Tanda daftar dari Dinsos kota');
    assert.equal(await form.getByLabel('Nomor dokumen').inputValue(), '460/77/Dinsos');
    assert.equal(await form.getByLabel('Jenis dokumen').inputValue(), 'Surat Tanda Daftar LKS');
    await form.getByRole('button', { name: 'Batal' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Tambah bukti' }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Tambah bukti' }).count(), 0, 'a cancelled draft does not come back');

    await page.goto(`${server.url}/asesmen/${assessment.id}/sdm`);
    const staffForm = page.getByRole('form', { name: 'Tambah SDM' });
    await staffForm.getByLabel('Peran').selectOption('pekerja-sosial');
    await staffForm.getByLabel('Nama / inisial (boleh kosong)').fill('Rina W.');
    await page.reload();
    const again = page.getByRole('form', { name: 'Tambah SDM' });
    await again.getByLabel('Nama / inisial (boleh kosong)').waitFor();
    assert.equal(await again.getByLabel('Nama / inisial (boleh kosong)').inputValue(), 'Rina W.');
    assert.equal(await again.getByLabel('Peran').inputValue(), 'pekerja-sosial');
    await again.getByRole('button', { name: 'Tambah' }).click();
    await page.getByTestId('staff-row').first().waitFor();
    await page.reload();
    await page.getByTestId('staff-row').first().waitFor();
    assert.equal(await page.getByRole('form', { name: 'Tambah SDM' }).getByLabel('Nama / inisial (boleh kosong)').inputValue(), '', 'added: the draft is gone');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});
