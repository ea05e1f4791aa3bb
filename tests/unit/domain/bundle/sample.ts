/**
 * Valid sample records for bundle tests (unit and browser tests share it). Everything is checked against the
 * zod schemas by the callers, so a schema change shows up here first.
 */
import { answerSchema, assessmentSchema, type DraftAssessment, type FinalAssessment, type Action, type Answer, type Assessment, type EvidenceDoc, type Institution, type ReviewItem, type StaffMember } from '../../../../src/domain/records';
import { sealBundle, snapshotContent, type AssessmentSnapshot, type Bundle, type BundleFile } from '../../../../src/domain/bundle';

export const T0 = '2026-11-01T08:00:00.000Z';
export const T1 = '2026-11-10T08:00:00.000Z';
export const T2 = '2026-11-20T08:00:00.000Z';

export function sampleInstitution(over: Partial<Institution> = {}): Institution {
  return {
    id: 'inst-1', name: 'LKSA Harapan Bangsa', type: 'lksa', typeOther: '', ownership: 'masyarakat',
    registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
    address: 'Jl. Melati 1', kelurahan: '', kecamatan: '', kabupaten: 'Kota Bandung', province: 'Jawa Barat',
    capacity: 40, clientsMale: 12, clientsFemale: 14, headName: 'Ibu Sari', phone: '', email: '',
    createdAt: T0, updatedAt: T1, ...over,
  };
}

/** A valid assessment; final without a declaration cannot be built (assessmentSchema refuses it). */
export function sampleAssessment(over: Partial<Omit<DraftAssessment, 'status' | 'declaration' | 'finalisedAt'>> & Partial<Pick<FinalAssessment, 'status' | 'declaration' | 'finalisedAt'>> = {}): Assessment {
  return assessmentSchema.parse({
    id: 'asm-1', institutionId: 'inst-1', period: '2026', standardId: 'standar-umum', standardVersion: '1.0.0',
    khususId: null, khususVersion: null, status: 'draft', lastItemId: null, declaration: null, finalisedAt: null,
    history: [], createdAt: T0, updatedAt: T1, ...over,
  });
}

/** A valid answer row; N/A with a level cannot be built (answerSchema refuses it). */
export function sampleAnswer(itemId: string, level: Answer['level'], over: Partial<Omit<Answer, 'na'>> & { na?: boolean } = {}): Answer {
  return answerSchema.parse({ assessmentId: 'asm-1', itemId, level, na: false, naReason: '', note: '', updatedAt: T1, ...over });
}

export function sampleStaff(over: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'staff-1', assessmentId: 'asm-1', name: 'AS', role: 'pekerja-sosial', unsur: 'operasional', education: 'S1/D4',
    employment: 'tetap', certified: true, trainedLast12Months: true, empowermentCapable: true, createdAt: T0, updatedAt: T1, ...over,
  };
}

export function sampleEvidence(over: Partial<EvidenceDoc> = {}): EvidenceDoc {
  return {
    id: 'ev-1', assessmentId: 'asm-1', kind: 'Izin operasional', title: 'Izin operasional 2025', number: '12/2025',
    issuer: 'Dinas Sosial', issueDate: '2025-01-02', expiryDate: '2030-01-01', itemIds: [], fileName: 'izin.png',
    mime: 'image/png', size: 68, width: 1, height: 1, createdAt: T0, updatedAt: T1, ...over,
  };
}

export function sampleAction(itemId: string, over: Partial<Action> = {}): Action {
  return {
    id: 'act-1', assessmentId: 'asm-1', itemId, action: 'Menyusun SOP', responsible: 'Kepala panti', targetDate: '2027-01-31',
    status: 'belum', createdAt: T0, updatedAt: T1, ...over,
  };
}

export function sampleReview(itemId: string, over: Partial<ReviewItem> = {}): ReviewItem {
  return { assessmentId: 'asm-1', itemId, verifiedLevel: 2, finding: 'tidak-sesuai', note: 'Dokumen tidak ada', updatedAt: T2, ...over };
}

/** A 1×1 PNG, base64. */
export const PNG_1x1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function sampleSnapshot(itemIds: string[] = ['KLB-1.1', 'KLB-1.2'], over: Partial<AssessmentSnapshot> = {}): AssessmentSnapshot {
  return {
    institution: sampleInstitution(),
    assessment: sampleAssessment(),
    answers: itemIds.map((id, i) => sampleAnswer(id, ((i % 4) + 1) as Answer['level'])),
    staff: [sampleStaff()],
    evidence: [sampleEvidence({ itemIds: itemIds.slice(0, 1) })],
    actions: [sampleAction(itemIds[0]!)],
    reviews: [],
    reviewMeta: null,
    ...over,
  };
}

export function sampleFiles(): BundleFile[] {
  return [{ id: 'ev-1', mime: 'image/png', data: PNG_1x1, thumb: null }];
}

export async function sampleBundle(
  snapshot: AssessmentSnapshot = sampleSnapshot(),
  files: BundleFile[] = sampleFiles(),
  kind: Bundle['kind'] = 'assessment',
): Promise<Bundle> {
  return sealBundle(snapshotContent(snapshot, files, kind), { version: '0.1.0', build: 'test' }, T2);
}
