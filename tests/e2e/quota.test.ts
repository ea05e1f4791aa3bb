import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { randomBytes } from 'node:crypto';
import { waitForServiceWorker } from './support/browser';
import { makeAnswer, seedInstitutionWithAssessment, seedStores } from './support/seed';
import { makeJpeg } from './support/images';
import { QUOTA_MESSAGE } from '../../src/ui/messages';

const MB = 1024 * 1024;
const QUOTA = 10 * MB;

/** A PDF-looking file of random (incompressible) bytes, stored as-is by the app. */
function fakePdf(bytes: number): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 9)]);
}

test('storage full: adding evidence until the browser refuses shows the Indonesian message and loses nothing', async ({ server, launch }) => {
  // A profile on disk: the quota override below is per origin of a real profile, as on a phone.
  const { context, page, errors } = await launch({ phone: true, persistent: true });
  // Chromium applies a quota override to IndexedDB only if it is set before the origin opens its database,
  // so the origin gets a small quota from the start: room for the app's precache, a photo and a few files.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: QUOTA });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForServiceWorker(page);
  const { assessment } = await seedInstitutionWithAssessment(page);
  const seededAnswers = ['KLB-1.1', 'KLB-1.2', 'SDM-1.1'].map((id, i) => makeAnswer(assessment.id, id, (i + 2) as 2 | 3 | 4, `catatan ${id}`));
  await seedStores(page, { answers: seededAnswers });

  await page.goto(`${server.url}/asesmen/${assessment.id}/bukti`);
  await expect(page.getByRole('heading', { name: 'Bukti dan daftar dokumen' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Tambah bukti' });
  const addButton = page.getByRole('button', { name: 'Tambah bukti' });

  // An earlier attachment: a photo.
  await addButton.click();
  await form.getByLabel('Ambil foto').setInputFiles({ name: 'dapur.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, 2400, 1800) });
  await expect(form.getByRole('img', { name: 'Pratinjau dapur.jpg' })).toBeVisible();
  await form.getByLabel('Judul / keterangan').fill('Dapur');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('evidence-card').first()).toBeVisible();

  const quota = await cdp.send('Storage.getUsageAndQuota', { origin: server.url });
  assert.equal(quota.overrideActive, true);
  assert.equal(quota.quota, QUOTA);

  let saved = 0;
  let refused = false;
  for (let attempt = 0; attempt < 15 && !refused; attempt++) {
    await addButton.click();
    await form.getByLabel('Pilih berkas (PDF/foto)').setInputFiles({ name: `laporan-${attempt}.pdf`, mimeType: 'application/pdf', buffer: fakePdf(MB) });
    await expect(form.getByText(`laporan-${attempt}.pdf`)).toBeVisible();
    await form.getByLabel('Jenis dokumen').selectOption('Laporan keuangan');
    await form.getByLabel('Judul / keterangan').fill(`Laporan ${attempt}`);
    await form.getByRole('button', { name: 'Simpan' }).click();
    const outcome = await Promise.race([
      page.getByRole('status').filter({ hasText: `Bukti tersimpan: Laporan ${attempt}.` }).waitFor().then(() => 'saved' as const),
      form.getByRole('alert').filter({ hasText: QUOTA_MESSAGE }).waitFor().then(() => 'refused' as const),
    ]);
    if (outcome === 'saved') saved++;
    else refused = true;
  }
  assert.ok(refused, 'the browser refused a write once the quota was reached');
  assert.ok(saved >= 1, 'some evidence fitted before the quota was reached');
  // The form keeps what the user entered, so nothing typed is lost.
  await expect(form.getByLabel('Judul / keterangan')).toHaveValue(`Laporan ${saved}`);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });

  // Everything stored earlier is intact and nothing is half-written.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Daftar dokumen (${saved + 1})` })).toBeVisible();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="evidence-thumb"]');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  const check = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('swanilai-panti');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows: unknown[][] = [];
    for (const store of ['evidence', 'evidenceFiles', 'answers']) {
      rows.push(
        await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
      );
    }
    db.close();
    const docs = rows[0] as { id: string; title: string; size: number }[];
    const files = rows[1] as { id: string; blob: Blob }[];
    const answers = rows[2] as { itemId: string; level: number; note: string }[];
    const sizes: [string, number, number][] = [];
    for (const doc of docs) {
      const file = files.find((f) => f.id === doc.id);
      // Reading the bytes proves the Blob is really there, not only its row.
      sizes.push([doc.title, doc.size, file ? (await file.blob.arrayBuffer()).byteLength : -1]);
    }
    return { sizes, files: files.length, answers: answers.map((a) => [a.itemId, a.level, a.note]) };
  });
  assert.equal(check.sizes.length, saved + 1);
  assert.equal(check.files, saved + 1, 'no file without its register entry (and none missing)');
  for (const [title, size, stored] of check.sizes) assert.equal(stored, size, `${title}: the stored file is complete`);
  assert.deepEqual(
    check.sizes.map(([title]) => title).sort(),
    ['Dapur', ...Array.from({ length: saved }, (_, i) => `Laporan ${i}`)].sort(),
  );
  assert.deepEqual(
    check.answers.sort(),
    seededAnswers.map((a) => [a.itemId, a.level, a.note]).sort(),
    'every earlier answer is intact',
  );
  assert.deepEqual(errors.filter((e) => !/QuotaExceeded|quota/i.test(e)), []);
});
