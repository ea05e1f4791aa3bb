import type { Assessment } from '../domain/records';
import type { BundleFile } from '../domain/bundle';
import { db } from './db';
import { encodeEvidenceFiles } from './bundleFiles';

export interface ReportListEntry {
  assessment: Assessment;
  /** Null when the institution's record is not on this device. */
  institutionName: string | null;
}

/** Every assessment with its institution's name, most recently edited first (the report list). */
export async function listReportAssessments(): Promise<ReportListEntry[]> {
  return db.transaction('r', [db.assessments, db.institutions], async () => {
    const [assessments, institutions] = await Promise.all([db.assessments.toArray(), db.institutions.toArray()]);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return assessments
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((assessment) => ({ assessment, institutionName: names.get(assessment.institutionId) ?? null }));
  });
}

async function fileRows(assessmentId: string) {
  return db.transaction('r', [db.evidence, db.evidenceFiles], async () => {
    const ids = await db.evidence.where('assessmentId').equals(assessmentId).primaryKeys();
    const files = await db.evidenceFiles.bulkGet(ids);
    return files.filter((f): f is NonNullable<typeof f> => f !== undefined);
  });
}

/** A thumbnail's stored bytes (the JPEG the evidence screen made), keyed by evidence id, for the report's Formulir B. */
export interface ReportThumbnail {
  id: string;
  bytes: Uint8Array;
}

/**
 * The thumbnails of an assessment's evidence together with the version (updatedAt) of every evidence entry they were
 * read with, in one read transaction. The report screen reads this when it opens (so the click only renders) and
 * uses it at export only when `thumbnailsAreCurrent` says no entry changed since: an entry and its file are always
 * written together with a new updatedAt (src/data/evidence.ts), so equal versions mean equal thumbnails.
 */
export interface ThumbnailSet {
  versions: Map<string, string>;
  thumbnails: ReportThumbnail[];
}

export async function loadThumbnailSet(assessmentId: string): Promise<ThumbnailSet> {
  const { docs, rows } = await db.transaction('r', [db.evidence, db.evidenceFiles], async () => {
    const docs = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
    const rows = await db.evidenceFiles.bulkGet(docs.map((d) => d.id));
    return { docs, rows };
  });
  // Blob reads run in parallel, outside the transaction (a transaction would close while waiting for them).
  const thumbs = await Promise.all(
    rows.map(async (row): Promise<ReportThumbnail | null> => (row?.thumb ? { id: row.id, bytes: new Uint8Array(await row.thumb.arrayBuffer()) } : null)),
  );
  return { versions: new Map(docs.map((d) => [d.id, d.updatedAt])), thumbnails: thumbs.filter((t): t is ReportThumbnail => t !== null) };
}

/**
 * The stored image files of an assessment's photo evidence (not PDFs), for the report's photo appendix, with the
 * version of every evidence entry they were read with (see ThumbnailSet and `thumbnailsAreCurrent`).
 */
export interface EvidenceImageSet {
  versions: Map<string, string>;
  images: { id: string; blob: Blob }[];
}

export async function loadEvidenceImageSet(assessmentId: string): Promise<EvidenceImageSet> {
  return db.transaction('r', [db.evidence, db.evidenceFiles], async () => {
    const docs = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
    const photos = docs.filter((d) => d.mime.startsWith('image/'));
    const rows = await db.evidenceFiles.bulkGet(photos.map((d) => d.id));
    return {
      versions: new Map(docs.map((d) => [d.id, d.updatedAt])),
      images: rows.filter((r): r is NonNullable<typeof r> => r !== undefined && r.blob.size > 0).map((r) => ({ id: r.id, blob: r.blob })),
    };
  });
}

/** Whether a thumbnail (or image) set read earlier still matches the evidence entries of a snapshot read now. */
export function thumbnailsAreCurrent(set: Pick<ThumbnailSet, 'versions'>, evidence: readonly { id: string; updatedAt: string }[]): boolean {
  return set.versions.size === evidence.length && evidence.every((e) => set.versions.get(e.id) === e.updatedAt);
}

/** The stored thumbnails of an assessment's evidence images, keyed by evidence id (for the report's Formulir B). */
export async function loadThumbnails(assessmentId: string): Promise<ReportThumbnail[]> {
  return (await loadThumbnailSet(assessmentId)).thumbnails;
}

/** The evidence files of an assessment as bundle entries (base64), for a bundle that carries the photos. */
export async function loadBundleFiles(assessmentId: string): Promise<BundleFile[]> {
  return encodeEvidenceFiles(await fileRows(assessmentId));
}
