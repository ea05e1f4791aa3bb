import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { waitForServiceWorker, watchForeignRequests } from './support/browser';

test('installable: the manifest has its fields and every icon is served', async ({ server }) => {
  const html = await (await fetch(`${server.url}/`)).text();
  const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
  assert.ok(href, 'index.html links a manifest');
  const manifest = await (await fetch(new URL(href, server.url))).json();
  assert.equal(manifest.name, 'Swanilai Panti');
  assert.equal(manifest.lang, 'id');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.equal(manifest.start_url, '/');
  // Laptops and tablets are not locked into portrait.
  assert.ok(!manifest.orientation || manifest.orientation === 'any', `orientation ${manifest.orientation}`);
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}:${i.purpose ?? 'any'}`);
  assert.ok(sizes.includes('192x192:any'));
  assert.ok(sizes.includes('512x512:any'));
  assert.ok(sizes.includes('512x512:maskable'));
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, server.url));
    assert.equal(res.status, 200, icon.src);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // PNG width and height sit in the IHDR chunk at bytes 16..23.
    const view = new DataView(bytes.buffer);
    assert.equal(`${view.getUint32(16)}x${view.getUint32(20)}`, icon.sizes, `${icon.src} has its declared size`);
  }
  // Screenshots for the install dialog: one narrow (phone) and one wide (laptop), each of its declared size.
  const factors = manifest.screenshots.map((x: { form_factor: string }) => x.form_factor).sort();
  assert.deepEqual(factors, ['narrow', 'wide']);
  for (const shot of manifest.screenshots) {
    assert.ok(shot.label, `${shot.src} has a label`);
    const res = await fetch(new URL(shot.src, server.url));
    assert.equal(res.status, 200, shot.src);
    const view = new DataView(await res.arrayBuffer());
    assert.equal(`${view.getUint32(16)}x${view.getUint32(20)}`, shot.sizes, `${shot.src} has its declared size`);
  }
  assert.match(html, /Content-Security-Policy" content="default-src 'self'/);
});

test('offline: after the first visit the service worker serves the app, deep links included, and nothing leaves the origin', async ({ server, phone }) => {
  const { context, page, errors } = phone;
  const foreign = watchForeignRequests(context, server.url);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await waitForServiceWorker(page);
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'service worker controls the page');
  // The first visit asks who uses the app first; then it says when the app is ready without internet, with the way
  // to install it; once closed, it stays closed.
  await expect(page.getByTestId('offline-ready'), 'the role question comes first').toHaveCount(0);
  await page.getByTestId('role-chooser').getByRole('button', { name: /^Pengelola panti/ }).click();
  const ready = page.getByTestId('offline-ready');
  await expect(ready.getByText('Aplikasi siap dipakai tanpa internet.')).toBeVisible();
  await expect(ready.getByTestId('install-howto').or(ready.getByRole('button', { name: 'Pasang aplikasi' })).first()).toBeVisible();
  await ready.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByTestId('offline-ready'), 'closed once, it stays closed').toHaveCount(0);

  await context.setOffline(true);
  const reload = await page.reload();
  assert.equal(reload?.status(), 200);
  assert.ok(reload?.fromServiceWorker(), 'reload served by the service worker');
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();

  // A deep link to a lazily loaded screen works offline: its chunk was precached.
  await page.goto(`${server.url}/pengaturan`);
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible();
  await expect(page.getByTestId('storage-quota')).toBeVisible();
  await page.getByRole('link', { name: 'Beranda' }).click();
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();

  assert.deepEqual(foreign, [], 'no request left the app origin');
  assert.deepEqual(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
