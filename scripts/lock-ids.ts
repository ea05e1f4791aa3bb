/**
 * Records the item ids (with their statements) of every published standard version in
 * standards/published-ids.json. Only adds: an id once published stays there for ever, and the
 * unit test tests/unit/domain/standard/ids.test.ts fails if a later file drops or repurposes it
 * without listing it under `retired`. Run after publishing a new version: npm run lock:ids
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadStandards } from '../src/domain/standard/registry';

const file = join(import.meta.dirname, '..', 'standards', 'published-ids.json');
type Lock = Record<string, Record<string, string>>;
const lock: Lock = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
let added = 0;
for (const standard of loadStandards()) {
  const ids = (lock[standard.id] ??= {});
  for (const item of standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items))) {
    if (!(item.id in ids)) {
      ids[item.id] = item.statement;
      added++;
    }
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} id baru dicatat di ${file}`);
