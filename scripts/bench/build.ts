import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { benchContext, HOME_READY, readyTime } from './browser';

export const gzipBytes = (bytes: Buffer | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

/** Production build into its own folder (dist/ is shared with the test runs). */
export function buildApp(root: string, outDir: string): void {
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, APP_BUILD: 'bench' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(e.stdout?.toString() ?? '');
    process.stderr.write(e.stderr?.toString() ?? '');
    throw new Error('vite build failed', { cause: error });
  }
}

/** Every file the service worker precaches (the manifest inlined in sw.js), raw and gzipped. */
export function precacheTotal(dist: string): { files: number; rawKB: number; gzipKB: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!))];
  if (!urls.length) throw new Error('no precache manifest found in sw.js');
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const file = join(dist, url.replace(/^\//, ''));
    raw += statSync(file).size;
    gz += /\.(png|woff2|ico)$/.test(url) ? statSync(file).size : gzipBytes(readFileSync(file));
  }
  return { files: urls.length, rawKB: raw / 1024, gzipKB: gz / 1024 };
}

/**
 * Loads `/` in a fresh profile and sums the gzipped size (zlib level 9, computed here) of every JavaScript response
 * received until the first screen (the Beranda heading) is painted.
 */
export async function firstLoadJs(browser: Browser, url: string): Promise<{ kb: number; files: string[] }> {
  const context = await benchContext(browser, HOME_READY);
  try {
    return await jsUntilReady(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in `page` (whose context carries the bench probes and a ready rule) and sums the gzipped size of every
 * script whose response ended before the ready element was painted (the page's own resource timing).
 */
export async function jsUntilReady(page: Page, url: string): Promise<{ kb: number; files: string[]; readyMs: number }> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (response) => {
    // Bodies of responses still in flight when the context closes are never needed: swallow their rejection.
    if (response.request().frame() === page.mainFrame()) bodies.set(response.url(), response.body().catch(() => null));
  });
  await page.goto(url);
  const ready = await readyTime(page);
  const entries = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
  )) as { name: string; end: number }[];
  const needed = entries.filter((e) => e.end <= ready && /\.m?js(\?|$)/.test(e.name));
  let bytes = 0;
  for (const e of needed) {
    const body = await bodies.get(e.name);
    if (!body) throw new Error(`no response body recorded for ${e.name}`);
    bytes += gzipBytes(body);
  }
  return { kb: bytes / 1024, files: needed.map((e) => new URL(e.name).pathname), readyMs: ready };
}
