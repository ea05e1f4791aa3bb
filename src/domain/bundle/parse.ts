import type { z } from 'zod';
import { id as indonesian } from 'zod/v4/locales';
import { integrityMatches } from './integrity';
import type { BundleProblem } from './problems';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MAX_BUNDLE_BYTES, bundleSchema, type Bundle } from './schema';

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

/** How many problems a rejected file lists (the rest are counted). */
export const MAX_PROBLEMS = 5;

/** Keys that could reach an object's prototype if some later code copied them; they are dropped while parsing. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * False only when no key of the text can be one of HOSTILE_KEYS: each would have to appear literally ("proto" covers
 * __proto__ and prototype) or be spelt with a \u escape (the only JSON escape that yields letters or "_").
 * Then the text is parsed without the reviver, which costs several times the parse itself; otherwise with it.
 */
function mayHoldHostileKey(text: string): boolean {
  return text.includes('proto') || text.includes('constructor') || text.includes('\\u');
}

/**
 * True when the text ends inside a string or with objects/arrays still open: the file was cut off
 * (an interrupted download or a message that was truncated), as opposed to text that is simply not JSON.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92 /* \ */) escaped = true;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return inString || depth > 0;
}

function listed(problems: BundleProblem[]): BundleProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { code: 'more', count: problems.length - MAX_PROBLEMS }];
}

function zodProblems(error: z.ZodError): BundleProblem[] {
  return listed(
    error.issues.map((issue) => {
      const field = ([...issue.path].reverse().find((p) => typeof p === 'string') as string | undefined) ?? null;
      return { code: 'invalid-field', path: issue.path, field, message: issue.message };
    }),
  );
}

function toText(input: string | Uint8Array | ArrayBuffer): { ok: true; text: string } | { ok: false; problem: BundleProblem } {
  if (typeof input === 'string') {
    // A string's UTF-8 size is at least its length; checking the length avoids encoding a huge string first.
    if (input.length > MAX_BUNDLE_BYTES) return { ok: false, problem: tooLarge(input.length) };
    return { ok: true, text: input };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > MAX_BUNDLE_BYTES) return { ok: false, problem: tooLarge(bytes.byteLength) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: 'not-text' } };
  }
}

function tooLarge(bytes: number): BundleProblem {
  return { code: 'too-large', bytes, limit: MAX_BUNDLE_BYTES };
}

/**
 * Reads a bundle file (text or bytes) and checks everything before the caller may write anything:
 * size, JSON syntax, truncation, format and its version, the zod schema, and the SHA-256 over the content.
 * Never throws: every failure comes back as problems (codes), the schema's naming the path of the first few.
 */
export async function parseBundle(input: string | Uint8Array | ArrayBuffer): Promise<ParseResult> {
  try {
    return await parseUnsafe(input);
  } catch (error) {
    // Anything unforeseen (e.g. a stack overflow on absurdly nested input) still only rejects the file.
    return { ok: false, problems: [{ code: 'unreadable', errorName: error instanceof Error ? error.name : 'Error' }] };
  }
}

/** Ids that occur twice in one collection of a file: the preview's counts would not be what is written. */
function duplicateIds(b: Bundle): BundleProblem[] {
  const out: BundleProblem[] = [];
  const check = (collection: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) {
        out.push({ code: 'duplicate-id', collection, key: k.replace('\u0000', ' ') });
        return;
      }
      seen.add(k);
    }
  };
  check('institutions', b.institutions.map((r) => r.id));
  check('assessments', b.assessments.map((r) => r.id));
  check('answers', b.answers.map((r) => `${r.assessmentId}\u0000${r.itemId}`));
  check('staff', b.staff.map((r) => r.id));
  check('evidence', b.evidence.map((r) => r.id));
  check('files', b.files.map((r) => r.id));
  check('actions', b.actions.map((r) => r.id));
  check('reviews', b.reviews.map((r) => `${r.assessmentId}\u0000${r.itemId}`));
  return out;
}

/**
 * Patokan aplikasi: no instrument has 1,000 items, so a file with more answers (or reviews) for one assessment is not
 * one this app made; staff, evidence and actions get a generous 10,000. Checked here, per file, so that nothing
 * imported can later make the device's own backup too large to restore.
 */
export const MAX_PER_ASSESSMENT = { answers: 1000, reviews: 1000, staff: 10_000, evidence: 10_000, actions: 10_000 } as const;

function oversizedAssessments(b: Bundle): BundleProblem[] {
  const out: BundleProblem[] = [];
  for (const key of Object.keys(MAX_PER_ASSESSMENT) as (keyof typeof MAX_PER_ASSESSMENT)[]) {
    const counts = new Map<string, number>();
    for (const r of b[key] as { assessmentId: string }[]) counts.set(r.assessmentId, (counts.get(r.assessmentId) ?? 0) + 1);
    for (const [id, n] of counts)
      if (n > MAX_PER_ASSESSMENT[key]) out.push({ code: 'too-many-rows', assessmentId: id.slice(0, 60), collection: key, count: n, limit: MAX_PER_ASSESSMENT[key] });
  }
  return out;
}

async function parseUnsafe(input: string | Uint8Array | ArrayBuffer): Promise<ParseResult> {
  const read = toText(input);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const text = read.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problems: [{ code: 'empty' }] };

  let data: unknown;
  try {
    data = mayHoldHostileKey(text) ? JSON.parse(text, (key, value: unknown) => (HOSTILE_KEYS.has(key) ? undefined : value)) : JSON.parse(text);
  } catch (error) {
    if (looksTruncated(text)) {
      return { ok: false, problems: [{ code: 'truncated' }] };
    }
    return { ok: false, problems: [{ code: 'not-json', detail: error instanceof SyntaxError ? error.message : null }] };
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'not-an-object' }] };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    return { ok: false, problems: [{ code: 'not-a-bundle' }] };
  }
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isFinite(version) && version > BUNDLE_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'newer-format', version, supported: BUNDLE_FORMAT_VERSION }] };
  }

  // zod's own message for a refused field, in the locale every screen uses (the recap's worker loads no screen).
  const parsed = bundleSchema.safeParse(data, { error: indonesian().localeError });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };

  // The code is checked over the raw content first (fields a newer app added are covered and kept); files written
  // before a field got a default were sealed over the normalised content, which the schema's output reproduces.
  const duplicates = duplicateIds(parsed.data);
  if (duplicates.length) {
    return { ok: false, problems: listed(duplicates) };
  }
  const oversized = oversizedAssessments(parsed.data);
  if (oversized.length) return { ok: false, problems: listed(oversized) };
  if (!(await integrityMatches(record, parsed.data, parsed.data.integrity))) {
    return { ok: false, problems: [{ code: 'integrity-mismatch' }] };
  }
  return { ok: true, bundle: parsed.data };
}
