import { db } from './db';
import { StoreError } from './errors';
import { saveAnswer } from './answers';
import { saveAssessorName, saveReviewItem } from './reviews';
import { updateStaff } from './staff';
import { updateAction } from './actions';

/**
 * Every typed text field of the app that is written while the user types (as opposed to a form saved with a button,
 * which keeps a draft: src/data/drafts.ts). `itemId` names the row: the item for answers and reviews, the staff row's
 * id for staffName, the action row's id for the action plan, '' for the assessor's name.
 *
 * The names are stored in crash mirrors (localStorage and the meta table) and read back after an app update: never
 * rename one.
 */
export type TextField = 'note' | 'naReason' | 'reviewNote' | 'staffName' | 'assessorName' | 'actionText' | 'actionResponsible';

export interface TextPlace {
  assessmentId: string;
  itemId: string;
  field: TextField;
}

export const TEXT_FIELDS: readonly TextField[] = ['note', 'naReason', 'reviewNote', 'staffName', 'assessorName', 'actionText', 'actionResponsible'];

interface FieldRule {
  /** The stored text; null when the row it belongs to does not exist (nothing can be written). */
  read(place: TextPlace): Promise<string | null>;
  /** Writes `value` in one transaction of the row's repository (which checks the assessment is editable). */
  write(place: TextPlace, value: string): Promise<void>;
  /** At start-up, when another tab changed the text meanwhile: add the typed text below it (true) or keep the stored text. */
  mergeOnConflict: boolean;
}

const answerOf = (p: TextPlace) => db.answers.get([p.assessmentId, p.itemId]);
const actionOf = async (p: TextPlace) => {
  const row = await db.actions.get(p.itemId);
  return row && row.assessmentId === p.assessmentId ? row : null;
};

async function writeAction(p: TextPlace, change: { action: string } | { responsible: string }): Promise<void> {
  const row = await actionOf(p);
  if (!row) throw new StoreError('row-missing');
  const result = await updateAction(row, change);
  if (!result.ok) throw result.error;
}

const RULES: Record<TextField, FieldRule> = {
  note: {
    read: async (p) => (await answerOf(p))?.note ?? '',
    write: async (p, value) => void (await saveAnswer(p.assessmentId, p.itemId, { note: value })),
    mergeOnConflict: true,
  },
  naReason: {
    read: async (p) => (await answerOf(p))?.naReason ?? '',
    // An N/A reason only means something with N/A, and N/A without a reason is never stored: clearing the reason
    // takes the stored N/A back.
    write: async (p, value) => {
      if (value.trim() !== '') await saveAnswer(p.assessmentId, p.itemId, { na: true, level: null, naReason: value });
      else if ((await answerOf(p))?.na) await saveAnswer(p.assessmentId, p.itemId, { na: false, naReason: '' });
    },
    mergeOnConflict: true,
  },
  reviewNote: {
    read: async (p) => (await db.reviews.get([p.assessmentId, p.itemId]))?.note ?? '',
    // Like every finding, the note records the self level it was written against.
    write: async (p, value) => {
      const self = await answerOf(p);
      const reviewedLevel = self?.level ?? null;
      await saveReviewItem(p.assessmentId, p.itemId, { note: value.slice(0, 5000), reviewedLevel });
    },
    mergeOnConflict: true,
  },
  staffName: {
    read: async (p) => {
      const row = await db.staff.get(p.itemId);
      return row && row.assessmentId === p.assessmentId ? row.name : null;
    },
    write: async (p, value) => {
      const row = await db.staff.get(p.itemId);
      if (!row || row.assessmentId !== p.assessmentId) throw new StoreError('row-missing');
      await updateStaff(p.itemId, { name: value });
    },
    mergeOnConflict: false,
  },
  assessorName: {
    read: async (p) => (await db.reviewMeta.get(p.assessmentId))?.assessorName ?? '',
    write: async (p, value) => void (await saveAssessorName(p.assessmentId, value)),
    mergeOnConflict: false,
  },
  actionText: {
    read: async (p) => (await actionOf(p))?.action ?? null,
    write: (p, value) => writeAction(p, { action: value }),
    mergeOnConflict: false,
  },
  actionResponsible: {
    read: async (p) => (await actionOf(p))?.responsible ?? null,
    write: (p, value) => writeAction(p, { responsible: value }),
    mergeOnConflict: false,
  },
};

export const isTextField = (x: unknown): x is TextField => typeof x === 'string' && (TEXT_FIELDS as readonly string[]).includes(x);

export function readText(place: TextPlace): Promise<string | null> {
  return RULES[place.field].read(place);
}

export function writeText(place: TextPlace, value: string): Promise<void> {
  return RULES[place.field].write(place, value);
}

export function mergesOnConflict(field: TextField): boolean {
  return RULES[field].mergeOnConflict;
}
