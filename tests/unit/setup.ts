// Unit tests that need a DOM or IndexedDB opt in per file with `// @vitest-environment jsdom`
// and `import 'fake-indexeddb/auto'`.
export {};
