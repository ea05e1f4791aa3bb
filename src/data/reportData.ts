import type { Assessment } from '../domain/records';
import type { BundleFile } from '../domain/bundle';
import { db } from './db';

export interface ReportListEntry {
  assessment: Assessment;
  institutionName: string;
}

/** Every assessment with its institution's name, most recently edited first (the report list). */
export async function listReportAssessments(): Promise<ReportListEntry[]> {
  return db.transaction('r', [db.assessments, db.institutions], async () => {
    const [assessments, institutions] = await Promise.all([db.assessments.toArray(), db.institutions.toArray()]);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    return assessments
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((assessment) => ({ assessment, institutionName: names.get(assessment.institutionId) ?? '(lembaga tidak ditemukan)' }));
  });
}

async function fileRows(assessmentId: string) {
  return db.transaction('r', [db.evidence, db.evidenceFiles], async () => {
    const ids = await db.evidence.where('assessmentId').equals(assessmentId).primaryKeys();
    const files = await db.evidenceFiles.bulkGet(ids);
    return files.filter((f): f is NonNullable<typeof f> => f !== undefined);
  });
}

/** The stored thumbnails of an assessment's evidence images, keyed by evidence id (for the report's Formulir B). */
export async function loadThumbnails(assessmentId: string): Promise<{ id: string; bytes: Uint8Array }[]> {
  const rows = await fileRows(assessmentId);
  const out: { id: string; bytes: Uint8Array }[] = [];
  for (const row of rows) {
    if (row.thumb) out.push({ id: row.id, bytes: new Uint8Array(await row.thumb.arrayBuffer()) });
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

/** The evidence files of an assessment as bundle entries (base64), for a bundle that carries the photos. */
export async function loadBundleFiles(assessmentId: string): Promise<BundleFile[]> {
  const rows = await fileRows(assessmentId);
  const out: BundleFile[] = [];
  for (const row of rows) {
    out.push({
      id: row.id,
      mime: row.blob.type || 'application/octet-stream',
      data: base64(new Uint8Array(await row.blob.arrayBuffer())),
      thumb: row.thumb ? base64(new Uint8Array(await row.thumb.arrayBuffer())) : null,
    });
  }
  return out;
}
