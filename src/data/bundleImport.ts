import { filesToRows } from './bundleFiles';
import { REVIEW_COPY_PREFIX } from './reviewCopy';
import {
  assessmentFingerprint,
  institutionFingerprint,
  reviewFingerprint,
  parseBundle,
  entryKey,
  importPlan,
  withChoices,
  type Bundle,
  type Choices,
  type ExistingAssessment,
  type ExistingState,
  type ImportPlan,
  type PlanEntry,
} from '../domain/bundle';
import type { Answer, Assessment, EvidenceDoc, ReviewItem, StaffMember, Action } from '../domain/records';
import { db } from './db';
import type { ArchiveFile } from './backupArchive';
import { writeMerge } from './teamMerge';
import { asStoreError, StoreError } from './errors';
import { MergeError, type MergeChoices, type MergePlan } from '../domain/team/merge';

const latest = (values: Iterable<string>) => {
  let best = '';
  for (const v of values) if (v > best) best = v;
  return best;
};

async function existingAssessment(a: Assessment): Promise<ExistingAssessment> {
  const [answers, staff, evidence, actions, reviews, meta] = await Promise.all([
    db.answers.where('assessmentId').equals(a.id).toArray(),
    db.staff.where('assessmentId').equals(a.id).toArray(),
    db.evidence.where('assessmentId').equals(a.id).toArray(),
    db.actions.where('assessmentId').equals(a.id).toArray(),
    db.reviews.where('assessmentId').equals(a.id).toArray(),
    db.reviewMeta.get(a.id),
  ]);
  const rows: { updatedAt: string }[] = [...answers, ...staff, ...evidence, ...actions];
  return {
    fingerprint: assessmentFingerprint({ assessment: a, answers, staff, evidence, actions }),
    reviewFingerprint: reviews.length || meta ? reviewFingerprint(reviews, meta) : '',
    id: a.id,
    institutionId: a.institutionId,
    period: a.period,
    status: a.status,
    latestChange: latest([a.updatedAt, ...rows.map((r) => r.updatedAt)]),
    latestReview: latest([...reviews.map((r) => r.updatedAt), meta?.reviewedAt ?? '']),
  };
}

/** What the device holds for the ids the bundle mentions (call inside a transaction for a consistent picture). */
async function readExisting(bundle: Bundle): Promise<ExistingState> {
  const institutions = (await db.institutions.bulkGet(bundle.institutions.map((i) => i.id))).filter((i) => i !== undefined);
  const assessments = (await db.assessments.bulkGet(bundle.assessments.map((a) => a.id))).filter((a) => a !== undefined);
  return {
    institutions: institutions.map((i) => ({ id: i.id, name: i.name, updatedAt: i.updatedAt, fingerprint: institutionFingerprint(i) })),
    assessments: await Promise.all(assessments.map(existingAssessment)),
  };
}

const READ_TABLES = () => [db.institutions, db.assessments, db.answers, db.staff, db.evidence, db.actions, db.reviews, db.reviewMeta];

/** Reads what the device holds and plans the import (nothing is written). */
export async function planImport(bundle: Bundle): Promise<ImportPlan> {
  const existing = await db.transaction('r', READ_TABLES(), () => readExisting(bundle));
  return importPlan(bundle, existing);
}

export type ApplyResult =
  | { ok: true; written: { institutions: number; assessments: number; reviews: number }; assessmentIds: string[] }
  | { ok: false; error: StoreError };

const newId = () => crypto.randomUUID();
const COPY_SUFFIX = ' (salinan impor)';

function sameDecision(a: PlanEntry, b: PlanEntry): boolean {
  return a.type === b.type && a.id === b.id && a.conflict === b.conflict && a.deviceUpdatedAt === b.deviceUpdatedAt;
}

async function deleteAssessmentRows(assessmentId: string, withReview: boolean): Promise<void> {
  const evidenceIds = (await db.evidence.where('assessmentId').equals(assessmentId).primaryKeys()) as string[];
  await db.evidenceFiles.bulkDelete(evidenceIds);
  await db.evidence.where('assessmentId').equals(assessmentId).delete();
  await db.answers.where('assessmentId').equals(assessmentId).delete();
  await db.staff.where('assessmentId').equals(assessmentId).delete();
  await db.actions.where('assessmentId').equals(assessmentId).delete();
  if (withReview) {
    await db.reviews.where('assessmentId').equals(assessmentId).delete();
    await db.reviewMeta.delete(assessmentId);
  }
}

