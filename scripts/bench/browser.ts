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

/**
 * Waits until the probe saw the ready element painted; returns ms since navigation start. It asks through a CDP
 * session of its own, not with Playwright's waitForFunction: that installs Playwright's injected script in the page,
 * which costs the page's main thread about 75 ms at 1× (a CPU profile of a cold load showed it) in the middle of the
 * load being measured. A phone runs no such script.
 */
export async function readyTime(page: Page, timeout = 30_000): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__bench ? window.__bench.readyPainted : null', returnByValue: true });
      if (typeof result.value === 'number') return result.value;
      if (Date.now() > deadline) throw new Error(`the ready element was not painted within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
