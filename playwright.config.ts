import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/e2e/support/browser';

/**
 * Browser tests (tests/e2e) in Debian's Chromium against the built app: tests/e2e/support/global-setup.ts builds dist
 * and dist-next (unless E2E_SKIP_BUILD is set), tests/e2e/support/fixtures.ts serves them and opens the profiles.
 * A failed test runs again traced and keeps that trace in test-results/<test>-retry1/trace.zip:
 * `npx playwright show-trace <that file>`.
 */
/**
 * Journeys whose assertions depend on wall time: a Chromium killed 80 ms after typing, before the 250 ms debounce,
 * and localStorage given 1.5 s to reach the disk. They must not share the machine with another journey.
 */
const TIMED = ['**/autosave.test.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.test.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // The slowest journeys take about 2 minutes on a loaded 2-core machine; the bench smoke sets its own.
  timeout: 240_000,
  // Web-first assertions wait as long as locator.waitFor() did in the old harness.
  expect: { timeout: 30_000 },
  // A failed test runs once more with traces recorded (support/fixtures.ts); passing only on that retry still fails
  // the run, so the retry never hides a flaky test, it only records what happened.
  retries: 1,
  failOnFlakyTests: true,
  // Two workers on 2 cores: most journeys spend part of their time waiting (debounce pauses, service worker
  // activation, downloads), so two at a time finish the run sooner. Journeys about a timed window that only get
  // weaker, never fail, when the machine is slow (a tab closed or reloaded inside the save pause, an update handed
  // over between tabs, a 16 MB file, the storage quota) run two at a time too; the SIGKILL journeys (TIMED) run
  // afterwards, one at a time, on an otherwise idle machine: project 'timed' below.
  workers: 2,
  fullyParallel: false,
  projects: [
    { name: 'journeys', testIgnore: TIMED },
    { name: 'timed', testMatch: TIMED, workers: 1, dependencies: ['journeys'] },
  ],
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'id-ID',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    // Traces are taken by the fixtures (every context they make, on a failed test's retry), not by the built-in option.
    trace: 'off',
  },
});
