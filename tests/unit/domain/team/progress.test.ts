import { describe, expect, it } from 'vitest';
import { placeItems } from '../../../../src/domain/assessment/open';
import { teamItems } from '../../../../src/domain/team/assignment';
import { contributorsByAspect, memberProgress, teamProgress, UNKNOWN_MEMBER_NAME } from '../../../../src/domain/team/progress';
import { makeKhusus, makeUmum } from '../fixtures';
import { answer, at, member, team } from './helpers';

const items = teamItems(placeItems(makeUmum(), makeKhusus()));
const t = team(
  [
    member('L', 'Bu Kepala', { lead: true, position: 'Kepala panti' }),
    member('A', 'Pak Bendahara', { aspectIds: ['PBY'], packageAt: at(1), receivedAt: at(8) }),
    member('B', 'Bu Peksos', { aspectIds: ['KLB', 'LKA'], packageAt: at(2) }),
  ],
  'L',
);

describe('memberProgress', () => {
  it('counts each member\'s items and how many of them are answered (a level or N/A), with the file times', () => {
    const answers = [
      answer('PBY-1.1', 0),
      answer('PBY-1.2', null),
      answer('KLB-1.1', null, { na: true }),
      answer('KLB-1.2', 3),
      answer('LKA-1.1', null, { note: 'nanti' }),
      answer('SDM-1.1', 4),
    ];
    expect(memberProgress(t, items, answers)).toEqual([
      { memberId: 'L', name: 'Bu Kepala', position: 'Kepala panti', lead: true, assigned: 0, answered: 0, packageAt: null, receivedAt: null },
      { memberId: 'A', name: 'Pak Bendahara', position: '', lead: false, assigned: 2, answered: 1, packageAt: at(1), receivedAt: at(8) },
      { memberId: 'B', name: 'Bu Peksos', position: '', lead: false, assigned: 6, answered: 2, packageAt: at(2), receivedAt: null },
    ]);
    expect(memberProgress(undefined, items, answers)).toEqual([]);
  });
});

describe('teamProgress', () => {
  it("gives the lead the items nobody was given as its share; the members' lines are memberProgress's", () => {
    const answers = [answer('SDM-1.1', 4), answer('PBY-1.1', 0)];
    const unassigned = items.filter((i) => !['PBY', 'KLB', 'LKA'].includes(i.aspectId));
    const [lead, ...others] = teamProgress(t, items, answers);
    expect(lead).toMatchObject({ memberId: 'L', lead: true, assigned: unassigned.length, answered: 1 });
    expect(unassigned.length).toBeGreaterThan(0);
    expect(others).toEqual(memberProgress(t, items, answers).slice(1));
  });
});

describe('contributorsByAspect', () => {
  it('lists who gave each aspect\'s answers, in the team\'s order; answers without by are the lead\'s', () => {
    const answers = [
      answer('KLB-1.1', 2, { by: 'B' }),
      answer('KLB-1.2', 2),
      answer('KLB-2.1', 1, { by: 'A' }),
      answer('KLB-2.2', 1, { by: 'B' }),
      answer('PBY-1.1', 3, { by: 'A' }),
      answer('PBY-1.2', null, { by: 'B' }),
      answer('LKA-1.1', 3, { by: 'gone' }),
      answer('LKA-1.2', null, { na: true, by: 'gone-too' }),
    ];
    const result = contributorsByAspect(items, answers, t);
    expect(result.map((r) => r.aspectId)).toEqual(['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MNV', 'LKA']);
    const of = (id: string) => result.find((r) => r.aspectId === id)!.contributors;
    expect(of('KLB')).toEqual([
      { memberId: 'L', name: 'Bu Kepala', answers: 1 },
      { memberId: 'A', name: 'Pak Bendahara', answers: 1 },
      { memberId: 'B', name: 'Bu Peksos', answers: 2 },
    ]);
    expect(of('PBY')).toEqual([{ memberId: 'A', name: 'Pak Bendahara', answers: 1 }]);
    expect(of('SDM')).toEqual([]);
    expect(of('LKA')).toEqual([{ memberId: null, name: UNKNOWN_MEMBER_NAME, answers: 2 }]);
  });

  it('is empty without a team, and ignores answers to items the instrument lacks', () => {
    expect(contributorsByAspect(items, [answer('KLB-1.1', 2)], undefined)).toEqual([]);
    const r = contributorsByAspect(items, [answer('OLD-1.1', 2, { by: 'A' })], t);
    expect(r.every((x) => x.contributors.length === 0)).toBe(true);
  });
});
