import { atLevel } from '../../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import { applyMerge, missingChoices, planMerge, MergeError } from '../../../../src/domain/team/merge';
import { baseOf } from '../../../../src/domain/team/rows';
import { action, answer, at, evidence, side, staff } from './helpers';

const cut = side({
  answers: [answer('KLB-1.1', 1), answer('KLB-1.2', 1), answer('KLB-2.1', 1), answer('PBY-1.1', 2)],
  evidence: [evidence('e1', 'Akta'), evidence('e2', 'SOP')],
  staff: [staff('s1', 'A')],
  actions: [action('x1', 'Susun SOP')],
});
const base = baseOf(cut);

describe('planMerge', () => {
  it('plans nothing when both sides are the base', () => {
    const plan = planMerge(base, cut, cut);
    expect(plan.entries).toEqual([]);
    expect(plan.counts).toEqual({ take: 0, delete: 0, conflict: 0, byRowKind: expect.any(Object) });
  });

  it('takes a row changed only in the file, keeping its by and updatedAt', () => {
    const theirs = side({ ...cut, answers: cut.answers.map((a) => (a.itemId === 'KLB-1.2' ? { ...atLevel(a, 3), by: 'm-1', updatedAt: at(7) } : a)) });
    const plan = planMerge(base, cut, theirs);
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]).toMatchObject({ kind: 'take', change: 'changed', key: 'answer:KLB-1.2', rowKind: 'answer', id: 'KLB-1.2' });
    expect(plan.entries[0]!.mine).toMatchObject({ level: 1 });
    const result = applyMerge(plan, cut);
    const taken = result.side.answers.find((a) => a.itemId === 'KLB-1.2')!;
    expect(taken).toMatchObject({ level: 3, by: 'm-1', updatedAt: at(7) });
    expect(result.taken.map((t) => t.key)).toEqual(['answer:KLB-1.2']);
    expect(result.nextBase).toEqual(baseOf(theirs));
  });

  it('keeps a row changed only on this device', () => {
    const mine = side({ ...cut, staff: [staff('s1', 'B')] });
    const plan = planMerge(base, mine, cut);
    expect(plan.entries).toEqual([]);
    expect(applyMerge(plan, mine).side.staff[0]!.name).toBe('B');
  });

  it('counts the same change on both sides once, and keeps this device\'s row', () => {
    const mine = side({ ...cut, actions: [action('x1', 'Susun SOP baru', { by: 'lead' })] });
    const theirs = side({ ...cut, actions: [action('x1', 'Susun SOP baru', { by: 'm-1', updatedAt: at(3) })] });
    const plan = planMerge(base, mine, theirs);
    expect(plan.entries).toEqual([]);
    expect(applyMerge(plan, mine).side.actions[0]!.by).toBe('lead');
  });

  it('adds a row new in the file, and deletes a row the file deleted, both listed', () => {
    const theirs = side({ ...cut, evidence: [evidence('e1', 'Akta'), evidence('e3', 'Foto')] });
    const plan = planMerge(base, cut, theirs);
    expect(plan.entries.map((e) => [e.kind, e.change, e.key, !!e.mine, !!e.theirs])).toEqual([
      ['delete', 'deleted', 'evidence:e2', true, false],
      ['take', 'added', 'evidence:e3', false, true],
    ]);
    expect(plan.counts.take).toBe(1);
    expect(plan.counts.delete).toBe(1);
    expect(plan.counts.byRowKind.evidence).toEqual({ take: 1, delete: 1, conflict: 0 });
    const result = applyMerge(plan, cut);
    expect(result.side.evidence.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(result.deleted.map((d) => d.key)).toEqual(['evidence:e2']);
    expect(result.deleted[0]!.row).toMatchObject({ title: 'SOP' });
  });

  it('keeps a row only this device added', () => {
    const mine = side({ ...cut, staff: [...cut.staff, staff('s2', 'Baru')] });
    expect(planMerge(base, mine, cut).entries).toEqual([]);
  });

  it('keeps a row only this device deleted', () => {
    const mine = side({ ...cut, actions: [] });
    const plan = planMerge(base, mine, cut);
    expect(plan.entries).toEqual([]);
    expect(applyMerge(plan, mine).side.actions).toEqual([]);
  });

  it('a cleared answer in the file reads as a deletion; an item opened and left empty is no change', () => {
    const theirs = side({ ...cut, answers: [...cut.answers.map((a) => (a.itemId === 'KLB-1.1' ? { ...a, level: null } : a)), answer('MNV-1.1', null)] });
    const plan = planMerge(base, cut, theirs);
    expect(plan.entries.map((e) => [e.kind, e.key])).toEqual([['delete', 'answer:KLB-1.1']]);
    const result = applyMerge(plan, cut);
    expect(result.side.answers.map((a) => a.itemId)).toEqual(['KLB-1.2', 'KLB-2.1', 'PBY-1.1']);
  });

  it('replaces an empty answer row of this device when taking the file\'s answer', () => {
    const mine = side({ ...cut, answers: [...cut.answers, answer('MNV-1.1', null)] });
    const theirs = side({ ...cut, answers: [...cut.answers, answer('MNV-1.1', 2)] });
    const result = applyMerge(planMerge(base, mine, theirs), mine);
    expect(result.side.answers.filter((a) => a.itemId === 'MNV-1.1')).toEqual([answer('MNV-1.1', 2)]);
  });

  it('makes a conflict of a row changed differently on both sides, and of a deletion against a change', () => {
    const mine = side({
      ...cut,
      answers: cut.answers.map((a) => (a.itemId === 'KLB-2.1' ? atLevel(a, 2) : a)),
      evidence: [evidence('e1', 'Akta (salinan)'), evidence('e2', 'SOP')],
      staff: [],
    });
    const theirs = side({
      ...cut,
      answers: cut.answers.map((a) => (a.itemId === 'KLB-2.1' ? atLevel(a, 4) : a)),
      evidence: [evidence('e2', 'SOP')],
      staff: [staff('s1', 'A', { education: 'S1/D4' })],
    });
    const plan = planMerge(base, mine, theirs);
    expect(plan.entries.map((e) => [e.kind, e.change, e.key])).toEqual([
      ['conflict', 'both-changed', 'answer:KLB-2.1'],
      ['conflict', 'deleted-theirs', 'evidence:e1'],
      ['conflict', 'deleted-mine', 'staff:s1'],
    ]);
    expect(plan.counts.conflict).toBe(3);
    expect(missingChoices(plan, { 'answer:KLB-2.1': 'mine' })).toEqual(['evidence:e1', 'staff:s1']);
    expect(() => applyMerge(plan, mine, { 'answer:KLB-2.1': 'mine' })).toThrow(MergeError);
    expect(() => applyMerge(plan, mine)).toThrow(expect.objectContaining({ code: 'choice-missing', keys: ['answer:KLB-2.1', 'evidence:e1', 'staff:s1'] }));

    const allTheirs = applyMerge(plan, mine, { 'answer:KLB-2.1': 'theirs', 'evidence:e1': 'theirs', 'staff:s1': 'theirs' });
    expect(allTheirs.side.answers.find((a) => a.itemId === 'KLB-2.1')!.level).toBe(4);
    expect(allTheirs.side.evidence.map((e) => e.id)).toEqual(['e2']);
    expect(allTheirs.side.staff.map((s) => s.education)).toEqual(['S1/D4']);
    expect(allTheirs.deleted.map((d) => d.key)).toEqual(['evidence:e1']);
    expect(allTheirs.taken.map((d) => d.key)).toEqual(['answer:KLB-2.1', 'staff:s1']);

    const allMine = applyMerge(plan, mine, { 'answer:KLB-2.1': 'mine', 'evidence:e1': 'mine', 'staff:s1': 'mine' });
    expect(allMine.side).toEqual(applyMerge(planMerge(base, mine, mine), mine).side);
    expect(allMine.deleted).toEqual([]);
    expect(allMine.taken).toEqual([]);
  });

  it('without a known base, a row both hold differently is a conflict; a row only one side holds is kept or taken', () => {
    const mine = side({ answers: [answer('KLB-1.1', 1), answer('KLB-1.2', 2)] });
    const theirs = side({ answers: [answer('KLB-1.1', 3), answer('KLB-2.1', 2)] });
    const plan = planMerge({}, mine, theirs);
    expect(plan.entries.map((e) => [e.kind, e.change, e.key])).toEqual([
      ['conflict', 'both-changed', 'answer:KLB-1.1'],
      ['take', 'added', 'answer:KLB-2.1'],
    ]);
  });

  it('refuses an unknown choice and a side changed since the plan', () => {
    const mine = side({ answers: [answer('KLB-1.1', 1)] });
    const theirs = side({ answers: [answer('KLB-1.1', 3)] });
    const plan = planMerge({}, mine, theirs);
    expect(() => applyMerge(plan, mine, { 'answer:KLB-1.1': 'both' as never })).toThrow(expect.objectContaining({ code: 'choice-invalid' }));
    try {
      applyMerge(plan, side({ answers: [answer('KLB-1.1', 2)] }), { 'answer:KLB-1.1': 'theirs' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MergeError);
      expect((e as MergeError).code).toBe('stale-plan');
    }
    // A new timestamp on the same content is not a change.
    expect(applyMerge(plan, side({ answers: [answer('KLB-1.1', 1, { updatedAt: at(9) })] }), { 'answer:KLB-1.1': 'theirs' }).side.answers[0]!.level).toBe(3);
  });

  it('is sorted whatever the input order', () => {
    const theirs = side({ answers: [answer('KLB-1.10', 1), answer('KLB-1.2', 1)], staff: [staff('b', 'B'), staff('a', 'A')] });
    const mine = side({ staff: [staff('c', 'C')] });
    const plan = planMerge({}, mine, theirs);
    expect(plan.entries.map((e) => e.key)).toEqual(['answer:KLB-1.2', 'answer:KLB-1.10', 'staff:a', 'staff:b']);
    const result = applyMerge(plan, mine);
    expect(result.side.answers.map((a) => a.itemId)).toEqual(['KLB-1.2', 'KLB-1.10']);
    expect(result.side.staff.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('merging the same file again changes nothing', () => {
    const mine = side({ ...cut, answers: cut.answers.map((a) => (a.itemId === 'KLB-1.1' ? atLevel(a, 4) : a)) });
    const theirs = side({ ...cut, answers: cut.answers.map((a) => (a.itemId === 'KLB-1.1' ? atLevel(a, 0) : a.itemId === 'PBY-1.1' ? atLevel(a, 4) : a)) });
    const first = applyMerge(planMerge(base, mine, theirs), mine, { 'answer:KLB-1.1': 'mine' });
    const again = planMerge(first.nextBase, first.side, theirs);
    expect(again.entries).toEqual([]);
    expect(applyMerge(again, first.side).side).toEqual(first.side);
  });
});
