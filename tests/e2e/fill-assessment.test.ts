import { placeItems } from '../../src/domain/assessment';
import assert from 'node:assert/strict';
import { test, expect, goOffline } from './support/fixtures';
import { watchForeignRequests } from './support/browser';
import { createInstitution, DEFAULT_INSTITUTION, startAssessment, waitSaved, writeNote } from './support/app';
import { currentKhususFor, currentUmum } from '../../src/domain/standard/registry';
import { scoreAssessment, type AnswerMap } from '../../src/domain/scoring';
import { computeIndicators, indicatorValues } from '../../src/domain/indicators';
import { formatScore } from '../../src/ui/scoreFormat';
import type { Item, Level } from '../../src/domain/standard/schema';

test('offline on a 360×740 phone: profile, every item answered by tapping, scores on screen equal the engine, then finalise and reopen', async ({ server, phone }) => {
  const { context, page, errors } = phone;
  const foreign = watchForeignRequests(context, server.url);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await goOffline(phone);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();

  // Bad input in the profile gets Indonesian messages and nothing is saved.
  await page.getByRole('link', { name: 'Tambah lembaga' }).click();
  await page.getByLabel('Kapasitas (orang)').fill('-5');
  await page.getByLabel('Penerima manfaat laki-laki').fill('dua belas');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Nama lembaga wajib diisi')).toBeVisible();
  await expect(page.getByText('Tidak boleh negatif')).toBeVisible();
  await expect(page.getByText('Hanya angka bulat, tanpa huruf, titik atau koma')).toBeVisible();
  await expect(page.getByText('Pilih provinsi', { exact: true })).toBeVisible();
  assert.equal(new URL(page.url()).pathname, '/lembaga/baru', 'an invalid profile is not saved');

  await createInstitution(page, server.url);
  const { assessmentId } = await startAssessment(page, '2026');

  const umum = currentUmum();
  const khusus = currentKhususFor(DEFAULT_INSTITUTION.type);
  assert.ok(khusus, 'the LKSA module exists');
  // The items that apply to this panti: a yayasan's profile leaves the government-only items out.
  const items: Item[] = placeItems(umum, khusus, DEFAULT_INSTITUTION.ownership).map((p) => p.item);
  const naItem = items.find((i) => i.naAllowed && !i.computed);
  assert.ok(naItem, 'the instrument has an item that allows N/A');

  const expected: Record<string, { level: Level | null; na: boolean }> = {};
  await page.getByRole('link', { name: /^Mulai dari / }).click();
  for (const [index, item] of items.entries()) {
    await expect(page.getByTestId('item-id').filter({ hasText: item.id })).toBeVisible();
    if (item === naItem) {
      await page.getByTestId('level-na').check();
      // N/A without a reason is refused with a message, and not stored as N/A.
      await expect(page.getByText('Alasan N/A wajib diisi')).toBeVisible();
      await page.getByTestId('na-reason').fill('Panti tidak menyelenggarakan layanan ini');
      expected[item.id] = { level: null, na: true };
    } else {
      const level = ((index * 7 + 3) % 5) as Level;
      await page.getByTestId(`level-${level}`).check();
      expected[item.id] = { level, na: false };
    }
    if (index === 0) await writeNote(page, 'Akta ada di lemari arsip kantor.');
    await waitSaved(page);
    if (index < items.length - 1) await page.getByRole('link', { name: 'Berikutnya ›' }).click();
  }

  await page.goto(`${server.url}/asesmen/${assessmentId}`);
  await expect(page.getByTestId('score-answered')).toBeVisible();
  const engine = scoreAssessment({
    umum,
    khusus,
    ownership: DEFAULT_INSTITUTION.ownership,
    answers: expected as AnswerMap,
    indicators: indicatorValues(computeIndicators([], Number(DEFAULT_INSTITUTION.clientsMale) + Number(DEFAULT_INSTITUTION.clientsFemale))),
  });
  assert.equal(engine.completion.answered, items.length);
  // The score follows the stored answers in a deferred render: wait until it has caught up, then compare exactly.
  await page
    .waitForFunction((want) => document.querySelector('[data-testid="score-total"]')?.textContent === want, formatScore(engine.total), { timeout: 15_000 })
    .catch(() => undefined);
  await expect(page.getByTestId('score-total')).toHaveText(formatScore(engine.total));
  await expect(page.getByTestId('score-answered'), 'all answered: the running score is the total').toHaveText(formatScore(engine.answeredTotal));
  for (const a of engine.aspects) {
    await expect(page.getByTestId(`score-aspect-${a.id}`), `aspect ${a.id}`).toHaveText(formatScore(a.score));
  }
  await expect(page.getByText(`${items.length}/${items.length}`).first()).toBeVisible();

  // Finalise: nothing missing, so the declaration form is shown; afterwards the questionnaire is read-only.
  await page.getByRole('link', { name: 'Periksa & finalisasi' }).click();
  await page.getByLabel('Nama yang menyatakan').fill('Siti Rahmawati');
  await page.getByLabel('Tempat').fill('Bandung');
  // Before it locks, the page says what finalising means for this assessment, and asks once more.
  await expect(page.getByTestId('finalise-risks')).toBeVisible();
  await expect(page.getByTestId('risk-evidence')).toHaveText(/belum punya bukti/, { useInnerText: true });
  await page.getByRole('button', { name: 'Finalkan asesmen' }).click();
  await expect(page.getByTestId('finalise-confirm')).toBeVisible();
  await page.getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByTestId('final-state')).toBeVisible();
  // After finalising: the results and the report are one tap away.
  await expect(page.getByTestId('after-final').getByRole('link', { name: 'Lihat hasil' })).toBeVisible();
  await expect(page.getByTestId('after-final').getByRole('link', { name: 'Buat laporan' })).toBeVisible();
  await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${items[0]!.id}`);
  await expect(page.getByText('Asesmen ini sudah final dan terkunci.')).toBeVisible();
  await expect(page.getByTestId('level-0'), 'a final assessment is read-only').toBeDisabled();

  // Buka kembali keeps the final revision in the history and makes it editable again.
  await page.goto(`${server.url}/asesmen/${assessmentId}/selesai`);
  await page.getByRole('button', { name: 'Buka kembali' }).click();
  await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
  await expect(page.getByRole('heading', { name: 'Riwayat versi final' })).toBeVisible();
  await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${items[0]!.id}`);
  await expect(page.getByTestId('level-0')).not.toBeDisabled();
  await expect(page.getByTestId('note')).toHaveValue('Akta ada di lemari arsip kantor.');

  assert.deepEqual(foreign, [], 'no request left the app origin');
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
});

