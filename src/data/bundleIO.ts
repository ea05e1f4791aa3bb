import {
  assessmentFingerprint,
  institutionFingerprint,
  reviewFingerprint,
  acceptableThumb,
  checkImportedFile,
  parseBundle,
  entryKey,
  importPlan,
  sealBundle,
  snapshotContent,
  withChoices,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type Bundle,
  type BundleContent,
  type BundleFile,
  type Choices,
  type ExistingAssessment,
  type ExistingState,
  type ImportPlan,
  type PlanEntry,
} from '../domain/bundle';
import type { Answer, Assessment, EvidenceDoc, ReviewItem, StaffMember, Action } from '../domain/records';
import { db, type EvidenceFile } from './db';
import { loadSnapshot } from './snapshot';
import type { ArchiveFile } from './backupArchive';
import { MergeChangedError, writeMerge } from './teamMerge';
import type { MergeChoices, MergePlan } from '../domain/team/merge';

/** The app version written into every exported bundle (not hashed). */
export const APP_INFO: Bundle['app'] = {
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
  build: typeof __APP_BUILD__ === 'string' ? __APP_BUILD__.slice(0, 60) : 'dev',
};

/** meta key: ISO time of the last full backup export. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
/** meta key prefix marking an assessment imported into assessor mode (read-only copy of an institution's data). */
export const REVIEW_COPY_PREFIX = 'reviewCopy:';

// ---------- base64 <-> Blob ----------

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A Blob as base64; FileReader's data URL is much faster than building a binary string for multi-MB photos. */
async function blobToBase64(blob: Blob): Promise<string> {
  if (typeof FileReader === 'undefined') return bytesToBase64(new Uint8Array(await blob.arrayBuffer())); // Node (tests)
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.lastIndexOf(',') + 1)); // base64 never contains a comma
    };
    reader.onerror = () => reject(reader.error ?? new Error('Berkas bukti tidak dapat dibaca.'));
    reader.readAsDataURL(blob);
  });
}

/** Reads the stored files of these evidence records (a database read: safe inside a transaction). */
async function fileRowsFor(evidence: EvidenceDoc[]): Promise<(EvidenceFile | undefined)[]> {
  return db.evidenceFiles.bulkGet(evidence.map((e) => e.id));
}

/**
 * Evidence file rows as bundle entries (base64). Reads Blobs: call it outside a transaction, which would otherwise
 * commit early. `mimeById` fills in a type for a Blob stored without one.
 */
export async function encodeEvidenceFiles(rows: (EvidenceFile | undefined)[], mimeById: ReadonlyMap<string, string> = new Map()): Promise<BundleFile[]> {
  return Promise.all(
    rows
      .filter((row): row is EvidenceFile => row !== undefined)
      .map(async (row) => ({
        id: row.id,
        mime: (row.blob.type || mimeById.get(row.id) || 'application/octet-stream').slice(0, 100),
        data: await blobToBase64(row.blob),
        thumb: row.thumb ? await blobToBase64(row.thumb) : null,
      })),
  );
}

const mimesOf = (evidence: EvidenceDoc[]) => new Map(evidence.map((e) => [e.id, e.mime]));

// ---------- export ----------

/** One assessment as a sealed bundle; evidence images only when `withPhotos`. Null when it does not exist. */
export async function exportAssessmentBundle(assessmentId: string, options: { withPhotos: boolean }): Promise<Bundle | null> {
  const snapshot = await loadSnapshot(assessmentId);
  if (!snapshot) return null;
  const files = options.withPhotos ? await encodeEvidenceFiles(await fileRowsFor(snapshot.evidence), mimesOf(snapshot.evidence)) : [];
  return sealBundle(snapshotContent(snapshot, files, 'assessment'), APP_INFO);
}

/** The assessor's verification of one assessment: the institution's data as reviewed plus the review; no images. */
export async function exportReviewBundle(assessmentId: string): Promise<Bundle | null> {
  const snapshot = await loadSnapshot(assessmentId);
  if (!snapshot) return null;
  return sealBundle(snapshotContent(snapshot, [], 'review'), APP_INFO);
}

/** Every table of the device as bundle content (files not yet read), in one read transaction. */
export async function backupContent(): Promise<{ content: BundleContent; evidence: EvidenceDoc[] }> {
  return db.transaction(
    'r',
    [db.institutions, db.assessments, db.answers, db.staff, db.evidence, db.actions, db.reviews, db.reviewMeta, db.recapSources],
    async () => {
      const [institutions, assessments, answers, staff, evidence, actions, reviews, reviewMeta, recapSources] = await Promise.all([
        db.institutions.toArray(),
        db.assessments.toArray(),
        db.answers.toArray(),
        db.staff.toArray(),
        db.evidence.toArray(),
        db.actions.toArray(),
        db.reviews.toArray(),
        db.reviewMeta.toArray(),
        db.recapSources.toArray(),
      ]);
      const content: BundleContent = {
        format: BUNDLE_FORMAT,
        formatVersion: BUNDLE_FORMAT_VERSION,
        kind: 'backup',
        institutions, assessments, answers, staff, evidence, actions, reviews, reviewMeta,
        files: [],
        recapSources: recapSources.map((r) => ({ id: r.id, key: r.key, fileName: r.fileName, importedAt: r.importedAt, bundle: r.bundle })),
      };
      return { content, evidence };
    },
  );
}

/**
 * Everything on the device, evidence files included, in one JSON bundle; records meta lastBackupAt. The app's own
 * backup button writes the .zip form (backupArchive.ts), which has no size ceiling; this form stays readable.
 */
