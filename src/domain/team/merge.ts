/**
 * The three-way merge of two copies of one assessment, row by row (answers, evidence, staff, actions), against the
 * base: the fingerprints of the rows as both copies last had them in common (src/domain/team/base.ts chooses it).
 *
 * Per row key, with b the base's fingerprint, m mine (this device) and t theirs (the file), each possibly absent:
 * - m = t: nothing to do (also when both made the same change: one change).
 * - t = b: only mine changed, or nothing did: keep mine.
 * - m = b: only theirs changed: take theirs ('take'; 'delete' when theirs is absent, shown as a deletion).
 * - otherwise both changed, differently (a deletion on one side and a change on the other included): 'conflict', for
 *   the user to choose. Nothing is ever taken without being listed in the plan, and no conflict without a choice.
 *
 * Pure and deterministic: the plan and the merged side are sorted, whatever the order of the input rows.
 */
import {
  baseDigest,
  baseOf,
  compareRowKeys,
  isEmptyAnswer,
  rowKey,
  rowsOf,
  sortedSide,
  type KeyedRow,
  type RowBase,
  type RowKind,
  type RowOf,
  type SortedSide,
  type TeamSide,
} from './rows';

export type MergeKind = 'take' | 'delete' | 'conflict';

/**
 * How a row differs from the base:
 * - added: theirs has it, mine and the base do not ('take').
 * - changed: theirs changed it, mine did not ('take').
 * - deleted: theirs deleted it, mine did not change it ('delete').
 * - both-changed: both have it and differ, each changed from the base (or there is no base to tell) ('conflict').
 * - deleted-mine: mine deleted it, theirs changed it ('conflict').
 * - deleted-theirs: theirs deleted it, mine changed it ('conflict').
 */
export type MergeChange = 'added' | 'changed' | 'deleted' | 'both-changed' | 'deleted-mine' | 'deleted-theirs';

export type MergeEntry = {
  [K in RowKind]: {
    kind: MergeKind;
    change: MergeChange;
    key: string;
    rowKind: K;
    /** The row's id; the itemId for an answer. */
    id: string;
    mine: RowOf[K] | null;
    theirs: RowOf[K] | null;
  };
}[RowKind];

export type MergeCounts = Record<MergeKind, number>;

export interface MergePlan {
  /** Every row that a merge would change or that needs a choice, sorted by key (answers, evidence, staff, actions). */
  entries: MergeEntry[];
  counts: MergeCounts & { byRowKind: Record<RowKind, MergeCounts> };
  /** What the device knows of the file's copy after the merge: the fingerprints of the file's rows. */
  nextBase: RowBase;
  /** baseDigest of this device's rows when planned: applyMerge refuses a side that changed since. */
  mineDigest: string;
}

export type MergeChoice = 'mine' | 'theirs';
export type MergeChoices = Readonly<Record<string, MergeChoice | undefined>>;

export interface MergeResult {
  /** This device's rows after the merge: every row once, sorted (answers by itemId, the others by id). */
  side: SortedSide;
  /** To store as the file's member base (src/domain/team/base.ts afterMerge): merging the same file again changes nothing. */
  nextBase: RowBase;
  /** Rows of this device the merge removed (taken deletions, and conflicts resolved to a deleted theirs), sorted by key. */
  deleted: KeyedRow[];
  /** Rows of the file the merge wrote (takes, and conflicts resolved to theirs), sorted by key; evidence here needs its file. */
  taken: KeyedRow[];
}

