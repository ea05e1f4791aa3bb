// Runs the browser tests (tests/e2e) with Playwright Test in Debian's Chromium: playwright.config.ts, whose global
// setup builds the app twice (dist, and dist-next standing in for "a new version" in the update test) unless
// E2E_SKIP_BUILD=1. Arguments are passed through: `node scripts/run-e2e.mjs tests/e2e/roster.test.ts` runs one file.
// A failed test runs again traced and keeps that trace: `npx playwright show-trace test-results/<test>-retry1/trace.zip`.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
