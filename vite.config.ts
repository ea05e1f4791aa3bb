import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { formatProblem, validateStandardFile } from './src/domain/standard/validate';
import { readableStandard } from './src/domain/standard/readable';
import { aspectDetailsOf, coreOf } from './src/domain/standard/split';
import { fileInfoOf } from './src/domain/standard/pick';
import type { StandardFile } from './src/domain/standard/schema';

/** Nothing but the app's own origin (blob:/data: are the app's own generated images and files). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self' blob:",
].join('; ');

// Only in the production build: the dev server injects <style> tags that this policy forbids.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
};

/**
 * Each standard file is validated here, when the app is built (zod runs in Node, never on the phone; an invalid file
 * fails the build naming file, item and field), its texts are made readable once, and it is emitted minified: the
 * app's registry and the questionnaire's per-part loader then trust it as it is.
 *
 * It is emitted in parts (src/domain/standard/split.ts): the file's core, and each aspect's items' texts as a chunk
 * of its own, so a question loads its own aspect's texts only. `virtual:standard-parts` (imported by
 * src/domain/standard/lazy.ts, in the app's entry) lists a loader for every part, so the entry can start a question's
 * aspect and the core side by side. The plain file (the registry's import) is the parts joined again, so no text is
 * shipped twice. Outside a build `virtual:standard-parts` is empty and lazy.ts splits the plain files itself.
 */