export async function exportBackup(now = new Date()): Promise<Bundle> {
  const { content, evidence } = await backupContent();
  content.files = await encodeEvidenceFiles(await fileRowsFor(evidence), mimesOf(content.evidence));
  const bundle = await sealBundle(content, APP_INFO, now.toISOString());
  await db.meta.put({ key: LAST_BACKUP_KEY, value: now.toISOString() });
  return bundle;
}

export async function lastBackupAt(): Promise<string | null> {
  const row = await db.meta.get(LAST_BACKUP_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/** A file name for a bundle, e.g. "swanilai-cadangan-2026-11-22.json" or "swanilai-lksa-harapan-2026.json". */
export function bundleFileName(bundle: Bundle): string {
  const date = bundle.exportedAt.slice(0, 10);
  const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'berkas';
  if (bundle.kind === 'backup') return `swanilai-cadangan-${date}.json`;
  const a = bundle.assessments[0];
  const inst = bundle.institutions.find((i) => i.id === a?.institutionId);
  const base = `${slug(inst?.name ?? 'lembaga')}-${slug(a?.period ?? '')}`;
  return bundle.kind === 'review' ? `swanilai-verifikasi-${base}-${date}.json` : `swanilai-${base}-${date}.json`;
}

// ---------- import ----------

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
  | { ok: false; message: string };

export class ImportChangedError extends Error {}

const newId = () => crypto.randomUUID();
const COPY_SUFFIX = ' (salinan impor)';

function sameDecision(a: PlanEntry, b: PlanEntry): boolean {
  return a.type === b.type && a.id === b.id && a.conflict === b.conflict && a.deviceUpdatedAt === b.deviceUpdatedAt;
}

/**
 * Evidence files as stored rows. The type comes from the bytes, never from the file's claim; files the app would
 * not itself produce (HTML, SVG, an image bomb) are not written, and a thumbnail that is not a small JPEG is dropped.
 */
function filesToRows(files: BundleFile[], evidenceIds: Map<string, string>, archived?: ReadonlyMap<string, ArchiveFile>): EvidenceFile[] {
  const rows: EvidenceFile[] = [];
  // Files of a backup archive were checked (SHA-256 and type by their bytes) when the archive was read.
  for (const [id, f] of archived ?? []) if (evidenceIds.has(id)) rows.push({ id: evidenceIds.get(id)!, blob: f.blob, thumb: f.thumb });
  for (const f of files) {
    if (!evidenceIds.has(f.id)) continue;
    const bytes = base64ToBytes(f.data);
    const checked = checkImportedFile(bytes);
    if (!checked.ok) continue;
    rows.push({
      id: evidenceIds.get(f.id)!,
      blob: new Blob([bytes], { type: checked.type }),
      thumb: acceptableThumb(f.thumb) ? new Blob([base64ToBytes(f.thumb!)], { type: 'image/jpeg' }) : null,
    });
  }
  return rows;
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
  if (plan.hash !== bundle.integrity.hash) return { ok: false, message: 'Rencana impor tidak cocok dengan berkas ini. Pilih berkas lagi.' };
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
          throw new ImportChangedError();
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
              if (!merge || options.reviewCopy) throw new ImportChangedError();
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
    if (error instanceof ImportChangedError || error instanceof MergeChangedError) {
      return { ok: false, message: 'Data di perangkat berubah sejak pratinjau dibuat. Tidak ada yang diubah. Pilih berkas lagi untuk melihat pratinjau terbaru.' };
    }
    const quota = (error as { name?: string; inner?: { name?: string } })?.name === 'QuotaExceededError' || (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError';
    return {
      ok: false,
      message: quota
        ? 'Ruang penyimpanan perangkat penuh, jadi impor dibatalkan. Tidak ada data yang diubah.'
        : `Impor gagal (${error instanceof Error ? error.message : String(error)}). Tidak ada data yang diubah.`,
    };
  }
}

/** Picks the keys of the plan's conflicts, for a choices map built by the UI. */
export function conflictKeys(plan: ImportPlan): string[] {
  return plan.entries.filter((e) => e.conflict).map(entryKey);
}

/** Assessments on the device with their institution's name, newest change first (for the export picker). */
export async function listExportable(): Promise<{ id: string; label: string; status: string; reviewCopy: boolean }[]> {
  const [assessments, institutions, copies] = await Promise.all([
    db.assessments.toArray(),
    db.institutions.toArray(),
    db.meta.where('key').startsWith(REVIEW_COPY_PREFIX).primaryKeys(),
  ]);
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const copySet = new Set([
    ...(copies as string[]).map((k) => k.slice(REVIEW_COPY_PREFIX.length)),
    ...assessments.filter((a) => (a as Assessment).origin?.kind === 'review-copy').map((a) => a.id),
  ]);
  return assessments
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((a) => ({ id: a.id, label: `${names.get(a.institutionId) ?? 'Lembaga'} — ${a.period}`, status: a.status, reviewCopy: copySet.has(a.id) }));
}

/**
 * True when this assessment is an assessor's read-only copy of an institution's data (mode asesor): the record's own
 * origin, or (copies imported before the origin was part of the record) the older meta key.
 */
export async function isReviewCopy(assessmentId: string): Promise<boolean> {
  const a = (await db.assessments.get(assessmentId)) as Assessment | undefined;
  if (a?.origin?.kind === 'review-copy') return true;
  return (await db.meta.get(`${REVIEW_COPY_PREFIX}${assessmentId}`)) !== undefined;
}
