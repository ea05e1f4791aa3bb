/**
 * How far the team is (the lead's Beranda) and who answered what (Hasil and the report).
 */
import type { Answer } from '../records/assessment';
import type { Team, TeamMember } from '../records/team';
import { checkAssignments, isAssigned, type TeamItem } from './assignment';

/** Answered: a level, or N/A (as the questionnaire counts it). */
export const isAnswered = (a: Pick<Answer, 'level' | 'na'>): boolean => a.level !== null || a.na;

export interface MemberProgress {
  memberId: string;
  name: string;
  position: string;
  lead: boolean;
  /** Items under the member's aspects and components. */
  assigned: number;
  /** Of those, how many are answered on this device (by anyone). */
  answered: number;
  packageAt: string | null;
  receivedAt: string | null;
}

/** Per member in the team's order; [] without a team. */
export function memberProgress(team: Team | undefined, items: readonly TeamItem[], answers: readonly Pick<Answer, 'itemId' | 'level' | 'na'>[]): MemberProgress[] {
  if (!team) return [];
  const answered = new Set(answers.filter(isAnswered).map((a) => a.itemId));
  return team.members.map((m) => {
    const mine = items.filter((i) => isAssigned(m, i));
    return {
      memberId: m.id,
      name: m.name,
      position: m.position,
      lead: m.lead,
      assigned: mine.length,
      answered: mine.filter((i) => answered.has(i.itemId)).length,
      packageAt: m.packageAt,
      receivedAt: m.receivedAt,
    };
  });
}

/**
 * memberProgress as the team's screens show it: the lead's share is the items nobody was given (the lead fills them
 * on the main device), not the lead's own ticks.
 */
export function teamProgress(team: Team | undefined, items: readonly TeamItem[], answers: readonly Pick<Answer, 'itemId' | 'level' | 'na'>[]): MemberProgress[] {
  const unassigned = checkAssignments(team, items).unassigned;
  const answered = new Set(answers.filter(isAnswered).map((a) => a.itemId));
  return memberProgress(team, items, answers).map((m) =>
    m.lead ? { ...m, assigned: unassigned.length, answered: unassigned.filter((id) => answered.has(id)).length } : m,
  );
}

/** The name shown for answers whose member is no longer (or never was) in the team. */
export const UNKNOWN_MEMBER_NAME = 'Anggota tim lain';

export interface Contributor {
  /** The member id; null for answers by members the team does not list. */
  memberId: string | null;
  name: string;
  /** Answered items of the aspect this member gave. */
  answers: number;
}

export interface AspectContributors {
  aspectId: string;
  contributors: Contributor[];
}

/**
 * For each aspect (in instrument order), the members who gave its answers, in the team's order (members the team
 * does not list last, as one). Answers without `by` are the lead's (rows written before the team was formed, or on
 * the main device). Only answered items count. [] without a team.
 */
export function contributorsByAspect(
  items: readonly Pick<TeamItem, 'itemId' | 'aspectId'>[],
  answers: readonly Pick<Answer, 'itemId' | 'level' | 'na' | 'by'>[],
  team: Team | undefined,
): AspectContributors[] {
  if (!team) return [];
  const lead = team.members.find((m) => m.lead) ?? null;
  const aspectOf = new Map(items.map((i) => [i.itemId, i.aspectId]));
  const order = [...new Set(items.map((i) => i.aspectId))];
  const index = new Map<string, TeamMember>(team.members.map((m) => [m.id, m]));
  // aspect → member id ('' for unknown) → count; one answer per item (a duplicate row counts once, the later wins).
  const byItem = new Map<string, Pick<Answer, 'itemId' | 'level' | 'na' | 'by'>>();
  for (const a of answers) if (aspectOf.has(a.itemId)) byItem.set(a.itemId, a);
  const counts = new Map<string, Map<string, number>>();
  for (const a of byItem.values()) {
    if (!isAnswered(a)) continue;
    const who = a.by ?? lead?.id ?? '';
    const memberKey = index.has(who) ? who : '';
    const aspect = aspectOf.get(a.itemId)!;
    const perAspect = counts.get(aspect) ?? new Map<string, number>();
    perAspect.set(memberKey, (perAspect.get(memberKey) ?? 0) + 1);
    counts.set(aspect, perAspect);
  }
  return order.map((aspectId) => {
    const perAspect = counts.get(aspectId) ?? new Map<string, number>();
    const contributors: Contributor[] = team.members
      .filter((m) => perAspect.has(m.id))
      .map((m) => ({ memberId: m.id, name: m.name, answers: perAspect.get(m.id)! }));
    if (perAspect.has('')) contributors.push({ memberId: null, name: UNKNOWN_MEMBER_NAME, answers: perAspect.get('')! });
    return { aspectId, contributors };
  });
}
