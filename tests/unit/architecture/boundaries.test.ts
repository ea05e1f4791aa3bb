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
