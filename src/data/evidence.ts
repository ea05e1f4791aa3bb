import { authorOf } from './guard';
import { profileDocuments } from '../domain/eligibility/check';
import { evidenceDocSchema, expiryState, type Assessment, type EvidenceDoc, type ExpiryState, type Institution } from '../domain/records';
import { db, type EvidenceFile } from './db';
import { newId } from './ids';
import { assertAssessmentEditable, touchAssessment } from './staff';
import { StoreError } from './errors';

/** The editable fields of an evidence register entry (file metadata comes from the attached file). */
export type EvidenceInput = Pick<EvidenceDoc, 'kind' | 'title' | 'number' | 'issuer' | 'issueDate' | 'expiryDate' | 'itemIds'>;

/** A prepared file: the bytes to store (already downscaled for images) and what the register records about it. */
export interface PreparedFile {
  blob: Blob;
  thumb: Blob | null;
  fileName: string;
  mime: string;
  width: number;
  height: number;
}

/** What to do with the attached file on save: keep what is stored, replace it, or remove it. */
export type FileChange = { kind: 'keep' } | { kind: 'replace'; file: PreparedFile } | { kind: 'remove' };

const byCreated = (a: EvidenceDoc, b: EvidenceDoc) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export async function listEvidence(assessmentId: string): Promise<EvidenceDoc[]> {
  const rows = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
  return rows.sort(byCreated);
}

export async function getEvidence(id: string): Promise<EvidenceDoc | undefined> {
  return db.evidence.get(id);
}

/** The stored bytes of one entry (image, thumbnail or PDF); undefined when the entry has no file. */
export async function getEvidenceFile(id: string): Promise<EvidenceFile | undefined> {
  return db.evidenceFiles.get(id);
}

/** The entries that prove one item. */
export async function evidenceForItem(assessmentId: string, itemId: string): Promise<EvidenceDoc[]> {
  const rows = await db.evidence.where('assessmentId').equals(assessmentId).filter((d) => d.itemIds.includes(itemId)).toArray();
  return rows.sort(byCreated);
}

/** Number of entries per item id, for lists of items. */
export async function evidenceCountsByItem(assessmentId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const doc of await db.evidence.where('assessmentId').equals(assessmentId).toArray()) {
    for (const itemId of new Set(doc.itemIds)) counts[itemId] = (counts[itemId] ?? 0) + 1;
  }
  return counts;
}

/** Lists are ordered by createdAt: two entries added within the same millisecond still keep their order. */
async function nextCreatedAt(assessmentId: string, now: string): Promise<string> {
  const rows = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
  const last = rows.reduce((max, d) => (d.createdAt > max ? d.createdAt : max), '');
  return last >= now ? new Date(Date.parse(last) + 1).toISOString() : now;
}

/**
 * Creates (id undefined) or updates an entry of the evidence register. The entry and its file are written in ONE
 * transaction: when the browser refuses the write (e.g. QuotaExceededError) nothing of it is stored and the
 * previous version stays as it was. Returns the stored entry.
 */
export async function saveEvidence(
  assessmentId: string,
  input: EvidenceInput,
  file: FileChange,
  id?: string,
): Promise<EvidenceDoc> {
  const now = new Date().toISOString();
  return db.transaction('rw', [db.assessments, db.evidence, db.evidenceFiles], async () => {
    const assessment = await assertAssessmentEditable(assessmentId);
    const current = id ? await db.evidence.get(id) : undefined;
    if (id && !current) throw new StoreError('row-missing');
    if (current && current.assessmentId !== assessmentId) throw new StoreError('row-elsewhere');
    const fileMeta =
      file.kind === 'replace'
        ? { fileName: file.file.fileName, mime: file.file.mime, size: file.file.blob.size, width: file.file.width, height: file.file.height }
        : file.kind === 'remove'
          ? { fileName: '', mime: '', size: 0, width: 0, height: 0 }
          : {};
    const record = evidenceDocSchema.parse({
      ...current,
      ...input,
      itemIds: [...new Set(input.itemIds)],
      ...fileMeta,
      ...authorOf(assessment),
      id: current?.id ?? newId(),
      assessmentId,
      createdAt: current?.createdAt ?? (await nextCreatedAt(assessmentId, now)),
      updatedAt: now,
    });
    await db.evidence.put(record);
    if (file.kind === 'replace') await db.evidenceFiles.put({ id: record.id, blob: file.file.blob, thumb: file.file.thumb });
    if (file.kind === 'remove') await db.evidenceFiles.delete(record.id);
    await touchAssessment(assessmentId, now);
    return record;
  });
}

