import { describe, expect, it } from 'vitest';
import { afterMerge, chooseBase, selfOf } from '../../../../src/domain/team/base';
import { at, member, team } from './helpers';

const baseA = { 'answer:KLB-1.1': 'a'.repeat(28) };
const advanced = { 'answer:KLB-1.1': 'b'.repeat(28) };
const lead = member('L', 'Bu Kepala', { lead: true });
const a = (extra = {}) => member('A', 'Pak Bendahara', { aspectIds: ['PBY'], ...extra });

const on = (t: ReturnType<typeof team> | undefined) => ({ id: 'as-1', ...(t ? { team: t } : {}) });

describe('chooseBase', () => {
  it('a result of the package the lead cut: the lead\'s entry for the member, advanced by earlier merges', () => {
    const device = on(team([lead, a({ packageAt: at(1), base: advanced, receivedAt: at(5) })], 'L'));
    const file = on(team([lead, a({ packageAt: at(1), base: baseA })], 'A'));
    const chosen = chooseBase(device, file);
    expect(chosen).toEqual({ base: advanced, source: 'merged', from: { id: 'A', name: 'Pak Bendahara', lead: false }, knownMember: true, olderPackage: false });
  });

  it('a result of an older package than the lead last cut: the base the file carries', () => {
    const device = on(team([lead, a({ packageAt: at(9), base: advanced })], 'L'));
    const file = on(team([lead, a({ packageAt: at(1), base: baseA })], 'A'));
    expect(chooseBase(device, file)).toMatchObject({ base: baseA, source: 'package', olderPackage: true, knownMember: true });
  });

  it('a member the device does not know: the base the file carries', () => {
    const device = on(team([lead], 'L'));
    const file = on(team([lead, a({ packageAt: at(1), base: baseA })], 'A'));
    expect(chooseBase(device, file)).toMatchObject({ base: baseA, source: 'package', knownMember: false });
  });

  it('a device without a team takes the file\'s base for its sender', () => {
    expect(chooseBase(on(undefined), on(team([lead, a({ packageAt: at(1), base: baseA })], 'A')))).toMatchObject({ base: baseA, source: 'package' });
  });

  it('on a member\'s phone, a copy from the lead: the member\'s own package', () => {
    const device = on(team([lead, a({ packageAt: at(1), base: baseA })], 'A'));
    const file = on(team([lead, a({ packageAt: at(1), base: advanced, receivedAt: at(4) })], 'L'));
    expect(chooseBase(device, file)).toMatchObject({ base: baseA, source: 'own-package', from: { id: 'L', name: 'Bu Kepala', lead: true } });
  });

  it('on a member\'s phone, a second copy from the lead: the lead\'s entry, advanced by the first merge', () => {
    const device = on(team([{ ...lead, receivedAt: at(6), base: advanced }, a({ packageAt: at(1), base: baseA })], 'A'));
    const file = on(team([lead, a({ packageAt: at(1), base: baseA })], 'L'));
    expect(chooseBase(device, file)).toMatchObject({ base: advanced, source: 'merged' });
  });

  it('on a member\'s phone, a new package for this member: the package the phone was filled on', () => {
    const device = on(team([lead, a({ packageAt: at(1), base: baseA })], 'A'));
    const file = on(team([lead, a({ packageAt: at(9), base: advanced })], 'A'));
    expect(chooseBase(device, file)).toMatchObject({ base: baseA, source: 'own-package', from: { id: 'L', lead: true } });
  });

  it('no team in the file, or nothing known: no base', () => {
    expect(chooseBase(on(team([lead], 'L')), on(undefined))).toEqual({ base: {}, source: 'none', from: null, knownMember: false, olderPackage: false });
    expect(chooseBase(on(team([lead], 'L')), on(team([member('L', 'Bu Kepala', { lead: true })], 'L')))).toMatchObject({ base: {}, source: 'none' });
    expect(chooseBase(on(undefined), on(undefined)).source).toBe('none');
  });

  it('refuses copies of two different assessments', () => {
    expect(() => chooseBase({ id: 'x' }, { id: 'y' })).toThrow(/different assessments/);
  });
});

describe('afterMerge', () => {
  it('advances the sender\'s entry: base, time received, package time', () => {
    const device = team([lead, a({ packageAt: at(1), base: baseA })], 'L');
    const file = { team: team([lead, a({ packageAt: at(1), base: baseA })], 'A') };
    const next = afterMerge(device, file, advanced, at(20))!;
    expect(next.selfId).toBe('L');
    expect(next.members[1]).toMatchObject({ id: 'A', base: advanced, receivedAt: at(20), packageAt: at(1), aspectIds: ['PBY'] });
    expect(next.members[0]).toBe(device.members[0]);
    // The same file again, against the advanced base: chooseBase now picks it.
    expect(chooseBase(on(next), on(file.team))).toMatchObject({ base: advanced, source: 'merged' });
  });

  it('adds a sender the device does not know, never as a second lead', () => {
    const device = team([lead], 'L');
    const stranger = member('Z', 'Kepala lama', { lead: true });
    const next = afterMerge(device, { team: team([stranger], 'Z') }, advanced, at(20))!;
    expect(next.members.map((m) => [m.id, m.lead, m.receivedAt])).toEqual([
      ['L', true, null],
      ['Z', false, at(20)],
    ]);
  });

  it('leaves the team alone when either side has none', () => {
    const device = team([lead], 'L');
    expect(afterMerge(device, {}, advanced, at(20))).toBe(device);
    expect(afterMerge(undefined, { team: team([lead], 'L') }, advanced, at(20))).toBeUndefined();
  });

  it('on a member\'s phone, a new package brings the lead\'s team; the phone\'s own older copy changes nothing', () => {
    const device = team([lead, a({ packageAt: at(1), base: baseA })], 'A');
    const fresh = team([lead, a({ packageAt: at(9), base: advanced, componentIds: ['KLB-2'] })], 'A');
    const next = afterMerge(device, { team: fresh }, advanced, at(20))!;
    expect(next).toEqual(fresh);
    expect(selfOf(next)).toMatchObject({ packageAt: at(9), base: advanced, componentIds: ['KLB-2'] });
    expect(afterMerge(device, { team: team([lead, a({ packageAt: at(1), base: baseA })], 'A') }, advanced, at(20))).toBe(device);
  });
});
