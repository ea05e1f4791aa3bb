import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readStore, seedInstitutionWithAssessment } from './support/seed';

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/*
 * Hand-computed expectations. Profile: 10 + 10 = 20 clients. Roster entered below:
 *   1 kepala panti (pimpinan)                     welfare
 *   2 pekerja sosial, certified, trained, empowerment   welfare, professional
 *   3 pekerja sosial (role kept), not certified         welfare, professional
 *   4 perawat, trained                                   welfare, professional
 *   5 juru masak (penunjang)                             not welfare
 * tksCount = 4 orang; ratio = 20 ÷ 3 = 6,67 → "6,7 penerima manfaat per tenaga profesional" (within 1 : 5–10);
 * empowerment = 1 ÷ 4 × 100 = 25%; certified = 1 ÷ 2 × 100 = 50%; trained = 2 ÷ 5 × 100 = 40%; missing unsur 0.
 * After certifying no. 3: certified 2 ÷ 2 = 100%. After deleting the cook: trained 2 ÷ 4 = 50%, penunjang missing (1 unsur).
 */
test('roster on a 360 px phone: quick entry, live indicators, "tidak dapat dihitung" without staff', async ({ server, phone }) => {
  const { page, errors } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  const { assessment } = await seedInstitutionWithAssessment(page, { institution: { clientsMale: 10, clientsFemale: 10 } });

  await page.goto(`${server.url}/asesmen/${assessment.id}/sdm`);
  await expect(page.getByRole('heading', { name: 'Data SDM', level: 1 })).toBeVisible();
  const indicator = (id: string) => page.getByTestId(`indicator-${id}`);
  const figure = async (id: string) => ((await indicator(id).locator('.indicator-figure').textContent()) ?? '').trim();

  // No staff: every staff figure says it cannot be computed, with the reason; never 0 or NaN.
  for (const id of ['tksCount', 'clientsPerProfessional', 'empowermentCapablePct', 'certifiedSocialWorkerPct', 'trainedLast12MonthsPct', 'missingUnsurCount']) {
    assert.equal(await figure(id), 'Tidak dapat dihitung: Belum ada data SDM', id);
  }
  assert.deepEqual(await seriousViolations(page), []);

  const form = page.getByRole('form', { name: 'Tambah SDM' });
  const add = form.getByRole('button', { name: 'Tambah' });
  const role = form.getByLabel('Peran');
  const unsur = form.getByLabel('Unsur');

  await role.selectOption('kepala-panti');
  await expect(unsur, 'choosing a role sets its unsur').toHaveValue('pimpinan');
  await form.getByLabel('Nama / inisial (boleh kosong)').fill('HS');
  await add.click();
  await expect(page.getByTestId('staff-row').first()).toBeVisible();

  await role.selectOption('pekerja-sosial');
  await expect(unsur).toHaveValue('operasional');
  await form.getByLabel('Bersertifikat pekerja sosial profesional').check();
  await form.getByLabel('Ikut pelatihan dalam 12 bulan terakhir').check();
  await form.getByLabel('Mampu melakukan pemberdayaan sosial').check();
  await add.click();
  await expect(page.getByTestId('staff-row').nth(1)).toBeVisible();

  // The role, unsur, education and status stay chosen; the personal flags are cleared.
  await expect(role).toHaveValue('pekerja-sosial');
  await expect(form.getByLabel('Bersertifikat pekerja sosial profesional')).not.toBeChecked();
  await add.click();
  await expect(page.getByTestId('staff-row').nth(2)).toBeVisible();

  await role.selectOption('perawat');
  await form.getByLabel('Ikut pelatihan dalam 12 bulan terakhir').check();
  await add.click();
  await expect(page.getByTestId('staff-row').nth(3)).toBeVisible();

  await role.selectOption('juru-masak');
  await expect(unsur).toHaveValue('penunjang');
  await add.click();
  await expect(page.getByTestId('staff-row').nth(4)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Daftar SDM (5 orang)' })).toBeVisible();

  assert.equal(await figure('tksCount'), '4 orang');
  assert.equal(await figure('clientsPerProfessional'), '6,7 penerima manfaat per tenaga profesional');
  await expect(indicator('clientsPerProfessional')).toHaveText(/20 ÷ 3 = 6,7/);
  await expect(indicator('clientsPerProfessional')).toHaveText(/Sesuai standar/);
  assert.equal(await figure('empowermentCapablePct'), '25%');
  await expect(indicator('empowermentCapablePct')).toHaveText(/1 ÷ 4 × 100 = 25%/);
  assert.equal(await figure('certifiedSocialWorkerPct'), '50%');
  assert.equal(await figure('trainedLast12MonthsPct'), '40%');
  assert.equal(await figure('missingUnsurCount'), '0 unsur');
  // The computed items of the standard say which level they take from the figure.
  await expect(indicator('certifiedSocialWorkerPct')).toHaveText(/Butir SDM-2\.4: tingkat 2/);

  // Inline edit: certify the second social worker; saved at once.
  const third = page.getByTestId('staff-row').nth(2);
  await third.getByRole('button', { name: /^Ubah / }).click();
  await third.getByLabel('Bersertifikat pekerja sosial profesional').check();
  await page.waitForFunction(() => document.querySelector('[data-testid="indicator-certifiedSocialWorkerPct"] .indicator-figure')?.textContent === '100%');

  // Delete with confirmation: cancel first, then confirm.
  const cook = page.getByTestId('staff-row').nth(4);
  await cook.getByRole('button', { name: /^Hapus / }).click();
  await cook.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('staff-row')).toHaveCount(5);
  await cook.getByRole('button', { name: /^Hapus / }).click();
  await cook.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByRole('heading', { name: 'Daftar SDM (4 orang)' })).toBeVisible();
  assert.equal(await figure('trainedLast12MonthsPct'), '50%');
  assert.equal(await figure('missingUnsurCount'), '1 unsur');
  await expect(indicator('missingUnsurCount')).toHaveText(/Unsur yang belum ada: Penunjang/);

  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
  assert.deepEqual(await seriousViolations(page), []);
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/h5-roster.png', fullPage: true });

  // Everything was stored: a reload shows the same roster, and the records are in IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Daftar SDM (4 orang)' })).toBeVisible();
  const stored = await readStore<{ assessmentId: string; role: string; certified: boolean; name: string }>(page, 'staff');
  assert.deepEqual(
    stored.map((s) => [s.role, s.certified]).sort(),
    [['kepala-panti', false], ['pekerja-sosial', true], ['pekerja-sosial', true], ['perawat', false]].sort(),
  );
  assert.ok(stored.every((s) => s.assessmentId === assessment.id));
  assert.deepEqual(errors, []);
});
