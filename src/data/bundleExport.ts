import { encodeEvidenceFiles, fileRowsFor, mimesOf } from './bundleFiles';
import { REVIEW_COPY_PREFIX } from './reviewCopy';
import { sealBundle, snapshotContent, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle, type BundleContent } from '../domain/bundle';
import type { Assessment, EvidenceDoc } from '../domain/records';
import { db } from './db';
import { loadSnapshot } from './snapshot';

/** The app version written into every exported bundle (not hashed). */
export const APP_INFO: Bundle['app'] = {
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
  build: typeof __APP_BUILD__ === 'string' ? __APP_BUILD__.slice(0, 60) : 'dev',
};

/** meta key: ISO time of the last full backup export. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

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

