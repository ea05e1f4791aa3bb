import { join } from 'node:path';

/** Builds prepared by scripts/run-e2e.mjs: the app, and a second build of it for the update test. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
export const DIST_NEXT = process.env.E2E_DIST_NEXT ?? join(ROOT, 'dist-next');
