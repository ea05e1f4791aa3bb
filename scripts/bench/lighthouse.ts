import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Failing accessibility audits, when the score is below 100 (what to fix). */
  failingA11y: string[];
  lcpMs: number;
  tbtMs: number;
}

/**
 * Lighthouse's default (mobile) preset — simulated slow 4G and 4× CPU — on the system Chromium, in a new profile
 * each run. chrome-launcher is Lighthouse's own launcher (a dependency of the lighthouse package).
 *
 * `prepare`, if given, runs first in that profile (Playwright, service workers blocked) on the app's origin and
 * returns the path to audit: it seeds the data a returning user has (an assessment for the questionnaire or Hasil).
 * Lighthouse then clears the HTTP cache, service workers and Cache Storage but not IndexedDB (its default
 * clearStorageTypes), so the audited load is a first visit of the code with the data already there.
 */
export async function runLighthouse(origin: string, path: string | ((page: Page) => Promise<string>)): Promise<LighthouseScores> {
  const profile = mkdtempSync(join(tmpdir(), 'swanilai-lighthouse-'));
  try {
    let target = typeof path === 'string' ? path : '';
    if (typeof path === 'function') {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        serviceWorkers: 'block',
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(origin + '/');
        await page.getByRole('heading', { name: 'Beranda' }).waitFor();
        target = await path(page);
      } finally {
        await context.close();
      }
    }
    return await audit(origin + target, profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function audit(url: string, userDataDir: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    if (!new URL(result.lhr.finalDisplayedUrl).pathname.startsWith(new URL(url).pathname)) {
      throw new Error(`Lighthouse ended on ${result.lhr.finalDisplayedUrl}, not ${url}`);
    }
    const a11yRefs = categories.accessibility?.auditRefs ?? [];
    const failingA11y = a11yRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      failingA11y,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}
