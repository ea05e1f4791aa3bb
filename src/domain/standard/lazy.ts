/**
 * The instrument one file at a time, for the screens on the first-question path: each standard file is its own
 * chunk (loaded on demand, precached by the service worker like every chunk), so opening an assessment loads the
 * Standar Umum and the standar khusus it was started on, not every version of every module.
 *
 * In the production build each file was validated and made readable when the app was built (the
 * precompiled-standards plugin in vite.config.ts); elsewhere (unit tests) its texts are made readable here.
 * The whole registry (./registry.ts) stays the way for screens that list or compare every version.
 */
import type { StandardFile } from './schema';
import { readableStandard } from './readable';

const FILES = import.meta.glob<StandardFile>(['../../../standards/standar-umum-*.json', '../../../standards/khusus-*.json'], {
  import: 'default',
});

const fileOf = (id: string, version: string) => `../../../standards/${id}-${version}.json`;
const loaded = new Map<string, StandardFile>();

/** A file already loaded (null: no such file in this build; undefined: not loaded yet). */
export function loadedStandard(id: string, version: string): StandardFile | null | undefined {
  const key = fileOf(id, version);
  if (!(key in FILES)) return null;
  return loaded.get(key);
}

/** Loads one standard file (by the id and version in its name, as standards/ names them); null if there is none. */
export async function loadStandard(id: string, version: string): Promise<StandardFile | null> {
  const key = fileOf(id, version);
  const load = FILES[key];
  if (!load) return null;
  const cached = loaded.get(key);
  if (cached) return cached;
  const raw = await load();
  // A file named for another id or version is not this standard.
  if (raw.id !== id || raw.version !== version) return null;
  const standard = import.meta.env.PROD ? raw : readableStandard(raw);
  loaded.set(key, standard);
  return standard;
}

/**
 * Starts loading the newest Standar Umum in this build (most assessments are on it) without waiting for anything:
 * a screen that will open an assessment calls it before reading the assessment, so the file's download and parse
 * overlap the database reads instead of following them.
 */
export function preloadNewestUmum(): void {
  const newest = Object.keys(FILES)
    .map((key) => /\/(standar-umum)-(\d[^/]*)\.json$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => b[2]!.localeCompare(a[2]!, undefined, { numeric: true }))[0];
  if (newest) void loadStandard(newest[1]!, newest[2]!).catch(() => undefined);
}
