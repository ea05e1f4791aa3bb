/**
 * Validates every file in standards/ against the zod schema (run before every build and in the tests).
 * Usage: tsx scripts/validate-standards.ts            -> all files in standards/
 *        tsx scripts/validate-standards.ts --file F    -> one standard file (also a draft outside the list)
 *        tsx scripts/validate-standards.ts --aspects F -> a draft file {"aspects": [...]} (used while writing content)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aspectSchema } from '../src/domain/standard/schema';
import { formatProblem, validateStandardFile } from '../src/domain/standard/validate';

const dir = join(import.meta.dirname, '..', 'standards');
const args = process.argv.slice(2);
let failures = 0;

if (args[0] === '--file' && args[1]) {
  const result = validateStandardFile(args[1], JSON.parse(readFileSync(args[1], 'utf8')));
  if (result.ok) console.log(`ok ${args[1]}: ${result.standard.id} ${result.standard.version}`);
  else {
    failures += result.problems.length;
    result.problems.forEach((p) => console.error(formatProblem(p)));
  }
} else if (args[0] === '--aspects' && args[1]) {
  const raw = JSON.parse(readFileSync(args[1], 'utf8')) as { aspects: unknown[] };
  const wrapped = {
    id: 'draft', version: '0.0.0', title: 'draft', shortTitle: 'draft', published: '2026-01-01',
    legalBasis: ['draft'], kind: 'khusus', appliesTo: ['x'], aspects: [],
  };
  for (const aspect of raw.aspects) {
    const result = validateStandardFile(args[1], { ...wrapped, aspects: [aspect] });
    if (!result.ok) {
      failures += result.problems.length;
      result.problems.forEach((p) => console.error(formatProblem(p)));
    }
    const parsed = aspectSchema.safeParse(aspect);
    if (parsed.success) {
      const items = parsed.data.components.flatMap((c) => c.items);
      console.log(`${parsed.data.id}: ${parsed.data.components.length} komponen, ${items.length} butir`);
    }
  }
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'published-ids.json');
  for (const file of files) {
    const result = validateStandardFile(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (result.ok) {
      const n = result.standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items)).length;
      console.log(`ok ${file}: ${result.standard.id} ${result.standard.version}, ${n} butir`);
    } else {
      failures += result.problems.length;
      result.problems.forEach((p) => console.error(formatProblem(p)));
    }
  }
}
if (failures) {
  console.error(`${failures} masalah pada file standar`);
  process.exit(1);
}
