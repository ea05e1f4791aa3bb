/**
 * Moving an assessment to a newer version of the instrument: a pure plan of what happens to every item, read from
 * the mappings the new version's files declare (`replaces`, `revised`, `retired`), never from code. The plan is
 * shown item by item before anything is written; applying it is one transaction in src/data.
 */
import { replacedSource } from '../standard/replaces';
import type { Answer } from '../records/assessment';
import type { EvidenceDoc } from '../records/evidence';
import type { Action } from '../records/action';
import type { Item, Ownership, StandarKhusus, StandarUmum } from '../standard/schema';
import { placeItems } from '../assessment/open';
import { compareVersions } from '../standard/version';

export interface Instrument {
  umum: StandarUmum;
  khusus: StandarKhusus | null;
}

export type OldAnswer = Pick<Answer, 'itemId' | 'level' | 'na' | 'naReason' | 'note'>;

export type MoveEntry =
  /** Same id, same meaning: the answer stays (with the wording note when the statement was revised). */
  | { kind: 'kept'; item: Item; from: OldAnswer | null; revisedNote: string | null; naDropped: boolean }
  /** A new item that takes over the answer of an older one (declared in the new file with a note). */
  | { kind: 'mapped'; item: Item; fromId: string; from: OldAnswer | null; note: string; naDropped: boolean; others: OldAnswer[] }
  /** A new item with nothing to take over: it needs a new answer. */
  | { kind: 'new'; item: Item }
  /** An old item that is not in the new version: its answer is kept in history, for reference. */
  | { kind: 'dropped'; oldItem: Item; from: OldAnswer | null; reason: string };

export interface MovePlan {
  from: { standardId: string; standardVersion: string; khususId: string | null; khususVersion: string | null };
  to: { standardId: string; standardVersion: string; khususId: string | null; khususVersion: string | null };
  entries: MoveEntry[];
  /** The answers the assessment will hold after the move (one per target item that carries something over). */
  answers: OldAnswer[];
  /** Evidence rows whose linked item ids change, with their new links. */
  evidenceLinks: { id: string; itemIds: string[] }[];
  /** Actions whose item moves to a new id. */
  actionItems: { id: string; itemId: string }[];
  counts: Record<MoveEntry['kind'], number>;
}

const itemsOf = (i: Instrument) => [...i.umum.aspects, ...(i.khusus?.aspects ?? [])].flatMap((a) => a.components.flatMap((c) => c.items));

function hasContent(a: OldAnswer | undefined): a is OldAnswer {
  return !!a && (a.level !== null || a.na || a.note.trim() !== '' || a.naReason.trim() !== '');
}

/** An answer carried to a target item: N/A only survives where the target item still allows it. */
function carry(answer: OldAnswer, target: Item): { answer: OldAnswer; naDropped: boolean } {
  if (answer.na && !target.naAllowed) {
    const note = [answer.note, answer.naReason ? `Dahulu N/A: ${answer.naReason}` : 'Dahulu N/A'].filter(Boolean).join('\n');
    return { answer: { itemId: target.id, level: null, na: false, naReason: '', note }, naDropped: true };
  }
  return { answer: { ...answer, itemId: target.id }, naDropped: false };
}

