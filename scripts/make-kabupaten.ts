/**
 * Writes src/domain/records/kabupaten.ts, the kabupaten/kota list of every province, from the npm package
 * idn-area-data (its data/provinces.csv and data/regencies.csv). The package is only read here: it is not a
 * dependency of the app.
 *
 *   npx tsx scripts/make-kabupaten.ts                    # npm pack idn-area-data@4.0.1 into a temporary folder
 *   npx tsx scripts/make-kabupaten.ts --version 4.1.0    # another version of the package
 *   npx tsx scripts/make-kabupaten.ts ./idn-area-data-4.0.1.tgz   # a tarball already at hand
 *
 * It refuses (exit 1) when a province of the package has no match in src/domain/records/provinces.ts, when a
 * province there gets no kabupaten/kota, when a code repeats or a name is neither "Kabupaten …" nor "Kota …".
 * Then run the unit tests (tests/unit/domain/records/kabupaten*.test.ts) and read the diff of the written file.
 *
 * When you move to another version, read the package's README and the repository's docs/references.md (not shipped
 * in the tarball) and update VERIFIED_NOTES below: its lines are written into the file only for the version they
 * were checked against.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROVINCES, type Province } from '../src/domain/records/provinces';

const PACKAGE = 'idn-area-data';
const DEFAULT_VERSION = '4.0.1';
const OUT = join(import.meta.dirname, '..', 'src', 'domain', 'records', 'kabupaten.ts');

/** Facts checked by hand for one version of the package (they cannot be read from its tarball). */
const VERIFIED_NOTES: Record<string, string[]> = {
  '4.0.1': [
    "The package's repository lists its official sources in docs/references.md (not in the tarball). At the commit",
    "tagged 4.0.1 its newest entry is REF-2025-1: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2L38 Tahun 2025",
    'tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau (the regencies file',
    'was last changed by its commit "feat: data update 2025"); older entries: Kepmendagri 100.1.1-6117 Tahun 2022,',
    'UU 29/2022 (Papua Barat Daya) and Kepmendagri 050-145 Tahun 2022.',
    'Cross-check: wilayah-indonesia 1.0.2 (npm; Kemendagri codes, 34 provinces, before 2022) carries the same 488',
    'codes outside the four new provinces of Papua; the 26 kabupaten/kota of Papua Selatan, Papua Tengah, Papua',
    'Pegunungan (from 91.xx Papua) and Papua Barat Daya (from 92.xx Papua Barat) appear there under their old codes.',
    'Spellings kept as the package writes them (e.g. "Kabupaten Fak Fak", "Kabupaten Toli-Toli", "Kota Bau Bau");',
    'normaliseKabupaten ignores spaces and hyphens, so "Fakfak", "Tolitoli" and "Baubau" match them.',
  ],
};

function fail(message: string): never {
  console.error(`make-kabupaten: ${message}`);
  process.exit(1);
}

/** The files of a .tgz (ustar, as npm packs it), by path. */
function untar(tgz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const files = new Map<string, Buffer>();
  const text = (from: number, to: number) => tar.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, at + 100);
    if (name === '') break;
    const size = parseInt(text(at + 124, at + 136).trim() || '0', 8);
    const prefix = text(at + 345, at + 500);
    const type = text(at + 156, at + 157);
    if (type === '0' || type === '') files.set(prefix ? `${prefix}/${name}` : name, Buffer.from(tar.subarray(at + 512, at + 512 + size)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Rows of a CSV with a header line; fields may be quoted ("a, b", "say ""x"""). */
function parseCsv(source: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f !== '')) records.push(record);
      (record = []), (field = '');
    } else field += c;
  }
  record.push(field);
  if (record.some((f) => f !== '')) records.push(record);
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const LOWER_WORDS = new Set(['dan']);
const capitalise = (word: string) => word.split('-').map((p) => (p ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p)).join('-');

