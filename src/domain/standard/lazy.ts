/**
 * The instrument one part at a time, for the screens on the first-question path. Each standard file is shipped as
 * its core (structure, weights, statements, rules) and one part per aspect with its items' long texts
 * (src/domain/standard/split.ts), each a chunk of its own (loaded on demand, precached by the service worker like
 * every chunk): opening an assessment loads the core of the files it was started on, and a question the texts of
 * its own aspect, not the whole instrument.
 *
 * In the production build each file was validated, made readable and split when the app was built (the
 * precompiled-standards plugin in vite.config.ts), and `virtual:standard-parts` lists a loader for each part, so a
 * question's aspect loads side by side with the core, not after it. Elsewhere (unit tests, the dev server) that list
 * is empty: the plain files are made readable and split here.
 * The whole registry (./registry.ts) stays the way for screens that list or compare every version.
 */
import type { StandardCoreFile, StandardFile, StandarKhususCore, StandarUmumCore } from './schema';
import type { AspectDetails } from './split';
import { fileInfoOf, khususFor, newestUmumOf, type StandardFileInfo } from './pick';
import BUILT from 'virtual:standard-parts';

const fileOf = (id: string, version: string) => `../../../standards/${id}-${version}.json`;

const FILES: Record<string, () => Promise<unknown>> = import.meta.env.PROD
  ? Object.fromEntries(Object.entries(BUILT).map(([name, parts]) => [`../../../standards/${name}.json`, () => Promise.resolve(parts)]))
  : import.meta.glob(['../../../standards/standar-umum-*.json', '../../../standards/khusus-*.json']);

/** What the build lists for one standard file (`virtual:standard-parts`). */
export interface StandardParts {
  info: StandardFileInfo;
  core: () => Promise<{ default: StandardCoreFile }>;
  aspects: Record<string, () => Promise<{ default: AspectDetails }>>;
}

interface Parts {
  core: StandardCoreFile;
  aspect: (aspectId: string) => Promise<AspectDetails | null>;
}

const parts = new Map<string, Promise<Parts | null>>();
const cores = new Map<string, StandardCoreFile>();
const details = new Map<string, AspectDetails>();
const fulls = new Map<string, StandardFile>();
const detailKey = (key: string, aspectId: string) => `${key}#${aspectId}`;

async function partsOf(raw: unknown): Promise<Parts> {
  if (import.meta.env.PROD) {
    const built = raw as StandardParts;
    return {
      core: (await built.core()).default,
      aspect: async (aspectId) => {
        const load = built.aspects[aspectId];
        return load ? (await load()).default : null;
      },
    };
  }
  // Loaded only here, outside the production build, so the app's entry does not carry them.
  const [{ readableStandard }, { aspectDetailsOf, coreOf }] = await Promise.all([import('./readable'), import('./split')]);
  const file = readableStandard((raw as { default: StandardFile }).default);
  return { core: coreOf(file), aspect: async (aspectId) => aspectDetailsOf(file, aspectId) };
}

function loadParts(id: string, version: string): Promise<Parts | null> {
  const key = fileOf(id, version);
  const known = parts.get(key);
  if (known) return known;
  const load = FILES[key];
  const loading = load
    ? load().then(partsOf).then((p) => {
        // A file named for another id or version is not this standard.
        if (p.core.id !== id || p.core.version !== version) return null;
        cores.set(key, p.core);
        return p;
      })
    : Promise.resolve(null);
  // A failed load (a chunk that could not be fetched) is tried again next time.
  loading.catch(() => parts.delete(key));
  parts.set(key, loading);
  return loading;
}

/** A file's core already loaded (null: no such file in this build; undefined: not loaded yet). */
export function loadedStandardCore(id: string, version: string): StandardCoreFile | null | undefined {
  const key = fileOf(id, version);
  if (!(key in FILES)) return null;
  return cores.get(key);
}

/** Loads one standard file's core (by the id and version in its name, as standards/ names them); null if there is none. */
export async function loadStandardCore(id: string, version: string): Promise<StandardCoreFile | null> {
  return (await loadParts(id, version))?.core ?? null;
}

/** The long texts of one aspect's items already loaded (null: no such file or aspect; undefined: not loaded yet). */
export function loadedAspectDetails(id: string, version: string, aspectId: string): AspectDetails | null | undefined {
  const key = fileOf(id, version);
  if (!(key in FILES)) return null;
  const core = cores.get(key);
  if (core && !core.aspects.some((a) => a.id === aspectId)) return null;
  return details.get(detailKey(key, aspectId));
}

