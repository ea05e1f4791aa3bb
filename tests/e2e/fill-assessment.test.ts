import { placeItems } from '../../src/domain/assessment';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, tempProfileDir, watchForeignRequests, collectPageErrors } from './support/browser';
import { startServer, type StaticServer } from './support/server';
import { DIST } from './support/env';
import { createInstitution, DEFAULT_INSTITUTION, startAssessment, waitForOfflineReady, waitSaved, writeNote } from './support/app';
import { currentKhususFor, currentUmum } from '../../src/domain/standard/registry';
import { scoreAssessment, type AnswerMap } from '../../src/domain/scoring';
import { computeIndicators, indicatorValues } from '../../src/domain/indicators';
import { formatScore } from '../../src/ui/scoreFormat';
import type { Item, Level } from '../../src/domain/standard/schema';

let server: StaticServer;
before(async () => {
  server = await startServer(DIST);
});
after(async () => {
  await server.close();
});

test('offline on a 360×740 phone: profile, every item answered by tapping, scores on screen equal the engine, then finalise and reopen', async () => {
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  const foreign = watchForeignRequests(context, server.url);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();

    // Bad input in the profile gets Indonesian messages and nothing is saved.
    await page.getByRole('link', { name: 'Tambah lembaga' }).click();
    await page.getByLabel('Kapasitas (orang)').fill('-5');
    await page.getByLabel('Penerima manfaat laki-laki').fill('dua belas');
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByText('Nama lembaga wajib diisi').waitFor();
    await page.getByText('Tidak boleh negatif').waitFor();
    await page.getByText('Hanya angka bulat, tanpa huruf, titik atau koma').waitFor();
    await page.getByText('Pilih provinsi', { exact: true }).waitFor();
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
      await page.getByTestId('item-id').filter({ hasText: item.id }).waitFor();
      if (item === naItem) {
        await page.getByTestId('level-na').check();
        // N/A without a reason is refused with a message, and not stored as N/A.
        await page.getByText('Alasan N/A wajib diisi').waitFor();
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
    await page.getByTestId('score-answered').waitFor();
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
    assert.equal(await page.getByTestId('score-total').textContent(), formatScore(engine.total));
    assert.equal(await page.getByTestId('score-answered').textContent(), formatScore(engine.answeredTotal), 'all answered: the running score is the total');
    for (const a of engine.aspects) {
      assert.equal(await page.getByTestId(`score-aspect-${a.id}`).textContent(), formatScore(a.score), `aspect ${a.id}`);
    }
    await page.getByText(`${items.length}/${items.length}`).first().waitFor();

    // Finalise: nothing missing, so the declaration form is shown; afterwards the questionnaire is read-only.
    await page.getByRole('link', { name: 'Periksa & finalisasi' }).click();
    await page.getByLabel('Nama yang menyatakan').fill('Siti Rahmawati');
    await page.getByLabel('Tempat').fill('Bandung');
    // Before it locks, the page says what finalising means for this assessment, and asks once more.
    await page.getByTestId('finalise-risks').waitFor();
    assert.match(await page.getByTestId('risk-evidence').innerText(), /belum punya bukti/);
    await page.getByRole('button', { name: 'Finalkan asesmen' }).click();
    await page.getByTestId('finalise-confirm').waitFor();
    await page.getByRole('button', { name: 'Ya, finalkan' }).click();
    await page.getByTestId('final-state').waitFor();
    // After finalising: the results and the report are one tap away.
    await page.getByTestId('after-final').getByRole('link', { name: 'Lihat hasil' }).waitFor();
    await page.getByTestId('after-final').getByRole('link', { name: 'Buat laporan' }).waitFor();
    await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${items[0]!.id}`);
    await page.getByText('Asesmen ini sudah final dan terkunci.').waitFor();
    assert.equal(await page.getByTestId('level-0').isDisabled(), true, 'a final assessment is read-only');

    // Buka kembali keeps the final revision in the history and makes it editable again.
    await page.goto(`${server.url}/asesmen/${assessmentId}/selesai`);
    await page.getByRole('button', { name: 'Buka kembali' }).click();
    await page.getByRole('button', { name: 'Ya, buka kembali' }).click();
    await page.getByRole('heading', { name: 'Riwayat versi final' }).waitFor();
    await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${items[0]!.id}`);
    assert.equal(await page.getByTestId('level-0').isDisabled(), false);
    assert.equal(await page.getByTestId('note').inputValue(), 'Akta ada di lemari arsip kantor.');

    assert.deepEqual(foreign, [], 'no request left the app origin');
    assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('bad input in the questionnaire: a 10,000-character note is cut at 5,000 with a message; N/A without a reason is not stored', async () => {
  const context = await launchPersistent(tempProfileDir(), { phone: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await createInstitution(page, server.url);
    const { assessmentId } = await startAssessment(page, 'Semester II 2026');
    const naItem = [...currentUmum().aspects].flatMap((a) => a.components.flatMap((c) => c.items)).find((i) => i.naAllowed)!;
    await page.goto(`${server.url}/asesmen/${assessmentId}/butir/${naItem.id}`);
    await page.getByTestId('level-2').check();
    await waitSaved(page);
    await page.getByTestId('note').fill('x'.repeat(10_000));
    await page.getByText('Catatan paling banyak 5.000 karakter').waitFor();
    await waitSaved(page);
    await page.getByTestId('level-na').check();
    await page.getByText('Alasan N/A wajib diisi').waitFor();
    // Leaving the item now warns instead of dropping the N/A silently; the user can stay and give the reason.
    const here = page.url();
    await page.getByRole('link', { name: /Berikutnya|Periksa & finalisasi/ }).click();
    await page.getByTestId('na-unsaved').waitFor();
    assert.equal(page.url(), here, 'the item was not left');
    await page.getByRole('button', { name: 'Isi alasan dulu' }).click();
    assert.equal(await page.getByTestId('level-na').isChecked(), true, 'the N/A choice is still there');
    await page.reload();
    await page.getByTestId('note').waitFor();
    assert.equal((await page.getByTestId('note').inputValue()).length, 5000);
    assert.equal(await page.getByTestId('level-2').isChecked(), true, 'N/A without a reason did not replace the stored level');
  } finally {
    await context.close();
  }
});