async function writeAssessment(
  bundle: Bundle,
  source: Assessment,
  mode: 'add' | 'replace' | 'keep-both',
  origin?: Assessment['origin'],
  archived?: ReadonlyMap<string, ArchiveFile>,
): Promise<string> {
  const copy = mode === 'keep-both';
  const id = copy ? newId() : source.id;
  const mine = <T extends { assessmentId: string }>(rows: T[]) => rows.filter((r) => r.assessmentId === source.id);
  const hasReview = mine(bundle.reviews).length > 0 || mine(bundle.reviewMeta).length > 0;
  if (mode === 'replace') {
    await deleteAssessmentRows(source.id, hasReview);
    await db.assessments.delete(source.id);
  }
  /**
   * Row ids of a file are not trusted: anyone who received one of the user's bundles knows them. A row whose id is
   * already used on the device by ANOTHER assessment gets a fresh id, so an import never moves or overwrites it.
   */
  const remap = async <T extends { id: string; assessmentId: string }>(table: 'staff' | 'evidence' | 'actions', rows: T[], ids: Map<string, string>): Promise<T[]> => {
    const existing = copy ? [] : await db[table].bulkGet(rows.map((r) => r.id));
    return rows.map((r, i) => {
      const taken = existing[i] && (existing[i] as { assessmentId: string }).assessmentId !== id;
      const rowId = copy || taken ? newId() : r.id;
      ids.set(r.id, rowId);
      return { ...r, id: rowId, assessmentId: id };
    });
  };
  const evidenceIds = new Map<string, string>();
  const base: Assessment = copy ? { ...source, id, period: `${source.period.slice(0, 100 - COPY_SUFFIX.length)}${COPY_SUFFIX}` } : source;
  // An assessor's copy says so in the record itself (carried by backups, checked by every write).
  const assessment: Assessment = origin ? { ...base, origin } : base;
  await db.assessments.put(assessment);
  await db.answers.bulkPut(mine(bundle.answers).map((a): Answer => ({ ...a, assessmentId: id })));
  await db.staff.bulkPut(await remap<StaffMember>('staff', mine(bundle.staff), new Map()));
  const evidence = await remap<EvidenceDoc>('evidence', mine(bundle.evidence), evidenceIds);
  await db.evidence.bulkPut(evidence);
  await db.evidenceFiles.bulkPut(filesToRows(bundle.files, evidenceIds, archived));
  await db.actions.bulkPut(await remap<Action>('actions', mine(bundle.actions), new Map()));
  await db.reviews.bulkPut(mine(bundle.reviews).map((r): ReviewItem => ({ ...r, assessmentId: id })));
  await db.reviewMeta.bulkPut(mine(bundle.reviewMeta).map((m) => ({ ...m, assessmentId: id })));
  return id;
}

async function validRecapSources(sources: NonNullable<Bundle['recapSources']>): Promise<NonNullable<Bundle['recapSources']>> {
  const checked = await Promise.all(
    sources.map(async (r) => {
      if (typeof r.fileName !== 'string' || typeof r.importedAt !== 'string') return null;
      const parsed = await parseBundle(JSON.stringify(r.bundle));
      return parsed.ok && parsed.bundle.integrity.hash === r.id ? { ...r, bundle: parsed.bundle } : null;
    }),
  );
  return checked.filter((r): r is NonNullable<typeof r> => r !== null);
}

/**
 * Writes what the plan (with the user's choices) says, in ONE transaction: if anything fails, or the device
 * changed since the plan was shown, nothing is changed. `reviewCopy` marks imported assessments as assessor
 * copies (mode asesor).
 */
