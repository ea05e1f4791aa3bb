/** The report's Formulir B (every evidence entry) and the photo appendix after it. */
import type { EvidenceDoc } from '../records';
import { expiryState } from '../records/evidence';
import { localDateOf } from '../format';
import { formatDateId } from './format';
import type { ReportEvidence, ReportModel } from './types';

import { dash } from './institution';

/** Formulir B: by kind, then in the order the entries were made. */
export function buildEvidenceList(docs: readonly EvidenceDoc[], today: string): ReportEvidence[] {
  return [...docs]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((e, i) => {
      const state = expiryState(e.expiryDate, today);
      return {
        no: i + 1,
        id: e.id,
        kind: e.kind,
        title: e.title,
        number: dash(e.number),
        issuer: dash(e.issuer),
        issueDate: e.issueDate ? formatDateId(e.issueDate) : '—',
        expiryDate: e.expiryDate ? formatDateId(e.expiryDate) : '—',
        expiryNote: state === 'expired' ? 'Kedaluwarsa' : state === 'expiring' ? 'Segera kedaluwarsa' : '',
        itemIds: e.itemIds.length ? [...e.itemIds].sort().join(', ') : '—',
        isImage: e.mime.startsWith('image/'),
        fileName: e.fileName,
      };
    });
}

/** Every image entry of Formulir B, in its order, with a caption an assessor can match to the entry. */
export function buildPhotoAppendix(evidence: readonly ReportEvidence[], docs: readonly EvidenceDoc[], includesPhotos: boolean): ReportModel['photoAppendix'] {
  const byId = new Map(docs.map((e) => [e.id, e]));
  return {
    note: evidence.some((e) => e.isImage)
      ? `Foto bukti dicetak dalam ukuran yang diperkecil untuk laporan; berkas aslinya tersimpan di perangkat lembaga${includesPhotos ? ' dan ikut di dalam berkas asesmen terlampir' : ''}.`
      : 'Tidak ada foto bukti yang dicatat.',
    photos: evidence
      .filter((e) => e.isImage)
      .map((e, i) => {
        const src = byId.get(e.id);
        const dateText = src?.issueDate ? `Tanggal ${formatDateId(src.issueDate)}` : src ? `Dicatat ${formatDateId(localDateOf(src.createdAt))}` : '';
        return {
          evidenceId: e.id,
          no: i + 1,
          evidenceNo: e.no,
          title: e.title.trim() === '' ? e.fileName || 'Foto tanpa judul' : e.title,
          kind: e.kind,
          dateText,
          itemsText: e.itemIds === '—' ? 'Belum dikaitkan dengan butir' : `Mendukung butir ${e.itemIds}`,
        };
      }),
  };
}
