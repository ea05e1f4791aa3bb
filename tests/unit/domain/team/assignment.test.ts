import { describe, expect, it } from 'vitest';
import { placeItems } from '../../../../src/domain/assessment/open';
import {
  addMember,
  assign,
  checkAssignments,
  cutPackage,
  itemsOfMember,
  newTeam,
  ownerOf,
  ownersOf,
  teamItems,
} from '../../../../src/domain/team/assignment';
import { baseOf } from '../../../../src/domain/team/rows';
import { makeKhusus, makeUmum } from '../fixtures';
import { answer, at, member, side, team } from './helpers';

const items = teamItems(placeItems(makeUmum(), makeKhusus()));
const ids = (() => {
  let n = 0;
  return () => `id-${++n}`;
})();

describe('teamItems', () => {
  it('places every umum and khusus item with its aspect and component, in instrument order', () => {
    expect(items).toHaveLength(18);
    expect(items[0]).toEqual({ itemId: 'KLB-1.1', aspectId: 'KLB', componentId: 'KLB-1' });
    expect(items.at(-1)).toEqual({ itemId: 'LKA-1.2', aspectId: 'LKA', componentId: 'LKA-1' });
  });
});

describe('assignments', () => {
  const t = team(
    [
      member('L', 'Kepala', { lead: true }),
      member('A', 'Bendahara', { aspectIds: ['PBY', 'LKA'] }),
      member('B', 'Peksos', { aspectIds: ['KLB'], componentIds: ['PBY-1', 'MNV-1'] }),
    ],
    'L',
  );

  it('give a member the items under their aspects and components', () => {
    expect(itemsOfMember(items, t.members[1]!)).toEqual(['PBY-1.1', 'PBY-1.2', 'LKA-1.1', 'LKA-1.2']);
    expect(itemsOfMember(items, t.members[2]!)).toEqual(['KLB-1.1', 'KLB-1.2', 'KLB-2.1', 'KLB-2.2', 'PBY-1.1', 'PBY-1.2', 'MNV-1.1', 'MNV-1.2']);
    expect(itemsOfMember(items, t.members[0]!)).toEqual([]);
  });

  it('name the first member an item is given to, or nobody', () => {
    expect(ownerOf(t, 'PBY-1.1', items)?.id).toBe('A');
    expect(ownerOf(t, 'KLB-2.1', items)?.id).toBe('B');
    expect(ownerOf(t, 'SDM-1.1', items)).toBeNull();
    expect(ownerOf(t, 'XYZ-1.1', items)).toBeNull();
    expect(ownerOf(undefined, 'PBY-1.1', items)).toBeNull();
    const owners = ownersOf(t, items);
    expect(owners.get('MNV-1.2')?.id).toBe('B');
    expect(owners.has('SDM-1.1')).toBe(false);
    expect(ownersOf(undefined, items).size).toBe(0);
  });

  it('report items given twice, items given to nobody and ids the instrument lacks', () => {
    const check = checkAssignments(assign(t, 'A', ['PBY', 'LKA', 'OLD'], ['XYZ-9']), items);
    expect(check.overlaps).toEqual([
      { itemId: 'PBY-1.1', memberIds: ['A', 'B'] },
      { itemId: 'PBY-1.2', memberIds: ['A', 'B'] },
    ]);
    expect(check.unassigned).toEqual(['SDM-1.1', 'SDM-1.2', 'SPR-1.1', 'SPR-1.2', 'PSD-1.1', 'PSD-1.2', 'PSD-2.1', 'PSD-2.2']);
    expect(check.unknown).toEqual([
      { memberId: 'A', id: 'OLD' },
      { memberId: 'A', id: 'XYZ-9' },
    ]);
    expect(checkAssignments(undefined, items)).toEqual({ overlaps: [], unassigned: [], unknown: [] });
  });
});

describe('building a team', () => {
  it('starts with the lead as self, adds members and assigns them', () => {
    let t = newTeam(' Bu Kepala ', 'Kepala panti', ids);
    expect(t.members).toHaveLength(1);
    expect(t.members[0]).toMatchObject({ name: 'Bu Kepala', position: 'Kepala panti', lead: true, base: {}, packageAt: null });
    expect(t.selfId).toBe(t.members[0]!.id);
    t = addMember(t, 'Pak Bendahara', 'Bendahara', ids);
    const id = t.members[1]!.id;
    t = assign(t, id, ['PBY', 'PBY'], ['KLB-2']);
    expect(t.members[1]).toMatchObject({ lead: false, aspectIds: ['PBY'], componentIds: ['KLB-2'] });
    expect(() => assign(t, 'nobody', [], [])).toThrow();
  });
});

describe('cutPackage', () => {
  const t = team([member('L', 'Kepala', { lead: true }), member('A', 'Bendahara', { aspectIds: ['PBY'] }), member('B', 'Peksos')], 'L');
  const rows = side({ answers: [answer('KLB-1.1', 2)] });

  it('records the package time and the rows as cut, on the lead\'s team and in the package', () => {
    const { lead, package: pkg } = cutPackage(t, 'A', rows, at(3));
    expect(lead.selfId).toBe('L');
    expect(pkg.selfId).toBe('A');
    for (const x of [lead, pkg]) expect(x.members[1]).toMatchObject({ id: 'A', packageAt: at(3), base: baseOf(rows), aspectIds: ['PBY'] });
    expect(lead.members[2]).toBe(t.members[2]);
    expect(pkg.members).toEqual(lead.members);
  });

  it('is only for a member other than the lead', () => {
    expect(() => cutPackage(t, 'L', rows, at(3))).toThrow(/lead/);
    expect(() => cutPackage(t, 'Z', rows, at(3))).toThrow(/no member/);
  });
});
