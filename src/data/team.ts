import { nextUpdatedAt } from '../domain/records/timestamp';
import { assessmentSchema, teamMemberSchema, type Assessment, type Team, type TeamMember } from '../domain/records';
import { sealBundle, snapshotContent, type Bundle } from '../domain/bundle';
import { cutPackage } from '../domain/team/assignment';
import { db } from './db';
import { assertWritable } from './guard';
import { newId } from './ids';
import { loadSnapshot } from './snapshot';
import { APP_INFO } from './bundleExport';
import { StoreError } from './errors';

export type MemberInput = Pick<TeamMember, 'name' | 'position'>;

/** The lead of a team, or null when this device is a member's phone (or there is no team). */
export function leadOf(team: Team | undefined): TeamMember | null {
  const self = team?.members.find((m) => m.id === team.selfId);
  return self?.lead ? self : null;
}

/**
 * Changes the team of an assessment in one transaction, through the write guard. Only the lead's device (or an
 * assessment without a team yet) may change who does what; a member's phone only fills.
 */
async function changeTeam(assessmentId: string, change: (team: Team | undefined, now: string) => Team | undefined): Promise<Team | undefined> {
  return db.transaction('rw', db.assessments, async () => {
    const current = await db.assessments.get(assessmentId);
    if (!current) throw new StoreError('assessment-missing');
    assertWritable(current);
    if (current.team && !leadOf(current.team)) {
      throw new StoreError('team-lead-only');
    }
    const now = new Date().toISOString();
    const team = change(current.team, now);
    const { team: _old, ...rest } = current;
    const next: Assessment = assessmentSchema.parse({ ...rest, ...(team ? { team } : {}), updatedAt: nextUpdatedAt(current.updatedAt, now) });
    await db.assessments.put(next);
    return next.team;
  });
}

/** Starts filling as a team: the head of the institution (this device) is the first member and the lead. */
export async function startTeam(assessmentId: string, lead: MemberInput): Promise<Team> {
  const team = await changeTeam(assessmentId, (team) => {
    if (team) throw new StoreError('team-exists');
    const member = teamMemberSchema.parse({ ...lead, id: newId(), lead: true });
    return { members: [member], selfId: member.id };
  });
  return team!;
}

export async function addMember(assessmentId: string, input: MemberInput): Promise<TeamMember> {
  const member = teamMemberSchema.parse({ ...input, id: newId() });
  await changeTeam(assessmentId, (team) => {
    if (!team) throw new StoreError('team-missing');
    return { ...team, members: [...team.members, member] };
  });
  return member;
}

export type MemberPatch = Partial<Pick<TeamMember, 'name' | 'position' | 'aspectIds' | 'componentIds'>>;

export async function updateMember(assessmentId: string, memberId: string, patch: MemberPatch): Promise<void> {
  await changeTeam(assessmentId, (team) => {
    if (!team?.members.some((m) => m.id === memberId)) throw new StoreError('member-missing');
    return { ...team, members: team.members.map((m) => (m.id === memberId ? teamMemberSchema.parse({ ...m, ...patch }) : m)) };
  });
}

/** Removes a member (never the lead). Their answers already merged stay; their name is no longer listed for them. */
export async function removeMember(assessmentId: string, memberId: string): Promise<void> {
  await changeTeam(assessmentId, (team) => {
    const member = team?.members.find((m) => m.id === memberId);
    if (!team || !member) return team;
    if (member.lead) throw new StoreError('lead-undeletable');
    return { ...team, members: team.members.filter((m) => m.id !== memberId) };
  });
}

/**
 * A task package for one member: the institution and the assessment as it is now, the member marked as who the
 * receiving phone is, and the rows as cut (the base their result will be merged against). The lead's record keeps
 * the same base and time, in the same transaction as the snapshot is read. No photo files (the package travels by
 * chat; the member's own photos come back in their result).
 */
export async function exportTaskPackage(assessmentId: string, memberId: string): Promise<Bundle> {
  const now = new Date().toISOString();
  const snapshot = await db.transaction('rw', [db.assessments, db.institutions, db.answers, db.staff, db.evidence, db.actions, db.reviews, db.reviewMeta], async () => {
    const snap = await loadSnapshot(assessmentId);
    if (!snap) throw new StoreError('assessment-missing');
    assertWritable(snap.assessment);
    const team = snap.assessment.team;
    if (!team || !leadOf(team)) throw new StoreError('team-lead-only');
    if (!team.members.some((m) => m.id === memberId && !m.lead)) throw new StoreError('member-missing');
    const cut = cutPackage(team, memberId, snap, now);
    const lead: Assessment = { ...snap.assessment, team: cut.lead };
    await db.assessments.put(lead);
    return { ...snap, assessment: { ...lead, team: cut.package, lastItemId: null } };
  });
  return sealBundle(snapshotContent(snapshot, [], 'assessment'), APP_INFO, now);
}
