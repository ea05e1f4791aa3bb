import type { z } from 'zod';
import {
  NOTE_MAX,
  storedAnswerSchema,
  storedAssessmentSchema,
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
export type Normalised<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const NA_REASON_MAX = 1000;

function asObject(raw: unknown): Record<string, unknown> | null {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : null;
}

function cut(value: unknown, max: number): unknown {
  return typeof value === 'string' && value.length > max ? value.slice(0, max) : value;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): Normalised<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => `${i.path.map(String).join('.') || '(data)'}: ${i.message}`),
  };
}

export function normaliseInstitution(raw: unknown): Normalised<Institution> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): not an object'] };
  // .loose(): fields a newer app added are kept, so a backup restored here and exported again loses nothing.
  return parse(institutionSchema.loose(), o) as Normalised<Institution>;
}

export function normaliseAssessment(raw: unknown): Normalised<Assessment> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): not an object'] };
  return parse(storedAssessmentSchema, o) as Normalised<Assessment>;
}

export function normaliseAnswer(raw: unknown): Normalised<Answer> {
  const o = asObject(raw);
  if (!o) return { ok: false, problems: ['(data): not an object'] };
  o.note = cut(o.note, NOTE_MAX);
  o.naReason = cut(o.naReason, NA_REASON_MAX);
  o.level ??= null;
  return parse(storedAnswerSchema, o) as Normalised<Answer>;
}

export const normalisers = {
  institution: normaliseInstitution,
  assessment: normaliseAssessment,
  answer: normaliseAnswer,
} as const;
export type NormalisableKind = keyof typeof normalisers;

/** Restores one record of the given kind (see the specific functions above). */
export function normalise<K extends NormalisableKind>(kind: K, raw: unknown): ReturnType<(typeof normalisers)[K]> {
  return normalisers[kind](raw) as ReturnType<(typeof normalisers)[K]>;
}

/** Restores many rows; the good ones are kept and each bad one is reported with its index. */
export function normaliseAll<T>(rows: readonly unknown[], one: (raw: unknown) => Normalised<T>): { values: T[]; rejected: { index: number; problems: string[] }[] } {
  const values: T[] = [];
  const rejected: { index: number; problems: string[] }[] = [];
  rows.forEach((row, index) => {
    const r = one(row);
    if (r.ok) values.push(r.value);
    else rejected.push({ index, problems: r.problems });
  });
  return { values, rejected };
}
