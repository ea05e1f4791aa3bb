import { useState } from 'react';
import { getEvidenceFile } from '../data/evidence';
import { sniffFileType } from '../domain/bundle/fileType';
import { expiryState, type EvidenceDoc } from '../domain/records';
import { downloadBlob } from './download';
import { formatDateId } from './format';
import { useBlobUrl } from './useBlobUrl';

/** A stored photo shown in full inside the page (never a page of its own: nothing imported runs in the app's origin). */
function FullPhoto({ doc }: { doc: EvidenceDoc }) {
  const [blob, setBlob] = useState<Blob | null>(null);
  const [failed, setFailed] = useState(false);
  const url = useBlobUrl(blob);
  if (!blob)
    return (
      <button
        type="button"
        className="secondary small"
        onClick={async () => {
          const file = await getEvidenceFile(doc.id);
          if (!file) return setFailed(true);
          const bytes = new Uint8Array(await file.blob.arrayBuffer());
          const type = sniffFileType(bytes);
          if (!type) return setFailed(true);
          if (type === 'application/pdf') return downloadBlob(new Blob([bytes], { type }), doc.fileName || 'bukti.pdf');
          setBlob(new Blob([bytes], { type }));
        }}
      >
        {doc.mime === 'application/pdf' ? 'Unduh PDF' : 'Lihat foto'}
        {failed ? ' (berkas tidak tersedia di perangkat ini)' : ''}
      </button>
    );
  return url ? <img src={url} alt={`Foto bukti: ${doc.title || doc.kind}`} className="evidence-full" data-testid="evidence-full" /> : null;
}

/** The evidence linked to an item, with the facts an assessor checks: number, issuer, dates, expiry, the file itself. */
export function ItemEvidenceList({ docs, today }: { docs: readonly EvidenceDoc[]; today: string }) {
  if (docs.length === 0) return <p className="muted small">Tidak ada bukti yang ditautkan ke butir ini.</p>;
  return (
    <ul className="item-evidence" data-testid="item-evidence">
      {docs.map((d) => {
        const state = expiryState(d.expiryDate, today);
        return (
          <li key={d.id}>
            <strong>{d.kind}</strong>
            {d.title ? `: ${d.title}` : ''}
            <div className="muted small">
              {[d.number && `Nomor ${d.number}`, d.issuer && `dari ${d.issuer}`, d.issueDate && `terbit ${formatDateId(d.issueDate)}`, d.expiryDate && `berlaku sampai ${formatDateId(d.expiryDate)}`]
                .filter(Boolean)
                .join(' · ') || 'Tanpa nomor dan tanggal'}
              {state === 'expired' && <strong className="badge danger"> Kedaluwarsa</strong>}
            </div>
            {d.fileName && <FullPhoto doc={d} />}
          </li>
        );
      })}
    </ul>
  );
}