/** Loads the long texts of one aspect's items; null when the file or the aspect does not exist. */
export async function loadAspectDetails(id: string, version: string, aspectId: string): Promise<AspectDetails | null> {
  const key = fileOf(id, version);
  const known = details.get(detailKey(key, aspectId));
  if (known) return known;
  // In a build the aspect's chunk is fetched at once, beside the core, not after it.
  const built = import.meta.env.PROD ? BUILT[`${id}-${version}`]?.aspects[aspectId] : undefined;
  const p = built ? null : await loadParts(id, version);
  const d = built ? (await built()).default : p ? await p.aspect(aspectId) : null;
  if (d) details.set(detailKey(key, aspectId), d);
  return d;
}

/** A whole file already loaded (null: no such file in this build; undefined: not loaded yet). */
export function loadedStandard(id: string, version: string): StandardFile | null | undefined {
  const key = fileOf(id, version);
  if (!(key in FILES)) return null;
  return fulls.get(key);
}

/** Loads one whole standard file (its core and every aspect's texts); null if there is none. */
export async function loadStandard(id: string, version: string): Promise<StandardFile | null> {
  const key = fileOf(id, version);
  const known = fulls.get(key);
  if (known) return known;
  const core = await loadStandardCore(id, version);
  if (!core) return null;
  const byAspect: Record<string, AspectDetails> = {};
  for (const [aspectId, d] of await Promise.all(core.aspects.map(async (a) => [a.id, await loadAspectDetails(id, version, a.id)] as const))) {
    if (d) byAspect[aspectId] = d;
  }
  // Imported when first needed: the entry (where this module lives) stays small.
  const { joinStandard } = await import('./split');
  const file = joinStandard(core, byAspect);
  fulls.set(key, file);
  return file;
}

/** The newest Standar Umum in this build (most assessments are on it), from the file names alone. */
function newestUmum(): StandardFileInfo | null {
  const named = Object.keys(FILES)
    .map((key) => /\/(standar-umum)-(\d[^/]*)\.json$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1]!, version: m[2]!, kind: 'umum' as const, appliesTo: [] }));
  return newestUmumOf(named);
}

/** What every standard file in this build says of itself, without loading the files (in a build). */
async function fileInfos(): Promise<StandardFileInfo[]> {
  if (import.meta.env.PROD) return Object.values(BUILT).map((p) => p.info);
  const { allStandards } = await import('./registry');
  return allStandards().map(fileInfoOf);
}

/**
 * The cores of the files new work uses: the newest Standar Umum and, for the institution type, its newest module
 * on that Standar Umum (as ./registry.ts chooses them), loading only those two files' cores.
 */
export async function currentCores(institutionType: string): Promise<{ umum: StandarUmumCore; khusus: StandarKhususCore | null } | null> {
  const files = await fileInfos();
  const u = newestUmumOf(files);
  if (!u) return null;
  const k = khususFor(files, institutionType, u.version);
  const [umum, khusus] = await Promise.all([loadStandardCore(u.id, u.version), k ? loadStandardCore(k.id, k.version) : null]);
  if (umum?.kind !== 'umum') return null;
  return { umum, khusus: khusus?.kind === 'khusus' ? khusus : null };
}

/**
 * Starts loading the newest Standar Umum in this build without waiting for anything: its core, and the texts of the
 * aspect of `itemId` (a question) or of every aspect (`whole`: Hasil, the report). A screen that will open an
 * assessment calls it before reading the assessment, so the downloads and parses overlap the database reads
 * instead of following them.
 */
export function preloadNewestUmum(what: { itemId?: string; whole?: boolean } = {}): void {
  const newest = newestUmum();
  if (!newest) return;
  const ignore = () => undefined;
  if (what.whole) {
    void loadStandard(newest.id, newest.version).catch(ignore);
    return;
  }
  void loadStandardCore(newest.id, newest.version).catch(ignore);
  const aspectId = what.itemId ? /^([A-Z]{2,4})-/.exec(what.itemId)?.[1] : undefined;
  if (aspectId) void loadAspectDetails(newest.id, newest.version, aspectId).catch(ignore);
}
