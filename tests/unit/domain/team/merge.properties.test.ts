/**
 * Properties of the team merge (issue 20): disjoint edits merge to the same result in any order; a file merged twice
 * changes nothing the second time; no row that differs from the base on either side is dropped without a shown
 * choice; a copy merged into itself plans nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMerge, planMerge, type MergeChoice, type MergePlan } from '../../../../src/domain/team/merge';
import { baseOf, rowKey, type RowBase, type RowKind, type TeamSide } from '../../../../src/domain/team/rows';
import { action, answer, at, evidence, staff } from './helpers';

const KEYS: { rowKind: RowKind; id: string }[] = [
  ...['KLB-1.1', 'KLB-1.2', 'KLB-2.1', 'PBY-1.1', 'PBY-1.2'].map((id) => ({ rowKind: 'answer' as const, id })),
  ...['e1', 'e2', 'e3'].map((id) => ({ rowKind: 'evidence' as const, id })),
  ...['s1', 's2'].map((id) => ({ rowKind: 'staff' as const, id })),
  ...['x1', 'x2'].map((id) => ({ rowKind: 'action' as const, id })),
];
const KEY_NAMES = KEYS.map((k) => rowKey(k.rowKind, k.id));

/** A row's state: absent, or one of a few contents (an answer's variant 0 says nothing: the same as absent). */
type State = number | null;
interface Meta {
  minute: number;
  by: string | undefined;
}
interface Copy {
  states: State[];
  metas: Meta[];
  reversed: boolean;
}

const stateArb: fc.Arbitrary<State> = fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 3 });
const metaArb: fc.Arbitrary<Meta> = fc.record({ minute: fc.integer({ min: 0, max: 500 }), by: fc.constantFrom(undefined, 'lead', 'm-a', 'm-b') });
const copyArb: fc.Arbitrary<Copy> = fc.record({
  states: fc.array(stateArb, { minLength: KEYS.length, maxLength: KEYS.length }),
  metas: fc.array(metaArb, { minLength: KEYS.length, maxLength: KEYS.length }),
  reversed: fc.boolean(),
});

function materialise({ states, metas, reversed }: Copy): TeamSide {
  const s: { [K in keyof TeamSide]: TeamSide[K][number][] } = { answers: [], evidence: [], staff: [], actions: [] };
  KEYS.forEach(({ rowKind, id }, i) => {
    const v = states[i]!;
    if (v === null) return;
    const meta = { updatedAt: at(metas[i]!.minute), ...(metas[i]!.by ? { by: metas[i]!.by } : {}) };
    if (rowKind === 'answer') s.answers.push(answer(id, v === 0 ? null : (v as 1 | 2), meta));
    else if (rowKind === 'evidence') s.evidence.push(evidence(id, `Dokumen ${v}`, meta));
    else if (rowKind === 'staff') s.staff.push(staff(id, `Staf ${v}`, meta));
    else s.actions.push(action(id, `Tindakan ${v}`, meta));
  });
  if (reversed) for (const rows of Object.values(s)) rows.reverse();
  return s;
}

/** A copy with some rows edited (each edit carries its own author and time). */
function edit(copy: Copy, which: boolean[], to: State[], by: string, minute: number): Copy {
  return {
    ...copy,
    states: copy.states.map((s, i) => (which[i] ? to[i]! : s)),
    metas: copy.metas.map((m, i) => (which[i] ? { minute, by } : m)),
  };
}

const choicesFor = (plan: MergePlan, pick: boolean[]): Record<string, MergeChoice> =>
  Object.fromEntries(plan.entries.filter((e) => e.kind === 'conflict').map((e) => [e.key, pick[KEY_NAMES.indexOf(e.key)] ? 'theirs' : 'mine']));

const statesArb = fc.array(stateArb, { minLength: KEYS.length, maxLength: KEYS.length });
const flagsArb = fc.array(fc.boolean(), { minLength: KEYS.length, maxLength: KEYS.length });

