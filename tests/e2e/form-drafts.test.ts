import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';

test('a half-filled evidence form and a staff member not yet added survive a reload; Batal throws the evidence draft away', async ({ server, phone, seeded }) => {
  const { page, errors } = phone;
  const { assessment } = seeded;

  await page.goto(`${server.url}/asesmen/${assessment.id}/bukti`);
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  let form = page.getByRole('form', { name: 'Tambah bukti' });
  await form.getByLabel('Jenis dokumen').selectOption('Surat Tanda Daftar LKS');
  await form.getByLabel('Judul / keterangan').fill('Tanda daftar dari Dinsos kota');
  await form.getByLabel('Nomor dokumen').fill('460/77/Dinsos');
  await page.reload();

  form = page.getByRole('form', { name: 'Tambah bukti' });
  await expect(form.getByTestId('evidence-draft-restored')).toBeVisible();
  await expect(form.getByLabel('Judul / keterangan')).toHaveValue('Tanda daftar dari Dinsos kota');
  await expect(form.getByLabel('Nomor dokumen')).toHaveValue('460/77/Dinsos');
  await expect(form.getByLabel('Jenis dokumen')).toHaveValue('Surat Tanda Daftar LKS');
  await form.getByRole('button', { name: 'Batal' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Tambah bukti' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Tambah bukti' }), 'a cancelled draft does not come back').toHaveCount(0);

  await page.goto(`${server.url}/asesmen/${assessment.id}/sdm`);
  const staffForm = page.getByRole('form', { name: 'Tambah SDM' });
  await staffForm.getByLabel('Peran').selectOption('pekerja-sosial');
  await staffForm.getByLabel('Nama / inisial (boleh kosong)').fill('Rina W.');
  await page.reload();
  const again = page.getByRole('form', { name: 'Tambah SDM' });
  await expect(again.getByLabel('Nama / inisial (boleh kosong)')).toBeVisible();
  await expect(again.getByLabel('Nama / inisial (boleh kosong)')).toHaveValue('Rina W.');
  await expect(again.getByLabel('Peran')).toHaveValue('pekerja-sosial');
  await again.getByRole('button', { name: 'Tambah' }).click();
  await expect(page.getByTestId('staff-row').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('staff-row').first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Tambah SDM' }).getByLabel('Nama / inisial (boleh kosong)'), 'added: the draft is gone').toHaveValue('');
  assert.deepEqual(errors, []);
});
