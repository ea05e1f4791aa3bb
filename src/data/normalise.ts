import type { z } from 'zod';
import {
  NOTE_MAX,
  answerSchema,
  assessmentSchema,
  institutionSchema,
  type Answer,
  type Assessment,
  type Institution,
} from '../domain/records';

/**
 * Pure normalisation of anything read from the database or imported from a file: fills the defaults of
 * fields added by later versions (via the zod record schemas) and repairs the few things that can be repaired
 * without guessing (over-long free text is cut at its limit). Anything else that does not fit the schema is
 * rejected with its problems named, never written half-valid.
 */
export type Restored<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const NA_REASON_MAX = 1000;

function asObject(raw: unknown): Record<string, unknown> | null {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : null;
}

function cut(value: unknown, max: number): unknown {
  return typeof value === 'string' && value.length > max ? value.slice(0, max) : value;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): Restored<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.map(String).join('.') || '(data)'}: ${i.message}`),
  };
}

export function restoreInstitution(raw: unknown): Restored<Institution> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): bukan objek'] };
  // .loose(): fields a newer app added are kept, so a backup restored here and exported again loses nothing.
  return parse(institutionSchema.loose(), o) as Restored<Institution>;
}

export function restoreAssessment(raw: unknown): Restored<Assessment> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): bukan objek'] };
  // Version 1 records had no status: they were drafts.
  o.status ??= 'draft';
  return parse(assessmentSchema.loose(), o) as Restored<Assessment>;
}

export function restoreAnswer(raw: unknown): Restored<Answer> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): bukan objek'] };
  o.note = cut(o.note, NOTE_MAX);
  o.naReason = cut(o.naReason, NA_REASON_MAX);
  o.level ??= null;
  return parse(answerSchema.loose(), o) as Restored<Answer>;
}

export const restorers = {
  institution: restoreInstitution,
  assessment: restoreAssessment,
  answer: restoreAnswer,
} as const;
export type RestorableKind = keyof typeof restorers;

/** Restores one record of the given kind (see the specific functions above). */
export function restore<K extends RestorableKind>(kind: K, raw: unknown): ReturnType<(typeof restorers)[K]> {
  return restorers[kind](raw) as ReturnType<(typeof restorers)[K]>;
}

/** Restores many rows; the good ones are kept and each bad one is reported with its index. */
export function restoreAll<T>(rows: readonly unknown[], one: (raw: unknown) => Restored<T>): { values: T[]; rejected: { index: number; problems: string[] }[] } {
  const values: T[] = [];
  const rejected: { index: number; problems: string[] }[] = [];
  rows.forEach((row, index) => {
    const r = one(row);
    if (r.ok) values.push(r.value);
    else rejected.push({ index, problems: r.problems });
  });
  return { values, rejected };
}