export async function applyImport(
  bundle: Bundle,
  plan: ImportPlan,
  choices: Choices = {},
  options: {
    reviewCopy?: boolean;
    fileName?: string;
    archiveFiles?: ReadonlyMap<string, ArchiveFile>;
    /** For each assessment to merge: the merge plan previewed (teamMerge.previewMerge) and the user's choices on its conflicts. */
    merges?: Readonly<Record<string, { plan: MergePlan; choices: MergeChoices }>>;
  } = {},
): Promise<ApplyResult> {
  if (plan.hash !== bundle.integrity.hash) return { ok: false, error: new StoreError('import-plan-mismatch') };
  // The recap sources a backup carries are checked like any imported file (schema and integrity code, and the id must
  // be that code), before the write transaction: a planted or malformed source is left out, never stored.
  const recapSources = bundle.kind === 'backup' ? await validRecapSources(bundle.recapSources ?? []) : [];
  try {
    return await db.transaction(
      'rw',
      [...READ_TABLES(), db.evidenceFiles, db.recapSources, db.meta],
      async (): Promise<ApplyResult> => {
        // The device may have changed since the preview (another tab): re-plan and refuse if any decision differs.
        const fresh = importPlan(bundle, await readExisting(bundle));
        if (fresh.entries.length !== plan.entries.length || fresh.entries.some((e, i) => !sameDecision(e, plan.entries[i]!))) {
          throw new StoreError('import-changed');
        }
        const final = withChoices(fresh, choices);
        const written = { institutions: 0, assessments: 0, reviews: 0 };
        const assessmentIds: string[] = [];
        for (const entry of final.entries) {
          if (entry.action === 'skip' || entry.action === 'unchanged') continue;
          if (entry.type === 'institution') {
            const inst = bundle.institutions.find((i) => i.id === entry.id)!;
            await db.institutions.put(inst);
            written.institutions++;
          } else if (entry.type === 'assessment') {
            const source = bundle.assessments.find((a) => a.id === entry.id)!;
            if (entry.action === 'merge') {
              const merge = options.merges?.[entry.id];
              if (!merge || options.reviewCopy) throw new StoreError('import-changed');
              await writeMerge(bundle, entry.id, merge.plan, merge.choices, (ids) => filesToRows(bundle.files, ids));
              assessmentIds.push(entry.id);
              written.assessments++;
            } else if (entry.action === 'keep-both' || entry.action === 'add' || entry.action === 'replace') {
              const origin = options.reviewCopy
                ? { kind: 'review-copy' as const, importedAt: new Date().toISOString(), fileName: (options.fileName ?? '').slice(0, 300), hash: bundle.integrity.hash }
                : undefined;
              const id = await writeAssessment(bundle, source, entry.action, origin, options.archiveFiles);
              assessmentIds.push(id);
              written.assessments++;
              if (options.reviewCopy) {
                await db.meta.put({
                  key: `${REVIEW_COPY_PREFIX}${id}`,
                  value: { importedAt: new Date().toISOString(), fileName: options.fileName ?? '', hash: bundle.integrity.hash },
                });
              }
            }
          } else {
            // review: only the assessor's findings; the institution's own answers are never touched.
            await db.reviews.where('assessmentId').equals(entry.id).delete();
            await db.reviews.bulkPut(bundle.reviews.filter((r) => r.assessmentId === entry.id));
            const meta = bundle.reviewMeta.find((m) => m.assessmentId === entry.id);
            if (meta) await db.reviewMeta.put(meta);
            written.reviews++;
            assessmentIds.push(entry.id);
          }
        }
        // A full backup also carries the regional recap's sources: only ones not already here are added.
        if (recapSources.length) {
          const have = new Set((await db.recapSources.toCollection().primaryKeys()) as string[]);
          await db.recapSources.bulkAdd(recapSources.filter((r) => !have.has(r.id)));
        }
        return { ok: true, written, assessmentIds };
      },
    );
  } catch (error) {
    // Every failure inside the transaction rolled it back: nothing was changed, whatever the reason.
    if (error instanceof MergeError) {
      const code = error.code === 'stale-plan' ? 'import-changed' : error.code === 'choice-missing' ? 'merge-choice-missing' : 'merge-choice-invalid';
      return { ok: false, error: new StoreError(code, error.keys.join(', ')) };
    }
    return { ok: false, error: asStoreError(error) };
  }
}

/** Picks the keys of the plan's conflicts, for a choices map built by the UI. */
export function conflictKeys(plan: ImportPlan): string[] {
  return plan.entries.filter((e) => e.conflict).map(entryKey);
}
