/**
 * The base a file of the same assessment merges against (src/domain/team/merge.ts), and the device's team after it.
 *
 * A file says who it is from by its team's selfId (X). The base is what the device knows both copies last had in
 * common, chosen in this order:
 * 0. 'own-package', on a member's phone, for a new package cut for this member (X is the phone's own member): the
 *    member's own entry, i.e. the package this phone was filled on (not the new one), so the lead's later changes are
 *    taken and the member's own kept.
 * 1. 'merged': the device's own entry for X, when it describes the same package as the file (equal packageAt) and
 *    the device has really cut that package or merged a file of X before: the package's rows, advanced by every
 *    merge since.
 * 2. 'package': the base the file carries for X (the rows X was given in the package), when not empty.
 * 3. 'own-package': on a member's phone, a file from the lead: the member's own entry (the package it was given).
 * 4. 'none': {} (no common ancestor known: every row both copies hold differently is a conflict).
 */
import type { Assessment } from '../records/assessment';
import type { Team, TeamMember } from '../records/team';
import type { RowBase } from './rows';

type WithTeam = Pick<Assessment, 'id'> & { team?: Team | undefined };

export type BaseSource = 'merged' | 'package' | 'own-package' | 'none';

/** The file names this member's phone as its self (a package for this phone, or the phone's own copy). */
const isOwnFile = (self: TeamMember | null, file: WithTeam) => !!self && !self.lead && file.team?.selfId === self.id;

export interface ChosenBase {
  base: RowBase;
  source: BaseSource;
  /**
   * Who the file is from, as the file names them: its team's selfId, or for a package for this phone, its lead;
   * null when the file has no team.
   */
  from: { id: string; name: string; lead: boolean } | null;
  /** The device knows the sender as a member of its team. */
  knownMember: boolean;
  /**
   * The device cut a newer package for the sender after the one the file was filled on (the file is from an older
   * package): still merged, against the older package's rows, but worth saying.
   */
  olderPackage: boolean;
}

export const memberOf = (team: Team | undefined, id: string | undefined): TeamMember | null =>
  (id !== undefined && team?.members.find((m) => m.id === id)) || null;

/** The member this device (or file) is. */
export const selfOf = (team: Team | undefined): TeamMember | null => memberOf(team, team?.selfId);

/** The base to merge `file` (a copy of the same assessment) into `device` against. */
export function chooseBase(device: WithTeam, file: WithTeam): ChosenBase {
  if (device.id !== file.id) throw new Error(`chooseBase: different assessments (${device.id}, ${file.id})`);
  const self = selfOf(device.team);
  if (isOwnFile(self, file)) {
    const lead = file.team!.members.find((m) => m.lead) ?? null;
    return { base: self!.base, source: 'own-package', from: lead && { id: lead.id, name: lead.name, lead: true }, knownMember: true, olderPackage: false };
  }
  const sender = selfOf(file.team);
  const known = memberOf(device.team, sender?.id);
  const from = sender ? { id: sender.id, name: sender.name, lead: sender.lead } : null;
  const olderPackage = !!(known?.packageAt && sender && (sender.packageAt === null || sender.packageAt < known.packageAt));
  const result = (base: RowBase, source: BaseSource): ChosenBase => ({ base, source, from, knownMember: known !== null, olderPackage });

  if (sender && known && known.packageAt === sender.packageAt && (known.packageAt !== null || known.receivedAt !== null)) {
    return result(known.base, 'merged');
  }
  if (sender && Object.keys(sender.base).length > 0) return result(sender.base, 'package');
  if (sender?.lead && self && !self.lead) return result(self.base, 'own-package');
  return result({}, 'none');
}

/**
 * The device's team after merging `file`: the sender's entry holds the file's rows as its base, the time received,
 * and the file's package time (so the next file of the same package merges against it). A sender the device did not
 * know joins its team (never as a second lead). Unchanged when either side has no team.
 *
 * On a member's phone, a new package for this member (a later packageAt for the phone's own member) brings the lead's
 * team as it is now: the phone takes it (its own entry then holds the new package's base); its own older copy changes
 * nothing.
 */
export function afterMerge(deviceTeam: Team | undefined, file: Pick<Assessment, 'team'>, nextBase: RowBase, now: string): Team | undefined {
  const sender = selfOf(file.team);
  if (!deviceTeam || !sender) return deviceTeam;
  const self = selfOf(deviceTeam);
  if (self && !self.lead && sender.id === self.id) {
    const newer = sender.packageAt !== null && (self.packageAt === null || sender.packageAt > self.packageAt);
    return newer ? { members: file.team!.members, selfId: self.id } : deviceTeam;
  }
  const update = (m: TeamMember): TeamMember => ({ ...m, base: nextBase, receivedAt: now, packageAt: sender.packageAt });
  if (deviceTeam.members.some((m) => m.id === sender.id)) {
    return { ...deviceTeam, members: deviceTeam.members.map((m) => (m.id === sender.id ? update(m) : m)) };
  }
  const hasLead = deviceTeam.members.some((m) => m.lead);
  return { ...deviceTeam, members: [...deviceTeam.members, update({ ...sender, lead: sender.lead && !hasLead })] };
}