/** Deletes an entry and its file together. */
export async function deleteEvidence(id: string): Promise<void> {
  await db.transaction('rw', [db.assessments, db.evidence, db.evidenceFiles], async () => {
    const current = await db.evidence.get(id);
    if (!current) return;
    await assertAssessmentEditable(current.assessmentId);
    await db.evidence.delete(id);
    await db.evidenceFiles.delete(id);
    await touchAssessment(current.assessmentId, new Date().toISOString());
  });
}

/** Bytes stored for evidence (files and thumbnails), for one assessment or for the whole device. */
export async function evidenceBytes(assessmentId?: string): Promise<number> {
  const ids = assessmentId ? await db.evidence.where('assessmentId').equals(assessmentId).primaryKeys() : null;
  const rows = ids ? await db.evidenceFiles.bulkGet(ids) : await db.evidenceFiles.toArray();
  return rows.reduce((sum, row) => sum + (row ? row.blob.size + (row.thumb?.size ?? 0) : 0), 0);
}

export interface ExpiryAlert {
  doc: EvidenceDoc;
  /** 'profile': the permit or registration recorded in the institution's profile (edited there, not in the register). */
  from?: 'profile';
  state: Extract<ExpiryState, 'expired' | 'expiring'>;
  assessment: Assessment;
  institution: Institution | null;
}

/** Today as YYYY-MM-DD in the device's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Documents that have expired or expire within 90 days. For one assessment, or (none given) for the
 * newest assessment (latest created) of each institution, so a document renewed in a newer assessment is not flagged again.
 * Expired first, then by expiry date.
 */
export async function expiryAlerts(today: string, assessmentId?: string): Promise<ExpiryAlert[]> {
  return db.transaction('r', [db.assessments, db.institutions, db.evidence], async () => {
    let assessments: Assessment[];
    if (assessmentId) {
      const one = await db.assessments.get(assessmentId);
      assessments = one ? [one] : [];
    } else {
      const latest = new Map<string, Assessment>();
      for (const a of await db.assessments.toArray()) {
        // An assessor's review copy is someone else's panti: its documents are not this device's reminders.
        if ((a as Assessment).origin?.kind === 'review-copy') continue;
        const seen = latest.get(a.institutionId);
        if (!seen || a.createdAt > seen.createdAt) latest.set(a.institutionId, a);
      }
      assessments = [...latest.values()];
    }
    const alerts: ExpiryAlert[] = [];
    for (const assessment of assessments) {
      const institution = (await db.institutions.get(assessment.institutionId)) ?? null;
      const docs = await db.evidence.where('assessmentId').equals(assessment.id).toArray();
      for (const doc of docs) {
        const state = expiryState(doc.expiryDate, today);
        if (state === 'expired' || state === 'expiring') alerts.push({ doc, state, assessment, institution });
      }
      // The profile's own permit and registration count too, wherever expired documents are counted.
      for (const p of institution ? profileDocuments(institution) : []) {
        const state = expiryState(p.expiryDate, today);
        if (state !== 'expired' && state !== 'expiring') continue;
        const doc = {
          id: `profil-${p.kind === 'Izin operasional' ? 'izin' : 'tanda-daftar'}`, assessmentId: assessment.id, kind: p.kind,
          title: 'di profil lembaga', number: p.number, issuer: '', issueDate: '', expiryDate: p.expiryDate, itemIds: [],
          fileName: '', mime: '', size: 0, width: 0, height: 0, createdAt: assessment.createdAt, updatedAt: assessment.updatedAt,
        } satisfies EvidenceDoc;
        alerts.push({ doc, state, assessment, institution, from: 'profile' });
      }
    }
    return alerts.sort((a, b) => (a.state === b.state ? a.doc.expiryDate.localeCompare(b.doc.expiryDate) : a.state === 'expired' ? -1 : 1));
  });
}
