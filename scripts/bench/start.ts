import type { Browser, Page } from 'playwright-core';
import { benchContext, HOME_READY, readyTime, throttle, type ReadyRule } from './browser';

/** First visit: a fresh profile each time, nothing cached, at the given CPU slowdown; ms to the first screen painted. */
export async function startOnline(
  browser: Browser,
  origin: string,
  rate: number,
  runs: number,
  path = '/',
  ready: ReadyRule = HOME_READY,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await benchContext(browser, ready);
    try {
      const page = await context.newPage();
      await throttle(page, rate);
      await page.goto(origin + path);
      times.push(await readyTime(page));
    } finally {
      await context.close();
    }
  }
  return times;
}

export interface OfflineTarget {
  /** What makes the page usable. */
  ready: ReadyRule;
  /** Setup run online once the service worker is in control (e.g. seeding an assessment); returns the deep link. */
  prepare: (page: Page) => Promise<string>;
}

/**
 * Returning user, offline: the service worker serves everything. One profile; after the first visit installs the
 * service worker, the network is cut and the target's deep link is opened `runs` times at each CPU slowdown.
 */
export async function startOffline(
  browser: Browser,
  origin: string,
  target: OfflineTarget,
  plan: { rate: number; runs: number }[],
): Promise<Map<number, number[]>> {
  const context = await benchContext(browser, target.ready);
  try {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await serviceWorkerInControl(page);
    const path = await target.prepare(page);
    // Open it once online: the profile is a returning user's.
    await page.goto(origin + path);
    await readyTime(page);
    await context.setOffline(true);
    const cdp = await throttle(page, 1);
    const results = new Map<number, number[]>();
    for (const { rate, runs } of plan) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const response = await page.goto(origin + path);
        if (!response?.fromServiceWorker()) throw new Error(`${path} was not served by the service worker`);
        times.push(await readyTime(page));
      }
      results.set(rate, times);
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Waits for the service worker to be activated (precache complete), then reloads until it controls the page. */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
    await page.reload();
    await page.waitForTimeout(300);
  }
  throw new Error('the service worker never took control of the page');
}
