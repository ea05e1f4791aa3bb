import { compareVersions } from './version';

/**
 * Which standard file new work uses, from what every file says of itself (id, version, kind, types it applies to):
 * the same choice whether the files are loaded (./registry.ts) or only listed (./lazy.ts, from the build's list).
 */
export interface StandardFileInfo {
  id: string;
  version: string;
  kind: 'umum' | 'khusus';
  /** Institution types a standar khusus applies to (empty for the Standar Umum). */
  appliesTo: readonly string[];
}

const newestFirst = (a: { version: string }, b: { version: string }) => compareVersions(b.version, a.version);
const major = (version: string) => version.split('.')[0];

/** The newest Standar Umum: new assessments start on it. */
export function newestUmumOf<F extends StandardFileInfo>(files: readonly F[]): F | null {
  return files.filter((f) => f.kind === 'umum').sort(newestFirst)[0] ?? null;
}

/**
 * The newest standar khusus module for an institution type that is a delta on the given Standar Umum version
 * (a module's major version names the Standar Umum major it was written for), if there is one.
 */
export function khususFor<F extends StandardFileInfo>(files: readonly F[], institutionType: string, umumVersion: string): F | null {
  return (
    files
      .filter((f) => f.kind === 'khusus' && f.appliesTo.includes(institutionType) && major(f.version) === major(umumVersion))
      .sort(newestFirst)[0] ?? null
  );
}

export function fileInfoOf(file: { id: string; version: string; kind: 'umum' | 'khusus'; appliesTo?: readonly string[] }): StandardFileInfo {
  return { id: file.id, version: file.version, kind: file.kind, appliesTo: file.appliesTo ?? [] };
}
