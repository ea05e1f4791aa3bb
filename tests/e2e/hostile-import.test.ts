import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { tempProfileDir } from './support/browser';
import { dumpDatabase, readStore } from './support/seed';
import { sampleBundle, sampleInstitution, sampleSnapshot, sampleAssessment, sampleEvidence } from '../unit/domain/bundle/sample';

const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2;alert(2)</script>';

test('an imported bundle whose text fields hold HTML shows them as text and no script runs; a rejected file changes nothing', async ({ server, phone }) => {
  const { page, errors } = phone;
  const dir = tempProfileDir('swanilai-files-');
  const bundle = await sampleBundle(
    sampleSnapshot(['KLB-1.1', 'KLB-1.2'], {
      institution: sampleInstitution({ name: `Panti ${IMG}` }),
      assessment: sampleAssessment({ period: `2026 ${SCRIPT}` }),
      evidence: [sampleEvidence({ title: IMG, itemIds: ['KLB-1.1'] })],
    }),
  );
  const hostile = join(dir, 'hostile.json');
  writeFileSync(hostile, JSON.stringify(bundle).replace('"format":"swanilai-bundle"', '"__proto__":{"polluted":1},"format":"swanilai-bundle"'));
  const tampered = join(dir, 'tampered.json');
  writeFileSync(tampered, JSON.stringify({ ...bundle, institutions: [{ ...bundle.institutions[0], name: 'Diubah' }] }));
  const newer = join(dir, 'newer.json');
  writeFileSync(newer, JSON.stringify({ ...bundle, formatVersion: 2 }));
  const truncated = join(dir, 'truncated.json');
  writeFileSync(truncated, JSON.stringify(bundle).slice(0, 900));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}/berkas`);
  await expect(page.getByRole('heading', { name: 'Berkas asesmen' })).toBeVisible();
  const input = page.getByLabel(/^Pilih berkas \(/);

  // Rejected files: an Indonesian explanation naming the problem, and the database is untouched.
  const before = await dumpDatabase(page);
  for (const [file, text] of [
    [tampered, /Kode integritas tidak cocok/],
    [newer, /dibuat oleh versi aplikasi yang lebih baru/],
    [truncated, /Berkas terpotong/],
  ] as const) {
    await input.setInputFiles(file);
    const alert = page.getByTestId('import-rejected');
    await expect(alert.getByText(text)).toBeVisible();
    await expect(alert.getByText('Tidak ada data yang diubah.', { exact: false })).toBeVisible();
  }
  assert.equal(await dumpDatabase(page), before, 'a rejected file changes nothing stored');

  // The hostile-but-valid file: previewed and imported; its HTML is shown as text.
  await input.setInputFiles(hostile);
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByText(`Panti ${IMG} — 2026 ${SCRIPT}`)).toBeVisible();
  await page.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(page.getByLabel('Asesmen', { exact: true }).locator('option', { hasText: SCRIPT })).toBeAttached();
  await expect(page.locator('img[src="x"]'), 'no <img> element was created from file text').toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);

  const stored = await readStore<{ name: string }>(page, 'institutions');
  assert.equal(stored[0]?.name, `Panti ${IMG}`, 'the text is stored exactly as in the file');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.evaluate(() => (({}) as Record<string, unknown>).polluted), undefined, 'Object.prototype is not polluted');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});

test('a crafted PDF is read off the page (it stays responsive), can be cancelled, and changes nothing', async ({ server, phone }) => {
  const { page, errors } = phone;
  const dir = tempProfileDir('swanilai-files-');
  // Eight streams that each inflate to 24 MB of zeros: the most work the reader will do for one file.
  const bomb = deflateSync(Buffer.alloc(24 * 1024 * 1024), { level: 9 });
  const parts: Buffer[] = [Buffer.from('%PDF-1.3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')];
  for (let i = 0; i < 8; i++) {
    parts.push(Buffer.from(`${10 + i} 0 obj\n<< /Type /EmbeddedFile /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`), bomb, Buffer.from('\nendstream\nendobj\n'));
  }
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'));
  const file = join(dir, 'laporan-rekayasa.pdf');
  writeFileSync(file, Buffer.concat(parts));
  await page.goto(`${server.url}/berkas`);
  await expect(page.getByRole('heading', { name: 'Berkas asesmen' })).toBeVisible();
  const before = await dumpDatabase(page);
  await page.getByLabel(/^Pilih berkas \(/).setInputFiles(file);
  const cancel = page.getByTestId('import-cancel');
  await expect(cancel).toBeVisible();
  // The main thread is free while the worker inflates: a timer set now fires on time.
  const lag = await page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(performance.now() - start - 50), 50);
  }));
  assert.ok(lag < 500, `main thread blocked for ${Math.round(lag)} ms`);
  await cancel.click();
  await expect(page.getByTestId('import-cancelled').getByText(/dibatalkan/)).toBeVisible();
  await expect(page.getByLabel(/^Pilih berkas \(/)).toBeEnabled();
  assert.equal(await dumpDatabase(page), before);
  assert.deepEqual(errors, []);
});
