/**
 * Rows of one assessment as the team merge sees them: a key per row and a short fingerprint of what the row says.
 *
 * - Key: `answer:<itemId>`, `evidence:<id>`, `staff:<id>`, `action:<id>`.
 * - Fingerprint: two 53-bit cyrb53 hashes (seeds 1 and 2) of the row's canonical JSON without `updatedAt`, `createdAt`,
 *   `by` and `assessmentId`, each as 14 lowercase hex digits, joined (28 characters). Who wrote a row and when never
 *   makes it "changed"; only what it says does. Short, so an assessment's stored base (one entry per row, kept per
 *   team member) stays small.
 * - An answer that says nothing (level null, na false, empty note and N/A reason) is the same as no answer: it is
 *   left out of the rows, so clearing an item reads as deleting its answer, and an item opened and left empty on one
 *   phone is no change.
 *
 * The fingerprint detects changes made by people filling a form, not forgery: a collision is astronomically unlikely
 * by accident, but the hash is not cryptographic (a crafted collision could only hide the crafter's own change).
 */
import { canonicalJson } from '../bundle/canonical';
import type { Action } from '../records/action';
import type { Answer } from '../records/assessment';
import type { EvidenceDoc } from '../records/evidence';
import type { StaffMember } from '../records/staff';

export type RowKind = 'answer' | 'evidence' | 'staff' | 'action';
export const ROW_KINDS: readonly RowKind[] = ['answer', 'evidence', 'staff', 'action'];

/** The record type behind each row kind. */
export interface RowOf {
  answer: Answer;
  evidence: EvidenceDoc;
  staff: StaffMember;
  action: Action;
}
export type TeamRow = RowOf[RowKind];

/** The rows of one assessment on one device or in one file (an AssessmentSnapshot is one). */
export interface TeamSide {
  answers: readonly Answer[];
  evidence: readonly EvidenceDoc[];
  staff: readonly StaffMember[];
  actions: readonly Action[];
}

/** A side as the merge returns it: every row once, sorted (answers by itemId, the others by id). */
export interface SortedSide {
  answers: Answer[];
  evidence: EvidenceDoc[];
  staff: StaffMember[];
  actions: Action[];
}

/** Row key → row fingerprint: what a device knows of one copy's rows (stored as TeamMember.base). */
export type RowBase = Record<string, string>;

/** One row with its kind, key and id (the itemId for answers). */
export type KeyedRow = { [K in RowKind]: { rowKind: K; key: string; id: string; row: RowOf[K] } }[RowKind];

export function rowKey(rowKind: RowKind, id: string): string {
  return `${rowKind}:${id}`;
}

/** The kind and id of a row key; null for a key of no known kind. */
export function parseRowKey(key: string): { rowKind: RowKind; id: string } | null {
  const colon = key.indexOf(':');
  if (colon < 0) return null;
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  return (ROW_KINDS as readonly string[]).includes(kind) && id !== '' ? { rowKind: kind as RowKind, id } : null;
}

/**
 * cyrb53 (public domain, bryc): a fast 53-bit string hash over UTF-16 code units. Two seeds give two hashes whose
 * 106 bits together make accidental collisions between rows of one assessment negligible.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const hex14 = (n: number) => n.toString(16).padStart(14, '0');

/** A short hash of any text (28 hex digits). */
export function shortHash(text: string): string {
  return hex14(cyrb53(text, 1)) + hex14(cyrb53(text, 2));
}

/** What a row says: its canonical JSON without who wrote it, when, and which assessment holds it. */
export function rowContent(row: object): string {
  const { updatedAt: _u, createdAt: _c, by: _b, assessmentId: _a, ...rest } = row as Record<string, unknown>;
  return canonicalJson(rest);
}

export function rowFingerprint(row: object): string {
  return shortHash(rowContent(row));
}

/** An answer that says nothing: the same as no answer. */
export function isEmptyAnswer(a: Pick<Answer, 'level' | 'na' | 'naReason' | 'note'>): boolean {
  return a.level === null && !a.na && (a.naReason ?? '') === '' && (a.note ?? '') === '';
}

/** Code-unit order with digit runs compared as numbers ("KLB-1.2" before "KLB-1.10"); never locale-dependent. */
export function naturalCompare(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const dx = x.replace(/^0+/, '');
      const dy = y.replace(/^0+/, '');
      if (dx.length !== dy.length) return dx.length - dy.length;
      if (dx !== dy) return dx < dy ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Row keys in a stable order: by kind (answers, evidence, staff, actions), then by id. */
export function compareRowKeys(a: string, b: string): number {
  const pa = parseRowKey(a);
  const pb = parseRowKey(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return ROW_KINDS.indexOf(pa.rowKind) - ROW_KINDS.indexOf(pb.rowKind) || naturalCompare(pa.id, pb.id);
}

/** Of two rows under one key, the one that counts: the later updatedAt (as answerSummary), then the larger fingerprint. */
function later<T extends TeamRow>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return rowFingerprint(a) >= rowFingerprint(b) ? a : b;
}

/**
 * Every row of a side by key, each key once (a duplicate, which a sound device never holds, resolves to the later
 * row). Answers that say nothing are left out.
 */
export function rowsOf(side: TeamSide): Map<string, KeyedRow> {
  const out = new Map<string, KeyedRow>();
  const put = <K extends RowKind>(rowKind: K, id: string, row: RowOf[K]) => {
    const key = rowKey(rowKind, id);
    const seen = out.get(key);
    const chosen = seen ? later(seen.row as RowOf[K], row) : row;
    out.set(key, { rowKind, key, id, row: chosen } as KeyedRow);
  };
  for (const a of side.answers) if (!isEmptyAnswer(a)) put('answer', a.itemId, a);
  for (const e of side.evidence) put('evidence', e.id, e);
  for (const s of side.staff) put('staff', s.id, s);
  for (const x of side.actions) put('action', x.id, x);
  return out;
}

/** The fingerprint of every row of a side, keys sorted. */
export function baseOf(side: TeamSide): RowBase {
  const rows = rowsOf(side);
  const base: RowBase = {};
  for (const key of [...rows.keys()].sort(compareRowKeys)) base[key] = rowFingerprint(rows.get(key)!.row);
  return base;
}

/** One short code for a whole base (e.g. to check that a side did not change between a preview and its apply). */
export function baseDigest(base: RowBase): string {
  return shortHash(canonicalJson(base));
}

/** A side with every row once and sorted (answers by itemId, the others by id); rows are not copied. */
export function sortedSide(side: TeamSide): SortedSide {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => naturalCompare(a.id, b.id));
  return {
    answers: [...side.answers].sort((a, b) => naturalCompare(a.itemId, b.itemId)),
    evidence: byId(side.evidence),
    staff: byId(side.staff),
    actions: byId(side.actions),
  };
}