const STANDARDS_DIR = fileURLToPath(new URL('./standards/', import.meta.url));
const SPLIT_TS = fileURLToPath(new URL('./src/domain/standard/split.ts', import.meta.url));
const STANDARD_FILE = /^((?:standar-umum|khusus)-[^\\/?]+)\.json$/;
const PARTS_INDEX = 'virtual:standard-parts';
const CORE_ID = '\0standard-core/';
const ASPECT_ID = '\0standard-aspect/';
/** The chunk name of a standard's part (null: not a part). */
function standardPartName(id: string): string | null {
  if (id.startsWith(CORE_ID)) return `${id.slice(CORE_ID.length)}-core`;
  if (id.startsWith(ASPECT_ID)) return id.slice(ASPECT_ID.length).replace('/', '-');
  return null;
}
const builtStandards = new Map<string, StandardFile>();
function builtStandard(name: string): StandardFile {
  const known = builtStandards.get(name);
  if (known) return known;
  const result = validateStandardFile(`${name}.json`, JSON.parse(readFileSync(`${STANDARDS_DIR}${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const standard = readableStandard(result.standard);
  builtStandards.set(name, standard);
  return standard;
}
let building = false;
const precompiledStandards: Plugin = {
  name: 'precompiled-standards',
  enforce: 'pre',
  configResolved(config) {
    building = config.command === 'build';
  },
  resolveId(source) {
    if (source === PARTS_INDEX) return `\0${PARTS_INDEX}`;
    if (building && (source.startsWith(CORE_ID) || source.startsWith(ASPECT_ID))) return source;
    return null;
  },
  load(id) {
    if (id === `\0${PARTS_INDEX}`) {
      if (!building) return 'export default {};\n';
      const names = readdirSync(STANDARDS_DIR).map((f) => STANDARD_FILE.exec(f)?.[1]).filter((n): n is string => !!n).sort();
      const entries = names.map((name) => {
        const aspects = builtStandard(name).aspects.map((a) => `${JSON.stringify(a.id)}: () => import(${JSON.stringify(`${ASPECT_ID}${name}/${a.id}`)})`);
        const info = JSON.stringify(fileInfoOf(builtStandard(name)));
        return `${JSON.stringify(name)}: { info: ${info}, core: () => import(${JSON.stringify(`${CORE_ID}${name}`)}), aspects: {${aspects.join(', ')}} }`;
      });
      return `export default {\n${entries.join(',\n')}\n};\n`;
    }
    if (!building) return null;
    if (id.startsWith(CORE_ID)) return `export default ${JSON.stringify(coreOf(builtStandard(id.slice(CORE_ID.length))))};\n`;
    if (id.startsWith(ASPECT_ID)) {
      const [name, aspectId] = id.slice(ASPECT_ID.length).split('/') as [string, string];
      const details = aspectDetailsOf(builtStandard(name), aspectId);
      if (!details) throw new Error(`${name}: no aspect ${aspectId}`);
      return `export default ${JSON.stringify(details)};\n`;
    }
    const match = /[\\/]standards[\\/]([^\\/]+)$/.exec(id);
    const name = match ? STANDARD_FILE.exec(match[1]!)?.[1] : undefined;
    if (!name) return null;
    // Validated here (the build fails on a bad file); the JSON plugin reads a placeholder, which joinedStandards
    // below replaces with the parts joined.
    builtStandard(name);
    return '{}';
  },
};
const joinedStandards: Plugin = {
  name: 'joined-standards',
  apply: 'build',
  enforce: 'post',
  transform(_code, id) {
    const match = /[\\/]standards[\\/]([^\\/]+)$/.exec(id);
    const name = match ? STANDARD_FILE.exec(match[1]!)?.[1] : undefined;
    if (!name) return null;
    const aspects = builtStandard(name).aspects.map((a) => a.id);
    return [
      `import core from ${JSON.stringify(`${CORE_ID}${name}`)};`,
      ...aspects.map((a, i) => `import a${i} from ${JSON.stringify(`${ASPECT_ID}${name}/${a}`)};`),
      `import { joinStandard } from ${JSON.stringify(SPLIT_TS)};`,
      `export default joinStandard(core, {${aspects.map((a, i) => `${JSON.stringify(a)}: a${i}`).join(', ')}});`,
    ].join('\n');
  },
};

/**
 * src/app/boot-failure.js, written into index.html before the app's scripts (allowed by its hash in the
 * Content-Security-Policy): if the app's code cannot be fetched, the page shows "Aplikasi gagal dimuat" and
 * "Muat ulang" instead of staying white. In the dev server too, where no policy applies.
 */
const BOOT_FAILURE = readFileSync(fileURLToPath(new URL('./src/app/boot-failure.js', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .join('\n')
  .trim();
const BOOT_FAILURE_HASH = createHash('sha256').update(BOOT_FAILURE).digest('base64');
const bootFailure: Plugin = {
  name: 'boot-failure',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      return html
        .replace('</title>', `</title>\n    <script>${BOOT_FAILURE}</script>`)
        .replace("script-src 'self'", `script-src 'self' 'sha256-${BOOT_FAILURE_HASH}'`);
    },
  },
};

/**
 * The entry stylesheet (about 7 KB) is written into index.html as a <style> element, allowed by its hash in the
 * Content-Security-Policy: the first paint waits for no second request (on a slow phone network that is a round
 * trip before anything shows). Screens' own stylesheets still load with their chunks.
 */
const inlineEntryCss: Plugin = {
  name: 'inline-entry-css',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const link = /\s*<link rel="stylesheet"[^>]*href="\/(assets\/index-[^"]+\.css)"[^>]*>/.exec(html);
      const asset = link ? ctx.bundle?.[link[1]!] : undefined;
      if (!link || !asset || asset.type !== 'asset') return html;
      const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
      const hash = createHash('sha256').update(css).digest('base64');
      return html
        .replace(link[0], `\n    <style>${css}</style>`)
        .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
    },
  },
};

/**
 * The modules a cold deep link into the questionnaire runs before its first level is usable, found once the module
 * graph is known, and emitted as three chunks instead of some sixty: the libraries, the app's start (shell, data
 * layer and what the questionnaire shares with Beranda) and the questionnaire screen with the rest of its imports.
 * On a cold load every request costs the phone's main thread a few milliseconds and waits its turn for one of six
 * connections, which cost more than the JavaScript itself (docs/benchmarks.md). Other screens load the first two
 * plus their own chunks; Hasil's own modules (those no other screen imports) are one chunk too.
 */
const grouped = { start: new Set<string>(), questionnaire: new Set<string>(), results: new Set<string>() };
const groupedModules: Plugin = {
  name: 'first-question-modules',
  apply: 'build',
  buildEnd() {
    const closure = (root: string) => {
      const found = new Set<string>();
      const queue = [root.startsWith('/') ? root : fileURLToPath(new URL(`./${root}`, import.meta.url))];
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (found.has(id)) continue;
        found.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      return found;
    };
    // What the entry itself imports stays in the entry: it must run (and say so) even when the rest cannot load.
    const entry = closure('src/main.tsx');
    const questionnaire = closure('src/features/questionnaire/QuestionnairePage.tsx');
    // What the questionnaire shares with Beranda (most visits start there) rides with the start, so Beranda does not
    // load the questionnaire's chunk.
    const home = closure('src/features/home/HomePage.tsx');
    const start = new Set([...closure('src/app/start.tsx'), ...[...questionnaire].filter((id) => home.has(id))]);
    grouped.start = new Set([...start].filter((id) => !entry.has(id)));
    grouped.questionnaire = new Set([...questionnaire].filter((id) => !entry.has(id) && !start.has(id)));
    // Hasil's own modules (those no other screen imports) in one chunk too: a cold Hasil loaded fourteen scripts.
    const resultsRoot = fileURLToPath(new URL('./src/features/results/ResultsPage.tsx', import.meta.url));
    const screens = this.getModuleInfo(fileURLToPath(new URL('./src/app/screens.ts', import.meta.url)))?.dynamicallyImportedIds ?? [];
    const others = new Set(screens.filter((id) => id !== resultsRoot).flatMap((id) => [...closure(id)]));
    grouped.results = new Set(
      [...closure(resultsRoot)].filter((id) => !entry.has(id) && !start.has(id) && !questionnaire.has(id) && !others.has(id)),
    );
  },
};
const inFirstQuestion = (id: string) => grouped.start.has(id) || grouped.questionnaire.has(id);
const isLibrary = (id: string) => /[\\/]node_modules[\\/]/.test(id);

const empty = fileURLToPath(new URL('./src/app/empty-module.ts', import.meta.url));
const buildId = process.env.APP_BUILD ?? new Date().toISOString();

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    __APP_BUILD__: JSON.stringify(buildId),
  },
  resolve: {
    // jsPDF's optional html()/SVG helpers are never used; without this they are emitted and precached (~380 KB).
    alias: { html2canvas: empty, dompurify: empty, canvg: empty },
  },
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The entry's own modules are imported by the group too; they must stay in the entry, not be pulled in.
          includeDependenciesRecursively: false,
          groups: [
            // Each part of a standard a chunk of its own, named for its file (and aspect): the loading journey and
            // the bench read the names.
            { name: standardPartName, test: (id) => standardPartName(id) !== null, priority: 4 },
            { name: 'app-libs', test: (id) => inFirstQuestion(id) && isLibrary(id), priority: 3 },
            { name: 'app', test: (id) => grouped.start.has(id) && !isLibrary(id), priority: 2 },
            { name: 'questionnaire', test: (id) => grouped.questionnaire.has(id) && !isLibrary(id), priority: 1 },
            { name: 'results', test: (id) => grouped.results.has(id), priority: 1 },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    precompiledStandards,
    joinedStandards,
    groupedModules,
    contentSecurityPolicy,
    inlineEntryCss,
    bootFailure,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png'],
      manifest: {
        name: 'Swanilai Panti',
        short_name: 'Swanilai',
        description: 'Asesmen mandiri panti sosial terhadap Standar Umum Panti Sosial, bisa tanpa internet.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // Not locked: phones are used upright, laptops and tablets landscape.
        orientation: 'any',
        theme_color: '#0f766e',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Shown by the browser's install dialog (richer install UI on Android and desktop Chrome).
        screenshots: [
          { src: '/screenshots/beranda-360x740.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: 'Beranda: lanjutkan asesmen mandiri panti' },
          { src: '/screenshots/hasil-1280x800.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Hasil asesmen: skor, perkiraan peringkat dan celah' },
        ],
      },
      workbox: {
        // Every asset, including lazily loaded chunks (the PDF code), is precached for offline use.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,webmanifest,json,woff2,ttf}'],
        // The install dialog's screenshots are only needed online, when installing.
        globIgnores: ['**/screenshots/**'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so a user who goes offline right after
        // the first visit still has every screen. Updates still wait for "Muat ulang" (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
});
