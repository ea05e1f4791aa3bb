/**
 * The walk, in the domain only: the lead gives KLB and PBY to two members, both fill their part offline, one
 * also edits an item the other owns, both files come back in either order: every answer arrives, exactly one
 * conflict, and merging a file again changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../src/domain/records';
import type { Team } from '../../../../src/domain/records/team';
import { placeItems } from '../../../../src/domain/assessment/open';
import { addMember, assign, cutPackage, itemsOfMember, newTeam, teamItems } from '../../../../src/domain/team/assignment';
import { afterMerge, chooseBase } from '../../../../src/domain/team/base';
import { applyMerge, planMerge, type MergeChoices } from '../../../../src/domain/team/merge';
import { contributorsByAspect, memberProgress } from '../../../../src/domain/team/progress';
import type { TeamSide } from '../../../../src/domain/team/rows';
import { makeUmum } from '../fixtures';
import { answer, at, side } from './helpers';

const items = teamItems(placeItems(makeUmum(), null));

interface Device {
  assessment: { id: string; team?: Team };
  rows: TeamSide;
}

/** A write on a phone: the row attributed to the member the phone is. */
function fill(d: Device, itemId: string, level: Answer['level'], minute: number): Device {
  const by = d.assessment.team!.selfId;
  const answers = [...d.rows.answers.filter((a) => a.itemId !== itemId), answer(itemId, level, { by, updatedAt: at(minute) })];
  return { ...d, rows: { ...d.rows, answers } };
}

function importFile(device: Device, file: Device, choose: (keys: string[]) => MergeChoices = () => ({})): { device: Device; conflicts: string[] } {
  const chosen = chooseBase(device.assessment, file.assessment);
  const plan = planMerge(chosen.base, device.rows, file.rows);
  const conflicts = plan.entries.filter((e) => e.kind === 'conflict').map((e) => e.key);
  const result = applyMerge(plan, device.rows, choose(conflicts));
  const team = afterMerge(device.assessment.team, file.assessment, result.nextBase, at(100));
  return { device: { assessment: { ...device.assessment, ...(team ? { team } : {}) }, rows: result.side }, conflicts };
}

function setUp() {
  const ids = (() => {
    let n = 0;
    return () => ['L', 'A', 'B'][n++]!;
  })();
  let t = newTeam('Bu Kepala', 'Kepala panti', ids);
  t = addMember(t, 'Pak Kelembagaan', 'Sekretaris', ids);
  t = addMember(t, 'Bu Bendahara', 'Bendahara', ids);
  t = assign(assign(t, 'A', ['KLB'], []), 'B', ['PBY'], []);
  // The lead answered one item before cutting.
  const rows = side({ answers: [answer('MNV-1.1', 3)] });
  const forA = cutPackage(t, 'A', rows, at(1));
  const forB = cutPackage(forA.lead, 'B', rows, at(1));
  const lead: Device = { assessment: { id: 'as-1', team: forB.lead }, rows };
  let a: Device = { assessment: { id: 'as-1', team: forA.package }, rows };
  let b: Device = { assessment: { id: 'as-1', team: forB.package }, rows };
  for (const id of itemsOfMember(items, forA.package.members[1]!)) a = fill(a, id, 3, 10);
  a = fill(a, 'PBY-1.1', 1, 11); // A also edits an item B owns.
  for (const id of itemsOfMember(items, forB.package.members[2]!)) b = fill(b, id, 4, 12);
  return { lead, a, b };
}

describe('filling as a team, merged with no server', () => {
  for (const order of [['a', 'b'], ['b', 'a']] as const) {
    it(`gets every answer and exactly one conflict (${order.join(' then ')})`, () => {
      const { lead, a, b } = setUp();
      const files = { a, b };
      const first = importFile(lead, files[order[0]]);
      const second = importFile(first.device, files[order[1]], (keys) => Object.fromEntries(keys.map((k) => [k, 'theirs'])));
      expect([...first.conflicts, ...second.conflicts]).toEqual(['answer:PBY-1.1']);
      const merged = second.device;
      const level = (id: string) => merged.rows.answers.find((x) => x.itemId === id)?.level;
      expect(['KLB-1.1', 'KLB-1.2', 'KLB-2.1', 'KLB-2.2'].map(level)).toEqual([3, 3, 3, 3]);
      expect(level('PBY-1.2')).toBe(4);
      expect(level('MNV-1.1')).toBe(3);
      // The conflict was resolved to the second file's value.
      expect(level('PBY-1.1')).toBe(order[1] === 'a' ? 1 : 4);

      // Both files again: nothing to do.
      for (const f of [a, b]) {
        const again = importFile(merged, f);
        expect(again.conflicts).toEqual([]);
        expect(again.device.rows).toEqual(merged.rows);
      }

      const progress = memberProgress(merged.assessment.team, items, merged.rows.answers);
      expect(progress.map((p) => [p.name, p.assigned, p.answered, p.receivedAt])).toEqual([
        ['Bu Kepala', 0, 0, null],
        ['Pak Kelembagaan', 4, 4, at(100)],
        ['Bu Bendahara', 2, 2, at(100)],
      ]);
      const contributors = contributorsByAspect(items, merged.rows.answers, merged.assessment.team);
      const names = (id: string) => contributors.find((c) => c.aspectId === id)!.contributors.map((c) => c.name);
      expect(names('KLB')).toEqual(['Pak Kelembagaan']);
      expect(names('PBY')).toEqual(order[1] === 'a' ? ['Pak Kelembagaan', 'Bu Bendahara'] : ['Bu Bendahara']);
      expect(names('MNV')).toEqual(['Bu Kepala']);
    });
  }

  it('a member who keeps filling after sending a result: the next result brings only the new changes', () => {
    const { lead, a } = setUp();
    const first = importFile(lead, a);
    // The lead changes an item of A's after merging; A changes another and sends again.
    const leadLater = fill(first.device, 'KLB-1.1', 1, 50);
    const aLater = fill(a, 'KLB-1.2', 0, 60);
    const second = importFile(leadLater, aLater);
    expect(second.conflicts).toEqual([]);
    const level = (id: string) => second.device.rows.answers.find((x) => x.itemId === id)?.level;
    expect(level('KLB-1.1')).toBe(1);
    expect(level('KLB-1.2')).toBe(0);
  });

  it('a member\'s phone takes the lead\'s copy: the lead\'s other answers arrive, the member\'s own stay', () => {
    const { lead, a, b } = setUp();
    const merged = importFile(importFile(lead, a).device, b, (keys) => Object.fromEntries(keys.map((k) => [k, 'mine']))).device;
    const onA = importFile(a, merged);
    expect(onA.conflicts).toEqual([]);
    const level = (id: string) => onA.device.rows.answers.find((x) => x.itemId === id)?.level;
    expect(level('PBY-1.2')).toBe(4);
    expect(level('PBY-1.1')).toBe(1);
  });
});
