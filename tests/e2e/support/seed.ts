/**
 * Seeds records straight into the app's IndexedDB (for tests whose subject is not the profile or the
 * questionnaire). Records are validated with the app's zod schemas in Node before they are written, so a seed can
 * never store something the app itself would refuse. The page must have opened the app once (the database exists).
 */
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import {
  answerSchema,
  assessmentSchema,
  institutionSchema,
  staffMemberSchema,
  type Answer,
  type Assessment,
  type Institution,
  type StaffMember,
} from '../../../src/domain/records';
import { currentKhususFor, currentUmum } from '../../../src/domain/standard/registry';

export const DB_NAME = 'swanilai-panti';

export function makeInstitution(overrides: Partial<Institution> = {}): Institution {
  const now = new Date().toISOString();
  return institutionSchema.parse({
    id: randomUUID(),
    name: 'LKSA Harapan Bangsa',
    // A type without a standar khusus module: the Standar Umum alone, so "every item at 4" means a total of 100.
    type: 'lainnya',
    typeOther: 'Panti sosial campuran',
    ownership: 'masyarakat',
    province: 'Jawa Barat',
    capacity: 40,
    clientsMale: 10,
    clientsFemale: 10,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
}

export function makeAssessment(institution: Institution, overrides: Partial<Assessment> = {}): Assessment {
  const now = new Date().toISOString();
  const umum = currentUmum();
  const khusus = currentKhususFor(institution.type);
  return assessmentSchema.parse({
    id: randomUUID(),
    institutionId: institution.id,
    period: '2026',
    standardId: umum.id,
    standardVersion: umum.version,
    khususId: khusus?.id ?? null,
    khususVersion: khusus?.version ?? null,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
}

export function makeAnswer(assessmentId: string, itemId: string, level: 0 | 1 | 2 | 3 | 4, note = ''): Answer {
  return answerSchema.parse({ assessmentId, itemId, level, na: false, note, updatedAt: new Date().toISOString() });
}

export function makeStaff(assessmentId: string, fields: Partial<StaffMember> & Pick<StaffMember, 'role' | 'unsur'>): StaffMember {
  const now = new Date().toISOString();
  return staffMemberSchema.parse({ id: randomUUID(), assessmentId, education: 'S1/D4', employment: 'tetap', createdAt: now, updatedAt: now, ...fields });
}

/** Writes rows into object stores in one transaction (no Blobs: use the UI for files). */
export async function seedStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    async ({ name, stores }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          for (const [store, rows] of Object.entries(stores)) for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, stores },
  );
}

/** Every row of one object store (structured-clone values; Blobs come back as Blobs inside the page only). */
export async function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    async ({ name, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        return await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, store },
  ) as Promise<T[]>;
}

/** An institution with a draft assessment on the current standard, written into the page's database. */
export async function seedInstitutionWithAssessment(
  page: Page,
  options: { institution?: Partial<Institution>; assessment?: Partial<Assessment>; answers?: Answer[] } = {},
): Promise<{ institution: Institution; assessment: Assessment }> {
  const institution = makeInstitution(options.institution);
  const assessment = makeAssessment(institution, options.assessment);
  await seedStores(page, { institutions: [institution], assessments: [assessment], ...(options.answers ? { answers: options.answers } : {}) });
  return { institution, assessment };
}

/** Evidence file rows ({id, blob, thumb}) as the evidence screen stores them; bytes given as base64, turned into Blobs in the page. */
export async function seedEvidenceFiles(page: Page, files: { id: string; mime: string; base64: string; thumbBase64: string | null; thumbMime?: string }[]): Promise<void> {
  await page.evaluate(
    async ({ name, files }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('evidenceFiles', 'readwrite');
          // No named helper functions in here: the test transpiler would wrap them in a __name() the page lacks.
          for (const f of files) {
            const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
            const thumb = f.thumbBase64 ? Uint8Array.from(atob(f.thumbBase64), (c) => c.charCodeAt(0)) : null;
            tx.objectStore('evidenceFiles').put({
              id: f.id,
              blob: new Blob([bytes], { type: f.mime }),
              thumb: thumb ? new Blob([thumb], { type: f.thumbMime ?? f.mime }) : null,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, files },
  );
}

/** Writes an evidence file (bytes given as base64) into the evidenceFiles store as a Blob created in the page. */
export async function seedEvidenceFile(page: Page, id: string, base64: string, mime: string): Promise<void> {
  await page.evaluate(
    async ({ name, id, base64, mime }) => {
      const bin = atob(base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('evidenceFiles', 'readwrite');
          tx.objectStore('evidenceFiles').put({ id, blob: new Blob([bytes], { type: mime }), thumb: null });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, id, base64, mime },
  );
}

/** The bytes (base64) of a stored evidence file, or null. */
export async function readEvidenceFile(page: Page, id: string): Promise<{ base64: string; type: string } | null> {
  return page.evaluate(
    async ({ name, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const row = await new Promise<{ blob: Blob } | undefined>((resolve, reject) => {
          const req = db.transaction('evidenceFiles', 'readonly').objectStore('evidenceFiles').get(id);
          req.onsuccess = () => resolve(req.result as { blob: Blob } | undefined);
          req.onerror = () => reject(req.error);
        });
        if (!row) return null;
        const bytes = new Uint8Array(await row.blob.arrayBuffer());
        let bin = '';
        for (const b of bytes) bin += String.fromCharCode(b);
        return { base64: btoa(bin), type: row.blob.type };
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, id },
  );
}

/** Every object store's rows, as JSON (Blobs become {blob: size}): for "nothing changed" comparisons. */
export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const out: Record<string, unknown[]> = {};
      for (const store of [...db.objectStoreNames].sort()) {
        out[store] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      return JSON.stringify(out, (_k, v) => (v instanceof Blob ? { blob: v.size, type: v.type } : v));
    } finally {
      db.close();
    }
  }, DB_NAME);
}
