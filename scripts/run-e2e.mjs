// Builds the app twice (the second build stands in for "a new version" in the update test),
// then runs every browser test in tests/e2e with Node's test runner against those builds.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
if (!process.env.E2E_SKIP_BUILD) {
  run('npm', ['run', 'build', '--silent'], { APP_BUILD: 'e2e-1', OUT_DIR: 'dist' });
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { APP_BUILD: 'e2e-2', OUT_DIR: 'dist-next' });
}
const only = process.argv.slice(2);
const files = only.length
  ? only
  : readdirSync('tests/e2e')
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => `tests/e2e/${f}`);
const result = spawnSync('npx', ['tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