export function planMove(
  source: Instrument,
  target: Instrument,
  answers: readonly OldAnswer[],
  opts: { ownership?: Ownership | null; evidence?: readonly Pick<EvidenceDoc, 'id' | 'itemIds'>[]; actions?: readonly Pick<Action, 'id' | 'itemId'>[] } = {},
): MovePlan {
  const byId = new Map(answers.filter(hasContent).map((a) => [a.itemId, a]));
  const oldItems = new Map(itemsOf(source).map((i) => [i.id, i]));
  const targetItems = placeItems(target.umum, target.khusus, opts.ownership).map((p) => p.item);
  const targetIds = new Set(itemsOf(target).map((i) => i.id));
  const retiredReason = new Map([...target.umum.retired, ...(target.khusus?.retired ?? [])].map((r) => [r.id, r.reason]));

  const entries: MoveEntry[] = [];
  const next: OldAnswer[] = [];
  /** old id → the target ids that take it over (for evidence links and actions). */
  const successors = new Map<string, string[]>();

  /** Carries an old answer (if any) to a target item; says whether its N/A had to be dropped. */
  const take = (from: OldAnswer | null, item: Item): boolean => {
    if (!from) return false;
    const c = carry(from, item);
    next.push(c.answer);
    return c.naDropped;
  };

  for (const item of targetItems) {
    if (oldItems.has(item.id)) {
      const from = byId.get(item.id) ?? null;
      const naDropped = take(from, item);
      successors.set(item.id, [item.id]);
      entries.push({ kind: 'kept', item, from, revisedNote: item.revised?.note ?? null, naDropped });
      continue;
    }
    const mapping = (item.replaces ?? []).filter((r) => oldItems.has(r.id));
    if (mapping.length) {
      for (const r of mapping) successors.set(r.id, [...(successors.get(r.id) ?? []), item.id]);
      // The first replaced item with an answer gives its answer; the note says which, so the user can check it.
      const withAnswer = replacedSource(item, (id) => oldItems.has(id), (id) => byId.has(id))!;
      const from = byId.get(withAnswer.id) ?? null;
      const naDropped = take(from, item);
      // Answers of the other items it replaces are shown beside it (and stay in the history), never lost silently.
      const others = mapping.filter((r) => r.id !== withAnswer.id).flatMap((r) => (byId.has(r.id) ? [byId.get(r.id)!] : []));
      entries.push({ kind: 'mapped', item, fromId: withAnswer.id, from, note: withAnswer.note, naDropped, others });
      continue;
    }
    entries.push({ kind: 'new', item });
  }

  for (const oldItem of oldItems.values()) {
    if (targetIds.has(oldItem.id) || successors.has(oldItem.id)) continue;
    entries.push({
      kind: 'dropped',
      oldItem,
      from: byId.get(oldItem.id) ?? null,
      reason: retiredReason.get(oldItem.id) ?? 'Tidak ada lagi di versi baru.',
    });
  }

  const evidenceLinks: MovePlan['evidenceLinks'] = [];
  for (const e of opts.evidence ?? []) {
    const moved = [...new Set(e.itemIds.flatMap((id) => successors.get(id) ?? (targetIds.has(id) ? [id] : [])))].sort();
    if (moved.join(',') !== [...e.itemIds].sort().join(',')) evidenceLinks.push({ id: e.id, itemIds: moved });
  }
  const actionItems: MovePlan['actionItems'] = [];
  for (const a of opts.actions ?? []) {
    const to = successors.get(a.itemId)?.[0];
    if (to && to !== a.itemId) actionItems.push({ id: a.id, itemId: to });
  }

  const counts = { kept: 0, mapped: 0, new: 0, dropped: 0 };
  for (const e of entries) counts[e.kind]++;
  return {
    from: {
      standardId: source.umum.id,
      standardVersion: source.umum.version,
      khususId: source.khusus?.id ?? null,
      khususVersion: source.khusus?.version ?? null,
    },
    to: {
      standardId: target.umum.id,
      standardVersion: target.umum.version,
      khususId: target.khusus?.id ?? null,
      khususVersion: target.khusus?.version ?? null,
    },
    entries,
    answers: next,
    evidenceLinks,
    actionItems,
    counts,
  };
}

/** Whether a newer Standar Umum (or module) exists than the one an assessment is on. */
export function newerThan(
  current: { standardVersion: string; khususVersion: string | null; khususId: string | null },
  target: { umum: { version: string }; khusus: { id: string; version: string } | null },
): boolean {
  const newer = (a: string, b: string) => compareVersions(b, a) > 0;
  return newer(current.standardVersion, target.umum.version) || (target.khusus !== null && (current.khususId !== target.khusus.id || (current.khususVersion !== null && newer(current.khususVersion, target.khusus.version))));
}
