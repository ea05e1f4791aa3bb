import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'virtual:pwa-register/react': new URL('./tests/unit/stubs/pwa-register-react.ts', import.meta.url).pathname },
  },
  define: { __APP_VERSION__: '"test"', __APP_BUILD__: '"test"' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // PDF tests run pdftotext per page; on a loaded 2-core machine the default 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
