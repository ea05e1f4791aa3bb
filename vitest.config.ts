import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const UNIT = 'tests/unit';
const testFiles = readdirSync(UNIT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.test\.tsx?$/.test(f))
  .map((f) => join(UNIT, f));
/*
 * A test file that opens IndexedDB (fake-indexeddb: the app's db module is one instance, and some files close or
 * delete it) or a DOM runs in a module graph of its own. Every other file is pure and shares one graph per worker,
 * which saves reloading zod, the instrument and the domain for each of them (about 100 s → 40 s on 2 cores).
 */
const needsIsolation = (file: string) => /fake-indexeddb|@vitest-environment/.test(readFileSync(file, 'utf8'));
const isolated = testFiles.filter(needsIsolation);
const shared = testFiles.filter((f) => !needsIsolation(f));

const common: ViteUserConfig = {
  resolve: {
    alias: {
      'virtual:pwa-register/react': new URL('./tests/unit/stubs/pwa-register-react.ts', import.meta.url).pathname,
      'virtual:standard-parts': new URL('./tests/unit/stubs/standard-parts.ts', import.meta.url).pathname,
    },
  },
  define: { __APP_VERSION__: '"test"', __APP_BUILD__: '"test"' },
};

export default defineConfig({
  ...common,
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // PDF tests run pdftotext per page; on a loaded 2-core machine the default 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    unstubGlobals: true,
    // Vitest's default leaves one core free (one worker on this 2-core machine): the suite then ran on one core,
    // 56 s instead of 41 s. Every core: nothing else runs beside the unit tests in `npm test`.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'pure', include: shared, isolate: false } },
      // Threads start faster than the default forks (about 5 s less here); the pure files stay in forks because some
      // set process.env.TZ, which a worker thread cannot give a module graph of its own.
      { extends: true, test: { name: 'storage-and-dom', include: isolated, isolate: true, pool: 'threads' } },
    ],
  },
});
