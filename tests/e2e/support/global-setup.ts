import { execFileSync } from 'node:child_process';
import { ROOT } from './env';

/**
 * Builds the app twice before the browser tests: dist, and dist-next standing in for "a new version" in the update
 * test. E2E_SKIP_BUILD=1 uses the builds already there.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD) return;
  const run = (cmd: string, args: string[], env: Record<string, string>) =>
    execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  run('npm', ['run', 'build', '--silent'], { APP_BUILD: 'e2e-1', OUT_DIR: 'dist' });
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { APP_BUILD: 'e2e-2', OUT_DIR: 'dist-next' });
}