/**
 * "KAB. ADM. KEP. SERIBU", "KABUPATEN BANDUNG", "Kab. Bandung", "KOTA BANDAR LAMPUNG" → "Kabupaten Administrasi
 * Kepulauan Seribu", "Kabupaten Bandung", "Kota Bandar Lampung". Names already in mixed case keep their casing.
 */
function officialName(raw: string): string {
  let name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const upper = name === name.toUpperCase();
  name = name
    .replace(/^(KABUPATEN|KAB)(\.\s*|\s+)/i, 'Kabupaten ')
    .replace(/^(KOTA|KOTAMADYA|KODYA)(\.\s*|\s+)/i, 'Kota ')
    .replace(/^(Kabupaten|Kota) (ADMINISTRASI|ADM)(\.\s*|\s+)/i, '$1 Administrasi ')
    .replace(/\bKEP\.\s*/gi, 'Kepulauan ');
  if (upper) {
    name = name
      .split(' ')
      .map((w, i) => (i > 0 && LOWER_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w)))
      .join(' ');
  }
  return name.trim();
}

/** "DAERAH KHUSUS IBUKOTA JAKARTA", "Daerah Istimewa Yogyakarta", "PAPUA BARAT DAYA" → the app's province name. */
function appProvince(raw: string): Province | null {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^daerah khusus (ibukota |ibu kota )?/, 'dki ')
      .replace(/^daerah istimewa /, 'di ')
      .replace(/^d\.?k\.?i\.? /, 'dki ')
      .replace(/^d\.?i\.? /, 'di ')
      .replace(/\s+/g, ' ')
      .trim();
  return PROVINCES.find((p) => key(p) === key(raw)) ?? null;
}

