import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerItem, createInstitution, DEFAULT_INSTITUTION, fillInstitutionForm, openItem, startAssessment } from './support/app';
import { makeAnswer, seedStores } from './support/seed';
import { placeItems } from '../../src/domain/assessment';
import { currentKhususFor, currentUmum } from '../../src/domain/standard/registry';

/** Each kind of panti gets its module: a Tresna Werdha and a Bina Netra panti find their own items everywhere. */
for (const [type, name, code] of [
  ['lanjut-usia', 'Panti Sosial Tresna Werdha Budi Luhur', 'LNU'],
  ['disabilitas-sensorik', 'Panti Sosial Bina Netra Wyata Guna', 'DSS'],
] as const) {
  test(`${name}: the ${code} module is in the questionnaire, in Hasil and in the report`, async ({ server, phone }) => {
    const { page, errors } = phone;
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
    await createInstitution(page, server.url, { type, name });
    // The profile lists the critical items (with their grounds) before the assessment starts.
    await page.getByTestId('critical-list').locator('summary').click();
    await expect(page.getByTestId('critical-list').getByText(new RegExp(`${code}-\\d+\\.\\d+`)).first()).toBeVisible();
    const { assessmentId } = await startAssessment(page, '2026');

    const umum = currentUmum();
    const khusus = currentKhususFor(type)!;
    assert.equal(khusus.aspects[0]!.id, code);
    const items = placeItems(umum, khusus, 'masyarakat').map((p) => p.item);
    const moduleItems = items.filter((i) => i.id.startsWith(`${code}-`));
    assert.ok(moduleItems.length >= 10);

    // The questionnaire lists the module as an aspect; its items are answered by tapping.
    await expect(page.getByText(khusus.aspects[0]!.name).filter({ visible: true }).first()).toBeVisible();
    for (const [i, item] of moduleItems.slice(0, 3).entries()) {
      await openItem(page, server.url, assessmentId, item.id);
      await answerItem(page, item.id, (i + 2) as 2 | 3 | 4);
    }
    // The rest is answered directly in the database (not this test's subject), every item at level 4.
    await seedStores(page, { answers: items.filter((i) => !moduleItems.slice(0, 3).includes(i)).map((i) => makeAnswer(assessmentId, i.id, 4)) });

    await page.goto(`${server.url}/hasil/${assessmentId}`);
    await expect(page.getByRole('heading', { name: 'Hasil asesmen' })).toBeVisible();
    await expect(page.getByText(khusus.aspects[0]!.name).filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByTestId('no-module'), 'a type with a module carries no caveat').toHaveCount(0);
    await expect(page.getByTestId('balks-table')).toBeVisible();

    await page.goto(`${server.url}/laporan/${assessmentId}`);
    await expect(page.getByRole('heading', { name: 'Laporan PDF' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Unduh laporan PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'swanilai-module-')), 'laporan.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    for (const item of moduleItems) assert.ok(text.includes(item.id), `${item.id} in the report`);
    assert.match(text, new RegExp(`${khusus.title.split(' ')[0]}`));
    assert.match(text.replace(/\s+/g, " "), /Modul standar khusus memikul 30% skor total/);
    assert.deepEqual(errors, []);
  });
}

test('a panti of type Lainnya is told plainly that its estimate has no standar khusus', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await page.goto(`${server.url}/lembaga/baru`);
  await expect(page.getByRole('heading', { name: 'Tambah lembaga' })).toBeVisible();
  await fillInstitutionForm(page, { ...DEFAULT_INSTITUTION, type: 'lainnya', name: 'Panti Sosial Serbaguna' });
  await page.getByLabel('Sebutkan jenis panti').fill('Panti sosial serbaguna');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByRole('heading', { name: 'Asesmen lembaga ini' })).toBeVisible();
  const { assessmentId } = await startAssessment(page, '2026');
  await page.goto(`${server.url}/hasil/${assessmentId}`);
  await expect(page.getByTestId('no-module')).toBeVisible();
  await expect(page.getByTestId('no-module')).toHaveText(/belum memuat standar khusus/, { useInnerText: true });
});
