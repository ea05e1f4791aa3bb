import fc from 'fast-check';

// Unit tests that need a DOM or IndexedDB opt in per file with `// @vitest-environment jsdom`
// and `import 'fake-indexeddb/auto'`.

// Property tests explore new random cases on every local run; CI replays a fixed seed so a landing is never
// decided by the luck of the draw (a failure found locally prints its seed and path to replay).
if (process.env.CI) fc.configureGlobal({ seed: 20261122 });