function tarballFromArgs(): { file: Buffer; label: string } {
  const args = process.argv.slice(2);
  const versionAt = args.indexOf('--version');
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--version');
  if (path) return { file: readFileSync(path), label: path };
  const version = versionAt >= 0 ? args[versionAt + 1] : DEFAULT_VERSION;
  if (!version) fail('--version needs a value');
  const dir = mkdtempSync(join(tmpdir(), 'kabupaten-'));
  try {
    execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tgz) fail(`npm pack ${PACKAGE}@${version} wrote no tarball`);
    return { file: readFileSync(join(dir, tgz)), label: `${PACKAGE}@${version}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { file, label } = tarballFromArgs();
const files = untar(file);
const read = (path: string) => {
  const f = files.get(`package/${path}`);
  if (!f) fail(`${label} has no ${path}`);
  return f.toString('utf8');
};
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; description?: string; license?: string };
if (pkg.name !== PACKAGE) fail(`${label} is ${pkg.name}, not ${PACKAGE}`);
const readme = read('README.md');
const dataLicence = read('data/LICENSE.md').split('\n')[0]!.replace(/^#\s*/, '').trim();
const integrity = `sha512-${createHash('sha512').update(file).digest('base64')}`;

const provinceByCode = new Map<string, Province>();
for (const row of parseCsv(read('data/provinces.csv'))) {
  const province = appProvince(row.name ?? '');
  if (!province) fail(`province ${row.code} "${row.name}" matches no name in src/domain/records/provinces.ts`);
  provinceByCode.set(row.code!, province);
}

interface Entry {
  code: string;
  name: string;
  province: Province;
}
const entries: Entry[] = parseCsv(read('data/regencies.csv')).map((row) => {
  const province = provinceByCode.get(row.province_code ?? '');
  if (!province) fail(`regency ${row.code} "${row.name}" has an unknown province code ${row.province_code}`);
  const name = officialName(row.name ?? '');
  if (!/^(Kabupaten|Kota) \S/.test(name)) fail(`regency ${row.code} "${row.name}" is neither "Kabupaten …" nor "Kota …"`);
  if (!row.code!.startsWith(`${row.province_code}.`)) fail(`regency ${row.code} does not start with its province code ${row.province_code}`);
  return { code: row.code!, name, province };
});
entries.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));

const codes = new Set<string>();
const names = new Set<string>();
for (const e of entries) {
  if (codes.has(e.code)) fail(`code ${e.code} repeats`);
  if (names.has(`${e.province}|${e.name}`)) fail(`${e.name} repeats in ${e.province}`);
  codes.add(e.code);
  names.add(`${e.province}|${e.name}`);
}
const counts = PROVINCES.map((p) => [p, entries.filter((e) => e.province === p).length] as const);
const empty = counts.filter(([, n]) => n === 0).map(([p]) => p);
if (empty.length) fail(`no kabupaten/kota for ${empty.join(', ')}`);

const readmeLine = (pattern: RegExp) => readme.split('\n').find((l) => pattern.test(l))?.trim();
const said = [
  pkg.description && `package.json: "${pkg.description}"`,
  readmeLine(/based on the latest official sources/i) && `README: "${readmeLine(/based on the latest official sources/i)}"`,
  readmeLine(/based on official data/i) && `README: "${readmeLine(/based on official data/i)}"`,
  readmeLine(/official sources we refer to/i) && `README: "${readmeLine(/official sources we refer to/i)?.replace(/^>\s*/, '')}"`,
].filter(Boolean) as string[];
const notes = VERIFIED_NOTES[pkg.version];
if (!notes) console.warn(`make-kabupaten: no VERIFIED_NOTES for ${pkg.version}: read the package and its docs/references.md, then add them`);

/** Comment lines wrapped at 116 characters (a quoted README line can be long). */
const comment = (lines: string[]) =>
  lines
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > 113) out.push(current), (current = '  ');
        current = current && current !== '  ' ? `${current} ${word}` : `${current}${word}`;
      }
      return [...out, current];
    })
    .map((l) => ` * ${l}`.trimEnd())
    .join('\n');
const kabupatenCount = entries.filter((e) => e.name.startsWith('Kabupaten ')).length;
const header = `/**
 * The kabupaten and kota of Indonesia by province, with their Kemendagri codes.
 * GENERATED by scripts/make-kabupaten.ts: do not edit by hand; run \`npx tsx scripts/make-kabupaten.ts\` again.
 *
 * Source: the npm package ${pkg.name} ${pkg.version} (${integrity}),
 * files data/provinces.csv and data/regencies.csv. What the package says of its source:
${comment(said.map((s) => `- ${s}`))}
${notes ? ` *\n${comment(notes)}\n` : ''} *
 * Licence: the package's data is made available under the ${dataLicence}: data/LICENSE.md of the
 * package, https://opendatacommons.org/licenses/odbl/1-0/. This list is derived from it and is offered under the
 * same licence. Contains information from ${pkg.name} (https://github.com/fityannugroho/idn-area-data).
 *
 * ${entries.length} entries: ${kabupatenCount} kabupaten and ${entries.length - kabupatenCount} kota in ${PROVINCES.length} provinces. Names are "Kabupaten X" / "Kota X"
 * as in the package ("Kabupaten Administrasi Kepulauan Seribu" and the five "Kota Administrasi" of DKI Jakarta keep
 * their status); provinces are the names of src/domain/records/provinces.ts.
 */`;

const body = entries.map((e) => `  { code: '${e.code}', name: '${e.name.replace(/'/g, "\\'")}', province: '${e.province}' },`).join('\n');
const source = `${header}
import type { Province } from './provinces';

export interface KabupatenKota {
  /** Kemendagri code, e.g. '32.04'. */
  code: string;
  /** "Kabupaten X" or "Kota X" (also "Kabupaten Administrasi X", "Kota Administrasi X"). */
  name: string;
  province: Province;
}

/** The source of the list, for screens and exports that cite it. */
export const KABUPATEN_SOURCE = { package: '${pkg.name}', version: '${pkg.version}' } as const;

export const KABUPATEN_KOTA: readonly KabupatenKota[] = [
${body}
];
`;
writeFileSync(OUT, source);
for (const [p, n] of counts) console.log(`${String(n).padStart(3)}  ${p}`);
console.log(`${String(entries.length).padStart(3)}  total (${kabupatenCount} kabupaten, ${entries.length - kabupatenCount} kota) from ${pkg.name} ${pkg.version} → ${OUT}`);
