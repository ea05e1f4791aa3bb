import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { allItems } from '../../src/domain/standard/validate';
import { currentUmum } from '../../src/domain/standard/registry';
import { makeAnswer, seedInstitutionWithAssessment, seedStores } from '../../tests/e2e/support/seed';
import { QUESTION_READY } from './autosave';
import { benchContext, throttle, readyTime } from './browser';
import { jsUntilReady } from './build';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/** How many items of the seeded assessment are already answered: it is under way, not new. */
const ANSWERED = 40;

export interface ColdProfile {
  /** Cookies, localStorage and IndexedDB of a profile that holds the assessment (Playwright storageState). */
  state: StorageState;
  /** The assessment's next question, as the overview's "Mulai dari …" opens it. */
  path: string;
}

/** No HTTP cache (a new context) and no service worker: only the data is there. */
const coldOptions = (state: StorageState): BrowserContextOptions => ({ storageState: state, serviceWorkers: 'block' });

/**
 * Seeds an institution with a draft assessment whose first items are answered; the page has opened the app.
 * Returns the assessment's id and its first unanswered item (where "Mulai dari …" resumes).
 */
export async function seedExisting(page: Page): Promise<{ assessmentId: string; itemId: string }> {
  const items = allItems(currentUmum()).filter((i) => i.answerType === 'level');
  const { assessment } = await seedInstitutionWithAssessment(page);
  const answers = items.slice(0, ANSWERED).map((item, n) => makeAnswer(assessment.id, item.id, (n % 5) as 0 | 1 | 2 | 3 | 4));
  await seedStores(page, { answers });
  return { assessmentId: assessment.id, itemId: items[ANSWERED]!.id };
}

/** The questionnaire page of the seeded assessment's next question. */
export const questionPath = (s: { assessmentId: string; itemId: string }) => `/asesmen/${s.assessmentId}/butir/${s.itemId}`;

/**
 * Setup, once: a profile in which an assessment exists (an institution, a draft with its first items answered,
 * opened once so the app has written everything it writes on first use), kept with storageState({ indexedDB: true }).
 * Every cold context starts from it, so each cold load finds the same data and nothing else.
 */
export async function coldProfile(browser: Browser, origin: string): Promise<ColdProfile> {
  const context = await benchContext(browser, QUESTION_READY, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    const path = questionPath(await seedExisting(page));
    await page.goto(origin + path);
    await readyTime(page);
    return { state: await context.storageState({ indexedDB: true }), path };
  } finally {
    await context.close();
  }
}

/**
 * Cold loads of the existing assessment at CPU slowdown `rate`: each in a new context started from the kept profile
 * (no HTTP cache, no service worker, the data in IndexedDB), ms from navigation start to its first level painted
 * and enabled. Each context, and with it its throttled page, is closed before the next figure.
 */
export async function coldLoad(browser: Browser, origin: string, profile: ColdProfile, rate: number, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await benchContext(browser, QUESTION_READY, coldOptions(profile.state));
    try {
      const page = await context.newPage();
      await throttle(page, rate);
      await page.goto(origin + profile.path);
      times.push(await readyTime(page));
    } finally {
      await context.close();
    }
  }
  return times;
}

/** The gzipped JavaScript received before the first question of the existing assessment was usable (cold, 1×). */
export async function coldJs(browser: Browser, origin: string, profile: ColdProfile): Promise<{ kb: number; files: string[] }> {
  const context = await benchContext(browser, QUESTION_READY, coldOptions(profile.state));
  try {
    return await jsUntilReady(await context.newPage(), origin + profile.path);
  } finally {
    await context.close();
  }
}
