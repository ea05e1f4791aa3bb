/** Row builders for the team tests: small, valid rows whose content is one variant number. */
import { answerSchema, type Action, type Answer, type EvidenceDoc, type StaffMember } from '../../../../src/domain/records';
import type { Team, TeamMember } from '../../../../src/domain/records/team';
import type { TeamSide } from '../../../../src/domain/team/rows';

export const T0 = '2026-03-01T08:00:00.000Z';
export const at = (minute: number) => new Date(Date.parse(T0) + minute * 60_000).toISOString();

/** A valid answer row; N/A with a level cannot be built (answerSchema refuses it). */
export function answer(itemId: string, level: Answer['level'], extra: Partial<Omit<Answer, 'na'>> & { na?: boolean } = {}): Answer {
  return answerSchema.parse({ assessmentId: 'as-1', itemId, level, na: false, naReason: '', note: '', updatedAt: T0, ...extra });
}

export function evidence(id: string, title: string, extra: Partial<EvidenceDoc> = {}): EvidenceDoc {
  return {
    id,
    assessmentId: 'as-1',
    kind: 'Dokumen lainnya',
    title,
    number: '',
    issuer: '',
    issueDate: '',
    expiryDate: '',
    itemIds: [],
    fileName: '',
    mime: '',
    size: 0,
    width: 0,
    height: 0,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

export function staff(id: string, name: string, extra: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    assessmentId: 'as-1',
    name,
    role: 'pengasuh',
    unsur: 'penunjang',
    education: 'SMA/SMK',
    employment: 'tetap',
    certified: false,
    trainedLast12Months: false,
    empowermentCapable: false,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

export function action(id: string, text: string, extra: Partial<Action> = {}): Action {
  return { id, assessmentId: 'as-1', itemId: 'KLB-1.1', action: text, responsible: '', targetDate: '', status: 'belum', createdAt: T0, updatedAt: T0, ...extra };
}

export const side = (rows: Partial<TeamSide> = {}): TeamSide => ({ answers: [], evidence: [], staff: [], actions: [], ...rows });

export function member(id: string, name: string, extra: Partial<TeamMember> = {}): TeamMember {
  return { id, name, position: '', lead: false, aspectIds: [], componentIds: [], packageAt: null, receivedAt: null, base: {}, ...extra };
}

export const team = (members: TeamMember[], selfId: string): Team => ({ members, selfId });
