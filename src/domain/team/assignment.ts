/**
 * Who fills what: a member is given aspects and components of the assessment's instrument (the Standar Umum aspects
 * and the standar khusus module's aspect alike), and the items under them are theirs. The same item may be given to
 * two members (checkAssignments reports it); the first member in the team's order is its owner.
 */
import type { ItemCoreFields } from '../standard/schema';
import type { PlacedItem } from '../assessment/open';
import type { Team, TeamMember } from '../records/team';
import { baseOf, type TeamSide } from './rows';

/** One item of the instrument with where it sits (placeItems gives them in instrument order). */
export interface TeamItem {
  itemId: string;
  aspectId: string;
  componentId: string;
}

/** The items of an opened assessment (openAssessment(...).items, or placeItems(umum, khusus, ownership)). */
export function teamItems(placed: readonly Pick<PlacedItem<ItemCoreFields>, 'item' | 'aspect' | 'component'>[]): TeamItem[] {
  return placed.map((p) => ({ itemId: p.item.id, aspectId: p.aspect.id, componentId: p.component.id }));
}

type Assigned = Pick<TeamMember, 'aspectIds' | 'componentIds'>;

export function isAssigned(member: Assigned, item: TeamItem): boolean {
  return member.aspectIds.includes(item.aspectId) || member.componentIds.includes(item.componentId);
}

/** The ids of the items under the member's aspects and components, in instrument order. */
export function itemsOfMember(items: readonly TeamItem[], member: Assigned): string[] {
  return items.filter((i) => isAssigned(member, i)).map((i) => i.itemId);
}

/** The member an item is given to (the first in the team's order), or null when nobody has it (or there is no team). */
export function ownerOf(team: Team | undefined, itemId: string, items: readonly TeamItem[]): TeamMember | null {
  const item = items.find((i) => i.itemId === itemId);
  if (!team || !item) return null;
  return team.members.find((m) => isAssigned(m, item)) ?? null;
}

/** Every assigned item's owner, by item id (for lists: one pass instead of ownerOf per item). */
export function ownersOf(team: Team | undefined, items: readonly TeamItem[]): Map<string, TeamMember> {
  const out = new Map<string, TeamMember>();
  if (!team) return out;
  for (const item of items) {
    const owner = team.members.find((m) => isAssigned(m, item));
    if (owner) out.set(item.itemId, owner);
  }
  return out;
}

export interface AssignmentCheck {
  /** Items given to more than one member, with those members' ids in the team's order. */
  overlaps: { itemId: string; memberIds: string[] }[];
  /** Items nobody has been given (the lead fills them, or gives them out), in instrument order. */
  unassigned: string[];
  /** Assigned aspect or component ids the instrument does not have (e.g. after a move to a newer version). */
  unknown: { memberId: string; id: string }[];
}

export function checkAssignments(team: Team | undefined, items: readonly TeamItem[]): AssignmentCheck {
  const result: AssignmentCheck = { overlaps: [], unassigned: [], unknown: [] };
  if (!team) return result;
  for (const item of items) {
    const memberIds = team.members.filter((m) => isAssigned(m, item)).map((m) => m.id);
    if (memberIds.length === 0) result.unassigned.push(item.itemId);
    else if (memberIds.length > 1) result.overlaps.push({ itemId: item.itemId, memberIds });
  }
  const aspects = new Set(items.map((i) => i.aspectId));
  const components = new Set(items.map((i) => i.componentId));
  for (const m of team.members) {
    for (const id of m.aspectIds) if (!aspects.has(id)) result.unknown.push({ memberId: m.id, id });
    for (const id of m.componentIds) if (!components.has(id)) result.unknown.push({ memberId: m.id, id });
  }
  return result;
}

/** A new team: the head of the institution on this device is its first member and lead. */
export function newTeam(leadName: string, leadPosition: string, idFn: () => string): Team {
  const id = idFn();
  return { members: [newMember(id, leadName, leadPosition, true)], selfId: id };
}

export function newMember(id: string, name: string, position: string, lead = false): TeamMember {
  return { id, name: name.trim(), position: position.trim(), lead, aspectIds: [], componentIds: [], packageAt: null, receivedAt: null, base: {} };
}

/** The team with one more member (no assignment yet). */
export function addMember(team: Team, name: string, position: string, idFn: () => string): Team {
  return { ...team, members: [...team.members, newMember(idFn(), name, position)] };
}

/** The team with a member's aspects and components replaced (ids kept unique, in the given order). */
export function assign(team: Team, memberId: string, aspectIds: readonly string[], componentIds: readonly string[]): Team {
  if (!team.members.some((m) => m.id === memberId)) throw new Error(`assign: no member ${memberId}`);
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  return {
    ...team,
    members: team.members.map((m) => (m.id === memberId ? { ...m, aspectIds: unique(aspectIds), componentIds: unique(componentIds) } : m)),
  };
}

/**
 * A task package for a member: the lead's team with the member's package time and base (the rows as cut, which the
 * member's result will merge against), and the same team as the package carries it, with the member as its self.
 * Only for a member other than the lead.
 */
export function cutPackage(team: Team, memberId: string, side: TeamSide, now: string): { lead: Team; package: Team } {
  const member = team.members.find((m) => m.id === memberId);
  if (!member) throw new Error(`cutPackage: no member ${memberId}`);
  if (member.lead) throw new Error('cutPackage: the lead fills on the main device and gets no package');
  const base = baseOf(side);
  const members = team.members.map((m) => (m.id === memberId ? { ...m, packageAt: now, base } : m));
  return { lead: { ...team, members }, package: { members, selfId: memberId } };
}
