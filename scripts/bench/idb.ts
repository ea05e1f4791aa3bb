import type { Page } from 'playwright-core';

/** ms per bare IndexedDB put, each in its own readwrite transaction, on a separate database in `page`. */
export async function barePut(page: Page, count: number): Promise<number[]> {
  return (await page.evaluate(`window.__bench.barePut(${count})`)) as number[];
}
