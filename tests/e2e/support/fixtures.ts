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
 * Profiles are persistent (on disk) so that a test can close the browser and relaunch it on the same profile:
 * `await launch({ phone: true, profileDir: phone.profileDir })`. A context a test opens some other way (a browser it
 * starts itself to SIGKILL it) gets the same tracing with `await traceContext(context)`.
 */
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { rmSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { collectPageErrors, launchPersistent, tempProfileDir } from './browser';
import { startServer, type StaticServer } from './server';
import { DIST } from './env';
import { waitForOfflineReady } from './app';
import { seedInstitutionWithAssessment } from './seed';

export { expect };

/** A browser on a persistent profile: its context, first page, and the page's errors and console errors. */
export interface Device {
  context: BrowserContext;
  page: Page;
  errors: string[];
  profileDir: string;
}

export interface LaunchOptions {
  phone?: boolean;
  /** Relaunch on an existing profile (its data kept); a fresh temporary one otherwise. */
  profileDir?: string;
}

type Seeded = Awaited<ReturnType<typeof seedInstitutionWithAssessment>>;

interface Fixtures {
  /** Opens a browser on a persistent profile, traced, closed after the test. */
  launch: (options?: LaunchOptions) => Promise<Device>;
  /** A fresh 360×740 phone profile. */
  phone: Device;
  /** A fresh desktop profile (1280×720). */
  desktop: Device;
  /** The phone with the app opened and an institution with a draft assessment seeded (support/seed.ts). */
  seeded: Seeded;
  _tracing: void;
}

interface WorkerFixtures {
  /** The built app (dist) served on 127.0.0.1, one server per worker. */
  server: StaticServer;
}

// ---- Tracing: every context the fixtures make (or a test hands to traceContext), kept only when the test failed.

interface TraceState {
  info: TestInfo;
  open: Set<BrowserContext>;
  saved: string[];
}
/** The running test's traces (a worker runs one test at a time). */
let current: TraceState | undefined;

const failed = (info: TestInfo) => info.status !== info.expectedStatus;

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
 * Starts a trace (screenshots and DOM snapshots) on a context the test opened itself. Closed by the test, the trace is
 * written (the test may still fail); still open at the end, it is written only if the test failed. Passing tests
 * leave no trace file.
 */
export async function traceContext(context: BrowserContext): Promise<BrowserContext> {
  const state = current;
  if (!state) throw new Error('traceContext() is for use inside a test');
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
  if (current) await stopTrace(current, context, failed(current.info));
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
      const state: TraceState = { info: testInfo, open: new Set(), saved: [] };
      current = state;
      await provide();
      for (const context of [...state.open]) await stopTrace(state, context, failed(testInfo));
      if (failed(testInfo)) {
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

  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, provide) => {
    const made: { context: BrowserContext; profileDir: string; temporary: boolean }[] = [];
    await provide(async (options = {}) => {
      const profileDir = options.profileDir ?? tempProfileDir();
      const context = await launchPersistent(profileDir, { phone: options.phone });
      made.push({ context, profileDir, temporary: !options.profileDir });
      await traceContext(context);
      const page = context.pages()[0] ?? (await context.newPage());
      return { context, page, errors: collectPageErrors(page), profileDir };
    });
    for (const { context } of made) await settle(context);
    for (const { profileDir, temporary } of made) if (temporary) rmSync(profileDir, { recursive: true, force: true });
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