test('bad input in the questionnaire: a 10,000-character note is cut at 5,000 with a message; N/A without a reason is not stored', async ({ server, phone }) => {
  const { page } = phone;
  await createInstitution(page, server.url);
  const { assessmentId } = await startAssessment(page, 'Semester II 2026');
  const naItem = [...currentUmum().aspects].flatMap((a) => a.components.flatMap((c) => c.items)).find((i) => i.naAllowed)!;
  await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${naItem.id}`);
  await page.getByTestId('level-2').check();
  await waitSaved(page);
  await page.getByTestId('note').fill('x'.repeat(10_000));
  await expect(page.getByText('Catatan paling banyak 5.000 karakter')).toBeVisible();
  await waitSaved(page);
  await page.getByTestId('level-na').check();
  await expect(page.getByText('Alasan N/A wajib diisi')).toBeVisible();
  // Leaving the item now warns instead of dropping the N/A silently; the user can stay and give the reason.
  const here = page.url();
  await page.getByRole('link', { name: /Berikutnya|Periksa & finalisasi/ }).click();
  await expect(page.getByTestId('na-unsaved')).toBeVisible();
  assert.equal(page.url(), here, 'the item was not left');
  await page.getByRole('button', { name: 'Isi alasan dulu' }).click();
  await expect(page.getByTestId('level-na'), 'the N/A choice is still there').toBeChecked();
  await page.reload();
  await expect(page.getByTestId('note')).toBeVisible();
  assert.equal((await page.getByTestId('note').inputValue()).length, 5000);
  await expect(page.getByTestId('level-2'), 'N/A without a reason did not replace the stored level').toBeChecked();
});