describe('team merge properties', () => {
  it('(a) two members\' disjoint edits, cut from the same base, merge to the same result in either order, with no conflict', () => {
    fc.assert(
      fc.property(
        copyArb,
        fc.array(fc.constantFrom('a', 'b', 'lead', 'none'), { minLength: KEYS.length, maxLength: KEYS.length }),
        statesArb,
        statesArb,
        statesArb,
        (cut, owner, toA, toB, toLead) => {
          const base = baseOf(materialise(cut));
          const a = materialise(edit(cut, owner.map((o) => o === 'a'), toA, 'm-a', 600));
          const b = materialise(edit(cut, owner.map((o) => o === 'b'), toB, 'm-b', 601));
          const lead = materialise(edit(cut, owner.map((o) => o === 'lead'), toLead, 'lead', 602));
          const merge = (mine: TeamSide, theirs: TeamSide) => {
            const plan = planMerge(base, mine, theirs);
            expect(plan.counts.conflict).toBe(0);
            return applyMerge(plan, mine).side;
          };
          const ab = merge(merge(lead, a), b);
          const ba = merge(merge(lead, b), a);
          expect(ab).toEqual(ba);
          // Every edit is in the result, whoever made it.
          const expected = baseOf(materialise(edit(edit(edit(cut, owner.map((o) => o === 'a'), toA, 'm-a', 600), owner.map((o) => o === 'b'), toB, 'm-b', 601), owner.map((o) => o === 'lead'), toLead, 'lead', 602)));
          expect(baseOf(ab)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('(b) merging a file twice (the second time against nextBase) plans nothing and changes nothing', () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, fc.boolean(), flagsArb, (b, m, t, knownBase, pick) => {
        const mine = materialise(m);
        const theirs = materialise(t);
        const plan = planMerge(knownBase ? baseOf(materialise(b)) : {}, mine, theirs);
        const first = applyMerge(plan, mine, choicesFor(plan, pick));
        const again = planMerge(first.nextBase, first.side, theirs);
        expect(again.entries).toEqual([]);
        const second = applyMerge(again, first.side);
        expect(second.side).toEqual(first.side);
        expect(second.deleted).toEqual([]);
        expect(second.taken).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) no row that differs from the base on either side is dropped without a shown choice', () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, fc.boolean(), flagsArb, (b, m, t, knownBase, pick) => {
        const base: RowBase = knownBase ? baseOf(materialise(b)) : {};
        const mine = materialise(m);
        const theirs = materialise(t);
        const fm = baseOf(mine);
        const ft = baseOf(theirs);
        const plan = planMerge(base, mine, theirs);
        const choices = choicesFor(plan, pick);
        const result = baseOf(applyMerge(plan, mine, choices).side);
        const planned = new Map(plan.entries.map((e) => [e.key, e]));
        for (const key of KEY_NAMES) {
          const [vb, vm, vt] = [base[key], fm[key], ft[key]];
          if (vm === vt) {
            expect(result[key], key).toBe(vm);
            expect(planned.has(key)).toBe(false);
          } else if (vm === vb) {
            // Changed only in the file: taken (or deleted), and listed.
            expect(result[key], key).toBe(vt);
            expect(planned.get(key)?.kind).toBe(vt === undefined ? 'delete' : 'take');
          } else if (vt === vb) {
            // Changed only on this device: kept.
            expect(result[key], key).toBe(vm);
            expect(planned.has(key)).toBe(false);
          } else {
            // Changed on both, differently: a conflict, and the result is the side chosen.
            expect(planned.get(key)?.kind, key).toBe('conflict');
            expect(result[key], key).toBe(choices[key] === 'theirs' ? vt : vm);
          }
        }
        // Nothing outside the two sides appears.
        for (const key of Object.keys(result)) expect(key in fm || key in ft).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('(d) merging a copy into itself plans nothing, whatever the base, the times, the authors or the order', () => {
    fc.assert(
      fc.property(copyArb, copyArb, fc.array(metaArb, { minLength: KEYS.length, maxLength: KEYS.length }), fc.boolean(), (b, m, otherMetas, knownBase) => {
        const mine = materialise(m);
        const same = materialise({ ...m, metas: otherMetas, reversed: !m.reversed });
        const plan = planMerge(knownBase ? baseOf(materialise(b)) : {}, mine, same);
        expect(plan.entries).toEqual([]);
        expect(applyMerge(plan, mine).side).toEqual(applyMerge(planMerge({}, mine, mine), mine).side);
      }),
      { numRuns: 300 },
    );
  });

  it('plans the same whatever order the rows come in', () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, (b, m, t) => {
        const base = baseOf(materialise(b));
        const flip = (c: Copy) => materialise({ ...c, reversed: !c.reversed });
        expect(planMerge(base, flip(m), flip(t)).entries).toEqual(planMerge(base, materialise(m), materialise(t)).entries);
      }),
      { numRuns: 200 },
    );
  });
});
