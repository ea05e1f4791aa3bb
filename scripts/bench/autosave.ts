import type { Browser, Page } from 'playwright-core';
import { allItems } from '../../src/domain/standard/validate';
import { currentUmum } from '../../src/domain/standard/registry';
import { seedInstitutionWithAssessment } from '../../tests/e2e/support/seed';
import { benchContext, HOME_READY, throttle, type BenchWindow, type ReadyRule } from './browser';
import { barePut } from './idb';

/** The first item the user answers by choosing a level (computed items take their level from the staff roster). */
export function firstLevelItem(): string {
  const item = allItems(currentUmum()).find((i) => i.answerType === 'level');
  if (!item) throw new Error('the standard has no item answered by level');
  return item.id;
}

/** The questionnaire is usable when the first level of the item can be chosen. */
export const QUESTION_READY: ReadyRule = { selector: '[data-testid="level-0"]' };

/** Seeds an institution with a draft assessment (setup, not measured); the page must have opened the app once. */
export async function seedAssessment(page: Page): Promise<string> {
  const { assessment } = await seedInstitutionWithAssessment(page);
  return assessment.id;
}

export interface AutosaveRun {
  rate: number;
  /** click → the committed readwrite transaction on 'answers', ms */
  commit: number[];
  /** click → the chosen level painted as checked, ms */
  shown: number[];
  /** click → the answer's readwrite transaction opened, ms (the rest of `commit` is the transaction itself) */
  opened: number[];
  /** one bare put in its own transaction on a separate database, same page, same throttling, ms */
  bare: number[];
}

/**
 * Chooses levels on a questionnaire item through the UI (real clicks on the level radios) and measures, from the
 * click event's timestamp, when the answer's transaction commits and when the choice is painted. Between choices, two
 * bare puts are measured in the same page under the same CPU slowdown: the baseline.
 */
export async function measureAutosave(browser: Browser, origin: string, plan: { rate: number; clicks: number }[]): Promise<AutosaveRun[]> {
  const context = await benchContext(browser, QUESTION_READY);
  try {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    const assessmentId = await seedAssessment(page);
    const itemId = firstLevelItem();
    await page.goto(`${origin}/asesmen/${assessmentId}/butir/${itemId}`);
    await page.getByTestId('item-id').filter({ hasText: itemId }).waitFor();
    await page.getByTestId('level-0').waitFor();
    const cdp = await throttle(page, 1);
    const runs: AutosaveRun[] = [];
    let level = 0;
    for (const { rate, clicks } of plan) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const run: AutosaveRun = { rate, commit: [], shown: [], opened: [], bare: [] };
      // One warm-up choice at this rate, not counted.
      for (let i = -1; i < clicks; i++) {
        run.bare.push(...(i >= 0 ? await barePut(page, 2) : []));
        level = (level % 4) + 1; // 1,2,3,4,1,… — every click changes the answer
        const testId = `level-${level}`;
        await page.evaluate(`window.__bench.armShown(${JSON.stringify(testId)})`);
        // A raw tap at the radio's position (CDP input), as a finger gives it: locator.check() would run Playwright's
        // hit-target interceptor inside the page on the event path, time no user pays.
        await page.getByTestId(testId).scrollIntoViewIfNeeded();
        const box = await page.getByTestId(testId).boundingBox();
        if (!box) throw new Error(`${testId} is not visible`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.choiceResult?.(), undefined, {
          timeout: 15_000,
          polling: 20,
        });
        const r = (await handle.jsonValue()) as { click: number; commit: number; shown: number; txStart: number };
        if (i >= 0) {
          run.commit.push(r.commit - r.click);
          run.shown.push(r.shown - r.click);
          run.opened.push(r.txStart - r.click);
        }
        await page.waitForTimeout(150 * rate); // a user's taps are far apart; let the re-render settle
      }
      runs.push(run);
    }
    return runs;
  } finally {
    await context.close();
  }
}

/** Deep link used by the offline start figure: seeds an assessment and returns its first item's page. */
export async function questionnairePath(page: Page): Promise<string> {
  const assessmentId = await seedAssessment(page);
  return `/asesmen/${assessmentId}/butir/${firstLevelItem()}`;
}

export { HOME_READY };
