import type { InstrumentError } from '../domain/assessment';

/** Indonesian text for the typed errors of src/domain and src/data: the one place where codes become words. */
export function instrumentErrorText(error: InstrumentError): string {
  switch (error.code) {
    case 'standard-unknown':
      return `Standar ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
    case 'module-unknown':
      return `Modul ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
  }
}
