import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../src/domain');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('indicators and scoring stay pure', () => {
  it('import only relative domain modules (and zod through them), never React, Dexie, jsPDF or the DOM', () => {
    for (const dir of ['indicators', 'scoring']) {
      for (const file of files(join(ROOT, dir))) {
        const src = readFileSync(file, 'utf8');
        const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
        for (const spec of imports) expect(spec.startsWith('.'), `${file} imports ${spec}`).toBe(true);
        expect(/\b(window|document|localStorage|indexedDB)\./.test(src), file).toBe(false);
      }
    }
  });
});