/** A plan applied to a side that is not the one it was made for, or a conflict left without a choice. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly code: 'choice-missing' | 'choice-invalid' | 'stale-plan',
    readonly keys: readonly string[] = [],
  ) {
    super(message);
    this.name = 'MergeError';
  }
}

const zeroCounts = (): MergeCounts => ({ take: 0, delete: 0, conflict: 0 });

function classify(b: string | undefined, m: string | undefined, t: string | undefined): { kind: MergeKind; change: MergeChange } | null {
  if (m === t) return null;
  if (t === b) return null;
  if (m === b) return t === undefined ? { kind: 'delete', change: 'deleted' } : { kind: 'take', change: m === undefined ? 'added' : 'changed' };
  if (m === undefined) return { kind: 'conflict', change: 'deleted-mine' };
  if (t === undefined) return { kind: 'conflict', change: 'deleted-theirs' };
  return { kind: 'conflict', change: 'both-changed' };
}

/** What merging `theirs` (the file's rows) into `mine` (this device's) would do, against `base` ({} when unknown). */
export function planMerge(base: RowBase, mine: TeamSide, theirs: TeamSide): MergePlan {
  const mineRows = rowsOf(mine);
  const theirRows = rowsOf(theirs);
  const mineBase = baseOf(mine);
  const nextBase = baseOf(theirs);
  const keys = [...new Set([...mineRows.keys(), ...theirRows.keys()])].sort(compareRowKeys);
  const entries: MergeEntry[] = [];
  const counts = { ...zeroCounts(), byRowKind: { answer: zeroCounts(), evidence: zeroCounts(), staff: zeroCounts(), action: zeroCounts() } };
  for (const key of keys) {
    const b = Object.hasOwn(base, key) ? base[key] : undefined;
    const verdict = classify(b, mineBase[key], nextBase[key]);
    if (!verdict) continue;
    const ref = (mineRows.get(key) ?? theirRows.get(key))!;
    entries.push({
      ...verdict,
      key,
      rowKind: ref.rowKind,
      id: ref.id,
      mine: mineRows.get(key)?.row ?? null,
      theirs: theirRows.get(key)?.row ?? null,
    } as MergeEntry);
    counts[verdict.kind]++;
    counts.byRowKind[ref.rowKind][verdict.kind]++;
  }
  return { entries, counts, nextBase, mineDigest: baseDigest(mineBase) };
}

/** Keys of the plan's conflicts that have no valid choice yet. */
export function missingChoices(plan: MergePlan, choices: MergeChoices): string[] {
  return plan.entries.filter((e) => e.kind === 'conflict' && choices[e.key] !== 'mine' && choices[e.key] !== 'theirs').map((e) => e.key);
}

/** Every row of a side by key, answers that say nothing included (unless a row that says something shares the key). */
function allRowsOf(side: TeamSide): Map<string, KeyedRow> {
  const rows = rowsOf(side);
  for (const a of side.answers) {
    const key = rowKey('answer', a.itemId);
    if (isEmptyAnswer(a) && !rows.has(key)) rows.set(key, { rowKind: 'answer', key, id: a.itemId, row: a });
  }
  return rows;
}

/**
 * Applies a plan to the side it was made for. `choices` maps each conflict's key to 'mine' or 'theirs'; a conflict
 * without a choice throws (code 'choice-missing'), as does a side changed since the plan ('stale-plan': plan again).
 * Taken rows are written as the file has them, with their `by` and `updatedAt`.
 */
export function applyMerge(plan: MergePlan, mine: TeamSide, choices: MergeChoices = {}): MergeResult {
  const invalid = Object.entries(choices).filter(([, c]) => c !== undefined && c !== 'mine' && c !== 'theirs').map(([k]) => k);
  if (invalid.length > 0) throw new MergeError(`unknown choices: ${invalid.join(', ')}`, 'choice-invalid', invalid);
  const missing = missingChoices(plan, choices);
  if (missing.length > 0) {
    throw new MergeError(`conflicts without a choice: ${missing.join(', ')}`, 'choice-missing', missing);
  }
  if (baseDigest(baseOf(mine)) !== plan.mineDigest) {
    throw new MergeError('the plan was made for another side', 'stale-plan');
  }

  const rows = allRowsOf(mine);
  const deleted: KeyedRow[] = [];
  const taken: KeyedRow[] = [];
  for (const e of plan.entries) {
    const useTheirs = e.kind === 'conflict' ? choices[e.key] === 'theirs' : true;
    if (!useTheirs) continue;
    if (e.theirs === null) {
      const gone = rows.get(e.key);
      if (gone) deleted.push(gone);
      rows.delete(e.key);
    } else {
      const row = { rowKind: e.rowKind, key: e.key, id: e.id, row: e.theirs } as KeyedRow;
      rows.set(e.key, row);
      taken.push(row);
    }
  }

  const of = <K extends RowKind>(kind: K) => [...rows.values()].filter((r) => r.rowKind === kind).map((r) => r.row as RowOf[K]);
  const byKey = (a: KeyedRow, b: KeyedRow) => compareRowKeys(a.key, b.key);
  return {
    side: sortedSide({ answers: of('answer'), evidence: of('evidence'), staff: of('staff'), actions: of('action') }),
    nextBase: plan.nextBase,
    deleted: deleted.sort(byKey),
    taken: taken.sort(byKey),
  };
}
