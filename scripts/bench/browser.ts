import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { PHONE } from '../../tests/e2e/support/browser';

const PROBES = readFileSync(new URL('./page-probes.js', import.meta.url), 'utf8');

/** What makes a screen "usable": a visible, enabled element matching `selector` (and containing `text`). */
export interface ReadyRule {
  selector: string;
  text?: string;
}

/** The page-side probe object (scripts/bench/page-probes.js). */
export interface BenchWindow {
  __bench?: {
    readyPainted: number | null;
    ready: number | null;
    commits: number[];
    clicks: number[];
    choiceResult?: () => { click: number; commit: number; shown: number; txStart: number } | null;
  };
}

export const HOME_READY: ReadyRule = { selector: 'h1', text: 'Beranda' };

/**
 * A fresh profile (like a first visit: no HTTP cache, no service worker yet) on a phone-sized screen, with the bench
 * probes injected into every page. `options` adds e.g. a storageState (data already in IndexedDB) or blocks workers.
 */
export async function benchContext(browser: Browser, ready?: ReadyRule, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, locale: 'id-ID', acceptDownloads: true, ...options });
  await context.addInitScript({ content: `window.__BENCH_READY__ = ${JSON.stringify(ready ?? null)};\n${PROBES}` });
  return context;
}

/** CPU slowdown through CDP (1 = none). Kept by the page's session across same-origin navigations. */
export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  // Quick mode (the smoke test) only checks that every figure is still measured: no slowdown, so it costs less.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: process.env.BENCH_QUICK === '1' ? 1 : rate });
  return cdp;
}

/** Waits until the probe saw the ready element painted; returns ms since navigation start. */
export async function readyTime(page: Page, timeout = 30_000): Promise<number> {
  // A function, not a string: the app's CSP forbids eval, which string predicates use.
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.readyPainted != null, undefined, {
    timeout,
    polling: 50,
  });
  return (await page.evaluate('window.__bench.readyPainted')) as number;
}
