import { useLiveQuery } from 'dexie-react-hooks';
import { nextUpdatedAt } from '../domain/records/timestamp';
import { institutionSchema, type Institution } from '../domain/records';
import { db } from './db';
import { newId } from './ids';
import { normaliseInstitution } from './normalise';
import { requestPersistenceAfterFirstSave } from './storage';

/** What the profile form edits: everything but the id and timestamps. */
export type InstitutionInput = Omit<Institution, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Creates (no id) or updates an institution profile. The record is validated with the zod schema before it is
 * written, so an invalid profile never reaches the database. Returns the stored record.
 */
export async function saveInstitution(input: InstitutionInput, id?: string): Promise<Institution> {
  const now = new Date().toISOString();
  const saved = await db.transaction('rw', db.institutions, async () => {
    const existing = id ? await db.institutions.get(id) : undefined;
    const record = institutionSchema.parse({
      ...input,
      id: id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: nextUpdatedAt(existing?.updatedAt, now),
    });
    await db.institutions.put(record);
    return record;
  });
  void requestPersistenceAfterFirstSave();
  return saved;
}

export async function getInstitution(id: string): Promise<Institution | null> {
  const raw = await db.institutions.get(id);
  if (!raw) return null;
  const r = normaliseInstitution(raw);
  return r.ok ? r.value : null;
}

export async function listInstitutions(): Promise<Institution[]> {
  const rows = await db.institutions.orderBy('name').toArray();
  return rows.flatMap((raw) => {
    const r = normaliseInstitution(raw);
    return r.ok ? [r.value] : [];
  });
}

/** Live: undefined while loading, null when there is no such institution. */
export function useInstitution(id: string | null | undefined): Institution | null | undefined {
  return useLiveQuery(async () => (id ? getInstitution(id) : null), [id]);
}

export function useInstitutions(): Institution[] | undefined {
  return useLiveQuery(listInstitutions, []);
}
