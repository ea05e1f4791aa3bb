/** Writes the instrument catalogue (Markdown) of every standard file into docs/katalog/. Usage: npm run catalogue */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueMarkdown } from '../src/domain/catalogue/markdown';
import { loadStandards } from '../src/domain/standard/registry';

const out = join(import.meta.dirname, '..', 'docs', 'katalog');
mkdirSync(out, { recursive: true });
for (const standard of loadStandards()) {
  const file = join(out, `${standard.id}-${standard.version}.md`);
  writeFileSync(file, catalogueMarkdown(standard));
  console.log(`wrote ${file}`);
}
