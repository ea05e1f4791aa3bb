/**
 * The browser tests' fixtures: the served build, fresh persistent profiles (phone or desktop) with their page and page
 * errors, the seeded profile, going offline, and a trace of every context kept when a test fails.
 *
 *   import { test, expect } from './support/fixtures';
 *   test('…', async ({ server, phone }) => {
 *     await phone.page.goto(server.url);
 *     await expect(phone.page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
 *     expect(phone.errors).toEqual([]);
 *   });
 *
 * Traces cost about a quarter of the run's time, so a test's first run records none: a test that fails runs once more
 * with every context traced (playwright.config.ts: retries 1, and a test that passes only on its retry still fails
 * the run), and that trace is kept. E2E_TRACE=1 traces every run.
 *
 * `phone` and `desktop` are fresh contexts of the worker's one browser (a new context takes about 50 ms, a browser of
 * its own about 1.4 s). A test that needs a profile on disk (to close the browser and relaunch it on the same data, or
 * a per-origin quota) asks for one: `await launch({ phone: true, persistent: true })`, then
 * `await launch({ phone: true, profileDir: device.profileDir })`. A context a test opens some other way (a browser it
 * starts itself to SIGKILL it) gets the same tracing with `await traceContext(context)`.
 */
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';
import { rmSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { collectPageErrors, contextOptions, launchPersistent, tempProfileDir } from './browser';
import { startServer, type StaticServer } from './server';
import { DIST } from './env';
import { waitForOfflineReady } from './app';
import { seedInstitutionWithAssessment } from './seed';

export { expect };

/** A browser context: its first page, the page's errors and console errors, and its profile folder if on disk. */
export interface Device {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Set for a persistent profile only. */
  profileDir?: string;
}

export interface LaunchOptions {
  phone?: boolean;
  /** A browser of its own on a fresh profile on disk (a temporary folder, deleted after the test). */
  persistent?: boolean;
  /** Relaunch on an existing profile (its data kept): implies persistent. */
  profileDir?: string;
  /**
   * Start from a profile kept with `context.storageState({ indexedDB: true })` (localStorage and IndexedDB): many
   * tests on the same seeded data seed it once, in a beforeAll. Not with a profile on disk.
   */
  storageState?: Exclude<BrowserContextOptions['storageState'], string | undefined>;
}

type Seeded = Awaited<ReturnType<typeof seedInstitutionWithAssessment>>;

interface Fixtures {
  /** Opens a context (of the worker's browser, or persistent on its own), traced, closed after the test. */
  launch: (options?: LaunchOptions) => Promise<Device>;
  /** A fresh 360×740 phone context. */
  phone: Device;
  /** A fresh desktop context (1280×720). */
  desktop: Device;
  /** The phone with the app opened and an institution with a draft assessment seeded (support/seed.ts). */
  seeded: Seeded;
  _tracing: void;
}

interface WorkerFixtures {
  /** The built app (dist) served on 127.0.0.1, one server per worker. */
  server: StaticServer;
}

// ---- Tracing: every context the fixtures make (or a test hands to traceContext), on the retry of a failed test.

interface TraceState {
  info: TestInfo;
  /** False on a test's first run (unless E2E_TRACE is set): traceContext() then records nothing. */
  recording: boolean;
  open: Set<BrowserContext>;
  saved: string[];
}
/** The running test's traces (a worker runs one test at a time). */
let current: TraceState | undefined;

const failed = (info: TestInfo) => info.status !== info.expectedStatus;
/** A trace is kept when the test failed, and on a retry whatever its end (it is the only record of a flaky test). */
const keepTrace = (info: TestInfo) => failed(info) || info.retry > 0;

async function stopTrace(state: TraceState, context: BrowserContext, keep: boolean): Promise<void> {
  if (!state.open.delete(context)) return;
  if (!keep) {
    await context.tracing.stop().catch(() => undefined);
    return;
  }
  const name = state.saved.length === 0 ? 'trace.zip' : `trace-${state.saved.length + 1}.zip`;
  const path = state.info.outputPath(name);
  // A browser killed by the test (the autosave journeys) has no trace left to write.
  if (await context.tracing.stop({ path }).then(() => true, () => false)) state.saved.push(path);
}

/**
 * Starts a trace (screenshots and DOM snapshots) on a context the test opened itself, when this run records (the
 * retry of a failed test). Closed by the test, the trace is written (the test may still fail); still open at the end,
 * it is written only if the test failed. Passing tests leave no trace file.
 */
export async function traceContext(context: BrowserContext): Promise<BrowserContext> {
  const state = current;
  if (!state) throw new Error('traceContext() is for use inside a test');
  if (!state.recording) return context;
  await context.tracing.start({ screenshots: true, snapshots: true, title: state.info.titlePath.join(' › ') });
  state.open.add(context);
  const close = context.close.bind(context);
  context.close = async (options) => {
    await stopTrace(state, context, true);
    return close(options);
  };
  return context;
}

/**
 * Stops the trace of a context that will not be closed with context.close() (a browser reached over CDP, closed with
 * browser.close()) and writes it now; the file is deleted at the end if the test passed.
 */
export async function writeTrace(context: BrowserContext): Promise<void> {
  if (current) await stopTrace(current, context, true);
}

/** Stops the context's trace (kept if the test failed) and closes it. */
async function settle(context: BrowserContext): Promise<void> {
  if (current) await stopTrace(current, context, keepTrace(current.info));
  await context.close().catch(() => undefined);
}

// ---- Helpers for the seeded profile and for going offline.

/** Opens the app and waits for Beranda. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
}

/** Opens the app on the page and seeds an institution with a draft assessment (options as seedInstitutionWithAssessment). */
export async function seedProfile(page: Page, url: string, options: Parameters<typeof seedInstitutionWithAssessment>[1] = {}): Promise<Seeded> {
  await openApp(page, url);
  return seedInstitutionWithAssessment(page, options);
}

/**
 * Waits until the service worker controls the page (reloading if need be), then cuts the device's network: what
 * follows is served by the service worker alone.
 */
export async function goOffline(device: Pick<Device, 'context' | 'page'>): Promise<void> {
  await waitForOfflineReady(device.page);
  await device.context.setOffline(true);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startServer(DIST);
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  _tracing: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide, testInfo) => {
      const state: TraceState = { info: testInfo, recording: testInfo.retry > 0 || !!process.env.E2E_TRACE, open: new Set(), saved: [] };
      current = state;
      await provide();
      for (const context of [...state.open]) await stopTrace(state, context, keepTrace(testInfo));
      if (keepTrace(testInfo)) {
        for (const path of state.saved) testInfo.attachments.push({ name: 'trace', path, contentType: 'application/zip' });
      } else {
        for (const path of state.saved) rmSync(path, { force: true });
        // Leave no empty folder behind for a passing test (it fails if the test wrote anything else there).
        if (state.saved.length) await rmdir(testInfo.outputDir).catch(() => undefined);
      }
      current = undefined;
    },
    { auto: true },
  ],

  launch: async ({ browser }, provide) => {
    const made: { context: BrowserContext; temporaryDir?: string }[] = [];
    await provide(async (options = {}) => {
      let context: BrowserContext;
      let profileDir: string | undefined;
      if (options.persistent || options.profileDir) {
        profileDir = options.profileDir ?? tempProfileDir();
        context = await launchPersistent(profileDir, { phone: options.phone });
        made.push({ context, temporaryDir: options.profileDir ? undefined : profileDir });
      } else {
        context = await browser.newContext({ ...contextOptions({ phone: options.phone }), storageState: options.storageState });
        made.push({ context });
      }
      await traceContext(context);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page, errors: collectPageErrors(page), profileDir };
    });
    for (const { context } of made) await settle(context);
    for (const { temporaryDir } of made) if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
  },

  phone: async ({ launch }, provide) => {
    await provide(await launch({ phone: true }));
  },

  desktop: async ({ launch }, provide) => {
    await provide(await launch());
  },

  seeded: async ({ phone, server }, provide) => {
    await provide(await seedProfile(phone.page, server.url));
  },
});
