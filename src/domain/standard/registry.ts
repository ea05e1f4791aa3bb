import { STANDARD_FILES } from '../../../standards';
import type { StandarKhusus, StandarUmum, StandardFile } from './schema';
import { formatProblem, validateStandardFile } from './validate';
import { readableStandard as readable } from './readable';
import { fileInfoOf, khususFor, newestUmumOf } from './pick';

/** The validated instrument: every standard file, every version. Invalid files throw, naming file, item and field. */
export function loadStandards(files: Record<string, unknown> = STANDARD_FILES): StandardFile[] {
  return Object.entries(files).map(([file, raw]) => {
    const result = validateStandardFile(file, raw);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return readable(result.standard);
  });
}

/**
 * The files as the app reads them at run time. They were validated when the app was built (the
 * precompiled-standards plugin in vite.config.ts validates each file and makes its texts readable), and by the unit
 * tests, so the app does not pay for a zod pass over ~200 items on a slow phone at start-up.
 */
function trustedStandards(files: Record<string, unknown> = STANDARD_FILES): StandardFile[] {
  return (Object.values(files) as StandardFile[]).map((s) => (import.meta.env?.PROD ? s : readable(s)));
}

let cache: StandardFile[] | null = null;
function all(): StandardFile[] {
  return (cache ??= trustedStandards());
}


/** Every file with what it says of itself, for the choices in ./pick.ts. */
const listed = () => all().map((file) => ({ ...fileInfoOf(file), file }));

/** The newest Standar Umum: new assessments start on it. */
export function currentUmum(): StandarUmum {
  const umum = newestUmumOf(listed())?.file;
  if (umum?.kind !== 'umum') throw new Error('Tidak ada Standar Umum di folder standards/');
  return umum;
}

/**
 * The newest standar khusus module for an institution type that is a delta on the given Standar Umum version
 * (a module's major version names the Standar Umum major it was written for), if there is one.
 */
export function currentKhususFor(institutionType: string, umumVersion: string = currentUmum().version): StandarKhusus | null {
  const khusus = khususFor(listed(), institutionType, umumVersion)?.file;
  return khusus?.kind === 'khusus' ? khusus : null;
}

/** The exact version an assessment was started on (an assessment never moves silently). */
export function findStandard(id: string, version: string): StandardFile | null {
  return all().find((s) => s.id === id && s.version === version) ?? null;
}

export function findUmum(id: string, version: string): StandarUmum | null {
  const s = findStandard(id, version);
  return s?.kind === 'umum' ? s : null;
}

export function findKhusus(id: string | null, version: string | null): StandarKhusus | null {
  if (!id || !version) return null;
  const s = findStandard(id, version);
  return s?.kind === 'khusus' ? s : null;
}

export function allStandards(): StandardFile[] {
  return all();
}
