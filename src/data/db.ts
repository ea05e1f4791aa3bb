import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Action,
  Answer,
  Assessment,
  EvidenceDoc,
  Institution,
  ReviewItem,
  ReviewMeta,
  StaffMember,
} from '../domain/records';

/** Bytes of an evidence file, kept apart from its metadata so lists never load images. */
export interface EvidenceFile {
  id: string;
  blob: Blob;
  thumb: Blob | null;
}

/** A bundle gathered into the regional recap (rekap wilayah); `bundle` is the validated bundle without images. */
export interface RecapSource {
  id: string;
  /** institution key + period: the same institution and period keeps the latest finalised assessment. */
  key: string;
  fileName: string;
  importedAt: string;
  bundle: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The format of the data this app version writes. A database stamped with a higher number was written
 * by a newer app: the app then asks the user to update instead of misreading it.
 */
export const DATA_FORMAT = 2;

export class SwanilaiDb extends Dexie {
  institutions!: EntityTable<Institution, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Table<Answer, [string, string]>;
  staff!: EntityTable<StaffMember, 'id'>;
  evidence!: EntityTable<EvidenceDoc, 'id'>;
  evidenceFiles!: EntityTable<EvidenceFile, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  reviews!: Table<ReviewItem, [string, string]>;
  reviewMeta!: EntityTable<ReviewMeta, 'assessmentId'>;
  recapSources!: EntityTable<RecapSource, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'swanilai-panti') {
    super(name);
    // Every schema version, in order. Versions only add tables, indexes and fields: nothing is renamed or reused.
    this.version(1).stores({
      institutions: 'id, name',
      assessments: 'id, institutionId, updatedAt',
      answers: '[assessmentId+itemId], assessmentId',
      meta: 'key',
    });
    this.version(2)
      .stores({
        institutions: 'id, name, province, type',
        assessments: 'id, institutionId, updatedAt, status',
        staff: 'id, assessmentId',
        evidence: 'id, assessmentId, expiryDate',
        evidenceFiles: 'id',
        actions: 'id, assessmentId, itemId, targetDate',
        reviews: '[assessmentId+itemId], assessmentId',
        reviewMeta: 'assessmentId',
        recapSources: 'id, key, importedAt',
      })
      .upgrade(async (tx) => {
        // Version 1 assessments had no khusus module, declaration or history.
        await tx
          .table('assessments')
          .toCollection()
          .modify((a: Record<string, unknown>) => {
            a.khususId ??= null;
            a.khususVersion ??= null;
            a.lastItemId ??= null;
            a.declaration ??= null;
            a.finalisedAt ??= null;
            a.history ??= [];
            a.status ??= 'draft';
          });
        await tx
          .table('answers')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.na ??= false;
            row.naReason ??= '';
            row.note ??= '';
          });
        await tx.table('meta').put({ key: 'dataFormat', value: 2 });
      });
  }
}

export const db = new SwanilaiDb();
