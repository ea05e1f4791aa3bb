// Runs the browser tests (tests/e2e) with Playwright Test in Debian's Chromium: playwright.config.ts, whose global
// setup builds the app twice (dist, and dist-next standing in for "a new version" in the update test) unless
// E2E_SKIP_BUILD=1. Arguments are passed through: `node scripts/run-e2e.mjs tests/e2e/roster.test.ts` runs one file
// (with a file named, the 'timed' project does not wait for the whole 'journeys' project first: --no-deps).
// A failed test runs again traced and keeps that trace: `npx playwright show-trace test-results/<test>…-retry1/trace.zip`.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const named = args.some((a) => !a.startsWith('-'));
const result = spawnSync('npx', ['playwright', 'test', ...(named ? ['--no-deps'] : []), ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
