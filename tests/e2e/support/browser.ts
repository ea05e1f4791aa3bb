import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export function tempProfileDir(prefix = 'swanilai-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** What every test context has: Indonesian locale, downloads, and the phone's screen and touch if asked. */
export function contextOptions(options: { phone?: boolean } = {}) {
  return { locale: 'id-ID', acceptDownloads: true, ...(options.phone ? PHONE : {}) };
}

/** A browser with a profile on disk (survives a relaunch), as a phone keeps its data between visits. */
export function launchPersistent(userDataDir: string, options: { phone?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions(options),
  });
}

/** Records every request that leaves the app's origin: the app must never make one. */
export function watchForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/** Waits until the service worker controls the page (first visit installs it; a reload hands it control). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated';
  }, undefined, { timeout: 30_000 });
  // On a loaded machine Chromium may need several reloads before an activated worker controls the navigation
  // (8 reloads 500 ms apart were once not enough with traces recording): up to 20, like waitForOfflineReady.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
    await page.reload();
    await page.waitForTimeout(250 * Math.min(attempt + 2, 4));
  }
  if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
  throw new Error('the service worker never took control of the page');
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
