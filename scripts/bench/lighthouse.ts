import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
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
 * Lighthouse's default (mobile) preset — simulated slow 4G and 4× CPU — on the system Chromium, fresh storage each
 * run. chrome-launcher is Lighthouse's own launcher (a dependency of the lighthouse package).
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
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
