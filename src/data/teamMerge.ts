import { applyMerge, planMerge, type MergeChoices, type MergePlan } from '../domain/team/merge';
import { afterMerge, chooseBase } from '../domain/team/base';
import type { TeamSide } from '../domain/team/rows';
import type { Bundle } from '../domain/bundle';
import type { Action, Answer, Assessment, EvidenceDoc, StaffMember } from '../domain/records';
import { nextUpdatedAt } from '../domain/records/timestamp';
import { db, type EvidenceFile } from './db';
import { assertWritable } from './guard';
import { StoreError } from './errors';

/** What merging a file's copy of an assessment into this device's would do (nothing is written). */
export interface MergePreview {
  assessmentId: string;
  plan: MergePlan;
  /** The team member the file is from (a result file), or null for a copy from another device. */
  from: { id: string; name: string } | null;
  /** Names of the team, to show who gave each side's row. */
  names: Record<string, string>;
  /** Whether a known common revision was found (a task package); without one every row both sides hold differently is a conflict. */
  hasBase: boolean;
  /** The device's evidence entries, to show which evidence each side links to a conflicting item. */
  mineEvidence: EvidenceDoc[];
}

async function readSide(assessmentId: string): Promise<TeamSide> {
  const [answers, evidence, staff, actions] = await Promise.all([
    db.answers.where('assessmentId').equals(assessmentId).toArray(),
    db.evidence.where('assessmentId').equals(assessmentId).toArray(),
    db.staff.where('assessmentId').equals(assessmentId).toArray(),
    db.actions.where('assessmentId').equals(assessmentId).toArray(),
  ]);
  return { answers, evidence, staff, actions };
}

/** The file's rows of one assessment. */
export function fileSide(bundle: Bundle, assessmentId: string): TeamSide {
  const mine = <T extends { assessmentId: string }>(rows: T[]) => rows.filter((r) => r.assessmentId === assessmentId);
  return {
    answers: mine(bundle.answers) as Answer[],
    evidence: mine(bundle.evidence) as EvidenceDoc[],
    staff: mine(bundle.staff) as StaffMember[],
    actions: mine(bundle.actions) as Action[],
  };
}

function preview(device: Assessment, bundle: Bundle, file: Assessment, mine: TeamSide): MergePreview {
  // A new package for a member's own phone merges against the package the phone was filled on (chooseBase says so).
  const chosen = chooseBase(device, file);
  const names: Record<string, string> = {};
  for (const m of [...(file.team?.members ?? []), ...(device.team?.members ?? [])]) names[m.id] = m.name;
  return {
    assessmentId: device.id,
    plan: planMerge(chosen.base, mine, fileSide(bundle, file.id)),
    from: chosen.from,
    names,
    hasBase: Object.keys(chosen.base).length > 0,
    mineEvidence: [...mine.evidence],
  };
}

/** Plans the merge of the file's copy of `assessmentId` against what the device holds now. Null when the device has no such assessment. */
export async function previewMerge(bundle: Bundle, assessmentId: string): Promise<MergePreview | null> {
  const file = bundle.assessments.find((a) => a.id === assessmentId);
  if (!file) return null;
  return db.transaction('r', [db.assessments, db.answers, db.evidence, db.staff, db.actions], async () => {
    const device = await db.assessments.get(assessmentId);
    if (!device) return null;
    return preview(device, bundle, file, await readSide(assessmentId));
  });
}

/**
 * Writes a merge inside the caller's transaction (applyImport's: every table of an assessment is in it): re-plans
 * against the device as it is now and refuses if that differs from the preview; then puts the taken rows (evidence
 * with its file when the file carries one), deletes the deleted ones, and advances the member's base so the same file
 * merges to nothing next time. `fileRows` turns the file's evidence files into stored rows (checked by their bytes).
 */
export async function writeMerge(
  bundle: Bundle,
  assessmentId: string,
  previewed: MergePlan,
  choices: MergeChoices,
  fileRows: (evidenceIds: Map<string, string>) => EvidenceFile[],
): Promise<void> {
  const file = bundle.assessments.find((a) => a.id === assessmentId)!;
  const device = await db.assessments.get(assessmentId);
  if (!device) throw new StoreError('import-changed');
  assertWritable(device);
  const fresh = preview(device, bundle, file, await readSide(assessmentId));
  const sameEntries = (a: MergePlan, b: MergePlan) =>
    a.mineDigest === b.mineDigest && a.entries.length === b.entries.length && a.entries.every((e, i) => e.key === b.entries[i]!.key && e.kind === b.entries[i]!.kind);
  if (!sameEntries(fresh.plan, previewed)) throw new StoreError('import-changed');
  const result = applyMerge(fresh.plan, await readSide(assessmentId), choices);

  // Row ids of a file are not trusted: a row id held on this device by ANOTHER assessment is never overwritten.
  const foreign = async (table: 'evidence' | 'staff' | 'actions', id: string) => {
    const row = (await db[table].get(id)) as { assessmentId: string } | undefined;
    return row !== undefined && row.assessmentId !== assessmentId;
  };
  const evidenceIds = new Map<string, string>();
  for (const t of result.taken) {
    if (t.rowKind === 'answer') await db.answers.put({ ...t.row, assessmentId });
    else if (t.rowKind === 'staff') {
      if (!(await foreign('staff', t.id))) await db.staff.put({ ...t.row, assessmentId });
    } else if (t.rowKind === 'action') {
      if (!(await foreign('actions', t.id))) await db.actions.put({ ...t.row, assessmentId });
    } else if (!(await foreign('evidence', t.id))) {
      await db.evidence.put({ ...t.row, assessmentId });
      if (t.row.fileName === '') await db.evidenceFiles.delete(t.id);
      evidenceIds.set(t.id, t.id);
    }
  }
  // A taken evidence row keeps the file this device has for it unless the file brings its own bytes.
  await db.evidenceFiles.bulkPut(fileRows(evidenceIds));
  for (const d of result.deleted) {
    if (d.rowKind === 'answer') await db.answers.delete([assessmentId, d.id]);
    else if (d.rowKind === 'staff') await db.staff.delete(d.id);
    else if (d.rowKind === 'action') await db.actions.delete(d.id);
    else {
      await db.evidence.delete(d.id);
      await db.evidenceFiles.delete(d.id);
    }
  }
  const now = new Date().toISOString();
  const team = afterMerge(device.team, file, result.nextBase, now);
  await db.assessments.put({ ...device, ...(team ? { team } : {}), updatedAt: nextUpdatedAt(device.updatedAt, now) });
}
