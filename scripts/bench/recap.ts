import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeBundles } from '../generate-bundles';
import { benchContext, throttle } from './browser';

export interface RecapRun {
  /** the file input's change event → import outcome and recap tables shown, progress gone, ms */
  ms: number;
  /** highest JS heap in use sampled (CDP Runtime.getHeapUsage every 100 ms) during the import, MB */
  peakHeapMB: number;
  files: number;
  totalMB: number;
  accepted: string;
}

/**
 * Generates `count` sealed bundles (scripts/generate-bundles.ts) as files, picks them all in the recap screen's file
 * input (as a user does from the file chooser), and waits for the import outcome and the regional recap.
 */
export async function measureRecap(browser: Browser, origin: string, count: number, rate = 1): Promise<RecapRun> {
  const dir = mkdtempSync(join(tmpdir(), 'swanilai-bench-bundles-'));
  const context = await benchContext(browser);
  try {
    const paths = await writeBundles(count, dir);
    const totalMB = paths.reduce((n, p) => n + statSync(p).size, 0) / 1024 / 1024;
    const page = await context.newPage();
    await page.goto(origin + '/rekap');
    await page.getByRole('heading', { name: 'Rekap wilayah' }).waitFor();
    const input = page.getByTestId('recap-file-input');
    await input.waitFor({ state: 'attached' });
    const cdp = await throttle(page, rate);
    await page.evaluate(
      `window.__bench.armDone([{ selector: '[data-testid="recap-outcomes"] [role="status"]', text: 'diterima' }, { selector: '#recap-filter-title' }], '.recap-progress')`,
    );
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        peak = Math.max(peak, usedSize);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await input.setInputFiles(paths);
    await page.waitForFunction(() => (window as unknown as { __bench: { done: number | null } }).__bench.done !== null, undefined, {
      timeout: 180_000,
      polling: 200,
    });
    sampling = false;
    await sampler;
    const [start, end] = (await page.evaluate('[window.__bench.fileChanges[0], window.__bench.done]')) as [number, number];
    const accepted = (await page.getByTestId('recap-outcomes').getByRole('status').first().innerText()).replace(/\s+/g, ' ').trim();
    return { ms: end - start, peakHeapMB: peak / 1024 / 1024, files: paths.length, totalMB, accepted };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
