import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import { waitForServiceWorker, watchForeignRequests } from './support/browser';
import { seedInstitutionWithAssessment } from './support/seed';
import { makeJpeg } from './support/images';

function isoDaysFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('offline: a photo attached to an item is downscaled, stored as a Blob, and its thumbnail shows after a reload', async ({ server, phone }) => {
  const { context, page, errors } = phone;
  const foreign = watchForeignRequests(context, server.url);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForServiceWorker(page);
  const { assessment } = await seedInstitutionWithAssessment(page);
  const photo = await makeJpeg(page, 3000, 2000);

  await context.setOffline(true);
  await page.goto(`${server.url}/asesmen/${assessment.id}/bukti?butir=KLB-1.1`);
  await expect(page.getByRole('heading', { name: 'Bukti dan daftar dokumen' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Tambah bukti' });

  // Too large an original is refused with a message, and nothing is attached.
  await form.getByLabel('Pilih berkas (PDF/foto)').setInputFiles({ name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(16 * 1024 * 1024, 1) });
  await expect(form.getByText(/Foto terlalu besar \(16,0 MB\)\. Batasnya 15,0 MB/)).toBeVisible();

  await form.getByLabel('Ambil foto').setInputFiles({ name: 'IMG_2026.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(form.getByRole('img', { name: 'Pratinjau IMG_2026.jpg' })).toBeVisible();
  await expect(form.getByLabel('Jenis dokumen'), 'a photo defaults to the photo kind').toHaveValue('Foto kegiatan/sarana');
  await form.getByLabel('Judul / keterangan').fill('Bimbingan keterampilan');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bukti tersimpan: Bimbingan keterampilan.' })).toBeVisible();
  await expect(page.getByTestId('evidence-card').first()).toBeVisible();

  // An entry without a file that expires within 90 days is flagged.
  await page.getByRole('button', { name: 'Tambah bukti untuk KLB-1.1' }).click();
  await form.getByLabel('Jenis dokumen').selectOption('Surat Tanda Daftar LKS');
  await form.getByLabel('Nomor dokumen').fill('460/123/Dinsos');
  await form.getByLabel('Tanggal terbit').fill(isoDaysFromNow(-700));
  await form.getByLabel('Berlaku sampai (kosongkan bila tidak ada)').fill(isoDaysFromNow(30));
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Bukti butir KLB-1.1 (2)' })).toBeVisible();
  await expect(page.getByTestId('evidence-card').nth(1).getByText('Berakhir ≤ 90 hari')).toBeVisible();

  const reload = await page.reload();
  assert.ok(reload?.fromServiceWorker(), 'the reload is served offline by the service worker');
  const thumb = page.getByTestId('evidence-thumb');
  await expect(thumb).toBeVisible();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="evidence-thumb"]');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  const natural = await thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  assert.deepEqual(natural, [240, 160], 'the thumbnail is about 240 px on its long side');

  // Editing an entry: the renewed document is no longer flagged.
  const second = page.getByTestId('evidence-card').nth(1);
  await second.getByRole('button', { name: 'Ubah Surat Tanda Daftar LKS' }).click();
  const edit = page.getByRole('form', { name: 'Ubah bukti' });
  await expect(edit.getByLabel('Nomor dokumen')).toHaveValue('460/123/Dinsos');
  await edit.getByLabel('Berlaku sampai (kosongkan bila tidak ada)').fill(isoDaysFromNow(365 * 3));
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bukti tersimpan: Surat Tanda Daftar LKS.' })).toBeVisible();
  await expect(page.getByText('Berakhir ≤ 90 hari')).toHaveCount(0);

  // In IndexedDB: the stored image is a JPEG Blob downscaled to 1600 px on its long side, dimensions recorded.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('swanilai-panti');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // No named helper functions in here: the test transpiler would wrap them in a helper the page lacks.
    const rows: unknown[][] = [];
    for (const store of ['evidence', 'evidenceFiles']) {
      rows.push(
        await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
      );
    }
    const docs = rows[0] as { id: string; width: number; height: number; size: number; mime: string; itemIds: string[]; fileName: string }[];
    const files = rows[1] as { id: string; blob: unknown; thumb: unknown }[];
    db.close();
    const doc = docs.find((d) => d.size > 0)!;
    const file = files.find((f) => f.id === doc.id)!;
    const blob = file.blob as Blob;
    const bitmap = await createImageBitmap(blob);
    return {
      docs: docs.length,
      files: files.length,
      isBlob: file.blob instanceof Blob && file.thumb instanceof Blob,
      type: blob.type,
      size: blob.size,
      doc,
      decoded: [bitmap.width, bitmap.height],
    };
  });
  assert.equal(stored.docs, 2);
  assert.equal(stored.files, 1, 'the entry without a file has no file row');
  assert.ok(stored.isBlob, 'image and thumbnail are stored as Blobs, not base64 strings');
  assert.equal(stored.type, 'image/jpeg');
  assert.deepEqual(stored.decoded, [1600, 1067], '3000×2000 is downscaled to 1600×1067');
  assert.deepEqual([stored.doc.width, stored.doc.height], [1600, 1067], 'the register records the stored dimensions');
  assert.equal(stored.doc.size, stored.size);
  assert.equal(stored.doc.mime, 'image/jpeg');
  assert.equal(stored.doc.fileName, 'IMG_2026.jpg');
  assert.deepEqual(stored.doc.itemIds, ['KLB-1.1']);

  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);
  if (process.env.SHOTS) {
    await page.getByTestId('evidence-card').first().scrollIntoViewIfNeeded();
    if (process.env.SHOTS) await page.screenshot({ path: '/tmp/h5-evidence.png', fullPage: false });
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
