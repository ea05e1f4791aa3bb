/**
 * The language and overlap lint of instrument files from version 2.0.0 on (docs/instrument-authoring.md).
 * Usage: tsx scripts/lint-standards.ts             -> every 2.x file in standards/, and overlap of the newest
 *                                                    Standar Umum with itself and with each 2.x module
 *        tsx scripts/lint-standards.ts F [F ...]   -> the given files (also drafts: a file {"aspects": [...]} is
 *                                                    taken as a part of the Standar Umum)
 * Exits 1 when a problem is found. npm test runs it (via the unit test tests/unit/domain/standard/lint.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lintStandard, overlappingPairs } from '../src/domain/standard/lint';
import type { StandardFile } from '../src/domain/standard/schema';
import { formatProblem, validateStandardFile } from '../src/domain/standard/validate';

const dir = join(import.meta.dirname, '..', 'standards');
const draftHeader = {
  id: 'draft', version: '2.0.0', title: 'draft', shortTitle: 'draft', published: '2026-12-01',
  legalBasis: ['draft'], kind: 'khusus', appliesTo: ['x'], totalShare: 30, retired: [],
};

function load(path: string): StandardFile[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if (raw.kind) {
    const r = validateStandardFile(basename(path), raw);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return [r.standard];
  }
  // A draft part of the Standar Umum: each aspect validated as if it were a module's one aspect.
  return (raw.aspects as unknown[]).map((aspect) => {
    const r = validateStandardFile(basename(path), { ...draftHeader, aspects: [aspect] });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r.standard;
  });
}

const isV2 = (s: StandardFile) => Number(s.version.split('.')[0]) >= 2;
let failures = 0;
const report = (lines: string[]) => {
  failures += lines.length;
  lines.forEach((l) => console.error(l));
};

const args = process.argv.slice(2);
let targets: { file: string; standards: StandardFile[] }[];
let umum: StandardFile[];
if (args.length) {
  targets = args.map((f) => ({ file: basename(f), standards: load(f) }));
  const published = join(dir, 'standar-umum-2.0.0.json');
  const drafts = existsSync(join(dir, 'drafts'))
    ? readdirSync(join(dir, 'drafts')).filter((f) => f.startsWith('su2-') && f.endsWith('.json'))
    : [];
  umum = existsSync(published)
    ? load(published)
    : drafts.flatMap((f) => {
        try {
          return load(join(dir, 'drafts', f));
        } catch {
          console.warn(`(draft ${f} is not valid yet: left out of the overlap check)`);
          return [];
        }
      });
} else {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'published-ids.json');
  targets = files.map((f) => ({ file: f, standards: load(join(dir, f)) })).filter((t) => t.standards.every(isV2));
  const umums = targets.filter((t) => t.standards[0]!.kind === 'umum');
  umum = umums.flatMap((t) => t.standards);
}

const umumIds = new Set(umum.flatMap((s) => s.aspects.map((a) => a.id)));
for (const { file, standards } of targets) {
  for (const s of standards) report(lintStandard(file, s).map((p) => `${p.file}${p.itemId ? ` [${p.itemId}]` : ''} ${p.rule}: ${p.message}`));
  const isPartOfUmum = standards.every((s) => s.aspects.every((a) => umumIds.has(a.id)));
  const together = isPartOfUmum ? umum : [...umum, ...standards];
  const mine = new Set(standards.flatMap((s) => s.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)))));
  const pairs = overlappingPairs(together).filter((p) => mine.has(p.a) || mine.has(p.b));
  report(pairs.map((p) => `${file} overlap: ${p.a} ~ ${p.b} share ${(p.share * 100).toFixed(0)} %`));
}
console.log(failures ? `${failures} masalah` : 'lint: tidak ada masalah');
process.exit(failures ? 1 : 0);
