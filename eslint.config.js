// Lint: the rules the architecture depends on (layers, lazy jsPDF), hooks used correctly, and TypeScript's
// recommended checks. Run by `npm test`; tests/unit/architecture keeps what lint cannot say.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const DEXIE = { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/data touches IndexedDB: read through its repositories and useLiveRead / useLiveSnapshot (src/data/live.ts).' };
const JSPDF = { group: ['jspdf', 'jspdf-autotable'], message: 'jsPDF is imported only in src/pdf, which the app loads with import().' };
/** One no-restricted-imports rule per folder (a later block replaces an earlier one), so each repeats the jsPDF rule. */
const layer = (message, group) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }, JSPDF, DEXIE] }] });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-next/**', '.bench/**', 'test-results/**', 'node_modules/**', 'coverage/**', 'public/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useLiveRead (src/data/live.ts) takes deps like useEffect: check them the same way.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLiveRead$' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Some empty catches are deliberate (best-effort storage); each says why in a comment.
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Initialising before a branch that always assigns is kept for readability.
      'no-useless-assignment': 'off',
    },
  },
  // Tests and scripts use comma expressions in small parsers; not a mistake there.
  { files: ['tests/**', 'scripts/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  // Plain JS scripts run in Node or inside a page (bench probes): TypeScript does not check their globals.
  { files: ['**/*.{js,mjs}'], rules: { 'no-undef': 'off', '@typescript-eslint/no-unused-vars': 'off' } },
  // Only src/pdf imports jsPDF (and the app loads src/pdf with import()).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/pdf/**', 'src/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [JSPDF, DEXIE] }] },
  },
  // The domain is plain TypeScript: no React, no Dexie, no screens, no storage.
  {
    files: ['src/domain/**/*.ts'],
    rules: layer('src/domain is plain TypeScript: no React, Dexie, storage, screens or PDF code.', [
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
      'jspdf',
      '**/data/*',
      '**/ui/*',
      '**/features/*',
      '**/pdf/*',
      '**/app/*',
    ]),
  },
  // Storage knows nothing of screens.
  {
    files: ['src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/features/*', '**/pdf/*', '**/app/*'], message: 'src/data does not import screens, shared UI or PDF code.' }, JSPDF] }] },
  },
  // Shared UI does not reach into a screen.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: layer('src/ui is shared by screens and imports none of them.', ['**/features/*', '**/app/*']),
  },
  // A feature does not import another feature (shared code goes to src/ui or src/domain).
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'A feature does not import another feature: move shared code to src/ui or src/domain.' }, JSPDF, DEXIE] },
      ],
    },
  },
);
