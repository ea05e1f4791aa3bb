import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

describe('architecture boundaries', () => {
  it('src/domain imports nothing from React, Dexie, jsPDF or the UI/storage layers', () => {
    const offenders = sourceFiles(join(SRC, 'domain')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(react|react-dom|dexie|dexie-react-hooks|jspdf|jspdf-autotable|wouter)(\/|$)/.test(spec) || /\/(data|features|ui|pdf|app)\//.test(spec))
        .map((spec) => `${relative(SRC, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only src/data touches Dexie or its React hooks, and only src/pdf imports jsPDF (lazily)', () => {
    const offenders = sourceFiles(SRC).flatMap((file) => {
      const rel = relative(SRC, file);
      return importsOf(file)
        .filter((spec) =>
          /^dexie(-react-hooks)?(\/|$)/.test(spec) ? !rel.startsWith('data/') : /^jspdf/.test(spec) ? !rel.startsWith('pdf/') : false,
        )
        .map((spec) => `${rel} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('a feature never imports another feature', () => {
    const offenders = sourceFiles(join(SRC, 'features')).flatMap((file) => {
      const feature = relative(join(SRC, 'features'), file).split('/')[0];
      return importsOf(file)
        .filter((spec) => {
          const m = /features\/([^/]+)/.exec(spec) ?? (spec.startsWith('../') && !spec.startsWith('../../') ? [spec, spec.split('/')[1]] : null);
          return m !== null && m[1] !== feature;
        })
        .map((spec) => `${relative(SRC, file)} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });
});

/** Files reached from `from` through static value imports (type-only imports and import() are not followed). */
function staticGraph(from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s*['"](\.[^'"]+)['"]|^import\s+['"](\.[^'"]+)['"]/gm)) {
      const base = join(file, '..', (m[1] ?? m[2])!);
      const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (target) visit(target);
    }
  };
  visit(from);
  return seen;
}

describe('what the first screen of an assessment builds', () => {
  // About 36 ms per cold load at 1× went into building zod schemas before any of them was used. (The bundle schema is
  // reached here through src/domain/bundle/index.ts, whose unused parts the bundler drops: only the build shows it.)
  it('neither the app shell nor the questionnaire loads the standard file schemas statically', () => {
    const reached = new Set([...staticGraph(join(SRC, 'app', 'start.tsx')), ...staticGraph(join(SRC, 'features', 'questionnaire', 'QuestionnairePage.tsx'))]);
    const heavy = ['domain/standard/schema.ts'].filter((f) => reached.has(join(SRC, f)));
    expect(reached.size).toBeGreaterThan(30);
    expect(heavy).toEqual([]);
  });
});
