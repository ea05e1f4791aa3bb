import { db } from '../../../src/data/db';
import { startAssessment } from '../../../src/data/assessments';
import { saveInstitution, type InstitutionInput } from '../../../src/data/institutions';
import { makeUmum } from '../domain/fixtures';

/** A valid institution profile as the form would submit it; override what a test cares about. */
export function profileInput(overrides: Partial<InstitutionInput> = {}): InstitutionInput {
  return {
    name: 'Panti Asuhan Harapan',
    type: 'lksa',
    typeOther: '',
    ownership: 'masyarakat',
    registrationNumber: '',
    registrationDate: '',
    registrationExpiry: '',
    permitNumber: '',
    permitDate: '',
    permitExpiry: '',
    address: '',
    kelurahan: '',
    kecamatan: '',
    kabupaten: '',
    province: 'Jawa Barat',
    capacity: 40,
    clientsMale: 10,
    clientsFemale: 12,
    headName: '',
    phone: '',
    email: '',
    ...overrides,
  };
}

export async function clearDatabase(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** A saved institution with a draft assessment on the small fixture standard. */
export async function newAssessment() {
  const inst = await saveInstitution(profileInput());
  return startAssessment(inst, '2026', { umum: makeUmum(), khusus: null });
}

/** Opens the database at `version` with IndexedDB itself, as another tab (older or newer) would. */
export function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
