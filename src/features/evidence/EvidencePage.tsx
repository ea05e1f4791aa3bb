import { ConfirmDelete } from '../../ui/ConfirmDelete';
import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { useEffect, useMemo, useState } from 'react';
import { useLiveRead } from '../../data/live';
import { Link, useParams, useSearch } from 'wouter';
import { deleteEvidence, evidenceBytes, getEvidenceFile, listEvidence, localToday } from '../../data/evidence';
import { loadRosterContext } from '../../data/staff';
import { storageStatus, type StorageStatus } from '../../data/storage';
import { formatBytes } from '../../domain/format';
import { expiryState, type Assessment, type EvidenceDoc } from '../../domain/records';
import { allItems } from '../../domain/standard/validate';
import { findKhusus, findUmum } from '../../domain/standard/registry';
import type { Item } from '../../domain/standard/schema';
import { formatDateId } from '../../ui/format';
import { useBlobUrl } from '../../ui/useBlobUrl';
import { downloadBlob } from '../../ui/download';
import { sniffFileType } from '../../domain/bundle/fileType';
import { EvidenceForm, hasNewEvidenceDraft } from './EvidenceForm';
import { writeErrorMessage } from './messages';
import './evidence.css';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; id: string };

function standardItems(assessment: Assessment): Item[] {
  try {
    const umum = findUmum(assessment.standardId, assessment.standardVersion);
    const khusus = findKhusus(assessment.khususId, assessment.khususVersion);
    return [...(umum ? allItems(umum) : []), ...(khusus ? allItems(khusus) : [])];
  } catch {
    return [];
  }
}

function ExpiryBadge({ doc, today }: { doc: EvidenceDoc; today: string }) {
  const state = expiryState(doc.expiryDate, today);
  if (state === 'expired') return <span className="badge danger">Kedaluwarsa</span>;
  if (state === 'expiring') return <span className="badge warn">Berakhir ≤ 90 hari</span>;
  return null;
}

function Thumb({ doc }: { doc: EvidenceDoc }) {
  const file = useLiveRead(() => (doc.size > 0 ? getEvidenceFile(doc.id) : Promise.resolve(undefined)), [doc.id, doc.updatedAt, doc.size]); // eslint-disable-line react-hooks/exhaustive-deps -- a replaced file (new updatedAt) is read again
  const url = useBlobUrl(file?.thumb);
  if (url) return <img src={url} alt={`Foto bukti: ${doc.title || doc.kind}`} className="thumb" data-testid="evidence-thumb" />;
  if (doc.mime === 'application/pdf') return <span className="thumb thumb-pdf" aria-hidden="true">PDF</span>;
  return <span className="thumb thumb-none" aria-hidden="true">—</span>;
}

/**
 * Opens a stored file in a new tab only as the type its bytes say (JPEG, PNG or PDF); anything else, e.g. a file
 * stored by an older version of the app, is saved as a download so nothing can run in the app's origin.
 */
async function openFile(doc: EvidenceDoc): Promise<void> {
  const file = await getEvidenceFile(doc.id);
  if (!file) return;
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const type = sniffFileType(bytes);
  const blob = new Blob([bytes], { type: type ?? 'application/octet-stream' });
  if (!type) {
    downloadBlob(blob, doc.fileName || 'berkas-bukti.bin');
    return;
  }
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function EvidenceCard({
  doc,
  today,
  readOnly,
  onEdit,
  onError,
}: {
  doc: EvidenceDoc;
  today: string;
  readOnly: boolean;
  onEdit: () => void;
  onError: (m: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const name = doc.title ? `${doc.kind}: ${doc.title}` : doc.kind;
  const remove = async () => {
    try {
      await deleteEvidence(doc.id);
    } catch (error) {
      onError(writeErrorMessage(error));
    }
  };
  return (
    <li id={`bukti-${doc.id}`} className="evidence-card" data-testid="evidence-card">
      <div className="evidence-card-body">
        <Thumb doc={doc} />
        <div className="evidence-text">
          <strong>{doc.kind}</strong>
          {doc.title && <div>{doc.title}</div>}
          {(doc.number || doc.issuer) && (
            <div className="muted">{[doc.number && `No. ${doc.number}`, doc.issuer].filter(Boolean).join(' · ')}</div>
          )}
          {(doc.issueDate || doc.expiryDate) && (
            <div className="muted">
              {doc.issueDate && `Terbit ${formatDateId(doc.issueDate)}`}
              {doc.issueDate && doc.expiryDate && ' · '}
              {doc.expiryDate && `berlaku sampai ${formatDateId(doc.expiryDate)}`} <ExpiryBadge doc={doc} today={today} />
            </div>
          )}
          {doc.itemIds.length > 0 && (
            <div className="evidence-items">
              Butir:{' '}
              {doc.itemIds.map((itemId, i) => (
                <span key={itemId}>
                  {i > 0 && ', '}
                  <Link href={`/asesmen/${encodeURIComponent(doc.assessmentId)}/butir/${encodeURIComponent(itemId)}`}>{itemId}</Link>
                </span>
              ))}
            </div>
          )}
          {doc.size > 0 && (
            <div className="muted">
              {doc.fileName} · {formatBytes(doc.size)}
              {doc.width > 0 && ` · ${doc.width}×${doc.height} px`}
            </div>
          )}
        </div>
      </div>
      <div className="actions">
        {doc.size > 0 && (
          <button type="button" className="secondary" aria-label={`Buka berkas ${name}`} onClick={() => void openFile(doc)}>
            Buka
          </button>
        )}
        {!readOnly && (
          <>
            <button type="button" className="secondary" aria-label={`Ubah ${name}`} onClick={onEdit}>
              Ubah
            </button>
            <button type="button" className="secondary" aria-label={`Hapus ${name}`} onClick={() => setConfirming(true)}>
              Hapus
            </button>
          </>
        )}
      </div>
      {confirming && (
        <ConfirmDelete label={`Konfirmasi hapus ${name}`} question="Hapus bukti ini beserta lampirannya?" onConfirm={() => void remove()} onCancel={() => setConfirming(false)} />
      )}
    </li>
  );
}

function EditForm({ doc, assessmentId, items, onDone }: { doc: EvidenceDoc; assessmentId: string; items: Item[]; onDone: (d: EvidenceDoc | null) => void }) {
  const file = useLiveRead(async () => ({ file: await getEvidenceFile(doc.id) }), [doc.id]);
  if (!file) return <p role="status">Memuat…</p>;
  return <EvidenceForm key={doc.id} assessmentId={assessmentId} items={items} doc={doc} storedFile={file.file} onDone={onDone} />;
}

function StorageLine({ assessmentId }: { assessmentId: string }) {
  const here = useLiveRead(() => evidenceBytes(assessmentId), [assessmentId]);
  const all = useLiveRead(() => evidenceBytes(), []);
  const [device, setDevice] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void storageStatus()
      .then(setDevice)
      .catch(() => setDevice(null));
  }, [all]);
  return (
    <p className="evidence-usage muted" data-testid="evidence-usage">
      Ruang untuk bukti asesmen ini: {formatBytes(here ?? null)} · semua bukti di perangkat: {formatBytes(all ?? null)}
      {device?.quota ? ` · penyimpanan perangkat terpakai ${formatBytes(device.usage)} dari ${formatBytes(device.quota)}` : ''}
    </p>
  );
}

export default function EvidencePage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const search = useSearch();
  const butir = new URLSearchParams(search).get('butir');
  const context = useLiveRead(() => loadRosterContext(assessmentId), [assessmentId]);
  const docs = useLiveRead(() => listEvidence(assessmentId), [assessmentId]);
  const [mode, setMode] = useState<Mode>(butir || hasNewEvidenceDraft(assessmentId) ? { kind: 'new' } : { kind: 'list' });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const today = localToday();
  const items = useMemo(() => (context ? standardItems(context.assessment) : []), [context]);

  if (context === undefined || docs === undefined) return <p role="status">Memuat bukti…</p>;
  if (context === null) {
    return <AssessmentNotFound backHref="/asesmen" backLabel="Kembali ke daftar asesmen" />;
  }
  const { assessment, institution } = context;
  const readOnly = assessment.status === 'final';
  const item = butir ? items.find((i) => i.id === butir) : undefined;
  const shown = item ? docs.filter((d) => d.itemIds.includes(item.id)) : docs;
  const editing = mode.kind === 'edit' ? docs.find((d) => d.id === mode.id) : undefined;
  const flagged = docs.filter((d) => ['expired', 'expiring'].includes(expiryState(d.expiryDate, today))).length;

  const done = (saved: EvidenceDoc | null) => {
    setMode({ kind: 'list' });
    setError('');
    if (saved) setStatus(`Bukti tersimpan: ${saved.title || saved.kind}.`);
  };

  return (
    <div className="evidence">
      <h1>Bukti dan daftar dokumen</h1>
      <p className="muted">
        Formulir B · {institution?.name ?? 'Lembaga'} · periode {assessment.period} ·{' '}
        <Link href={`/asesmen/${encodeURIComponent(assessment.id)}${item ? `/butir/${encodeURIComponent(item.id)}` : ''}`}>
          {item ? `kembali ke butir ${item.id}` : 'kembali ke instrumen'}
        </Link>
      </p>
      {butir && !item && <p className="card warn">Butir {butir} tidak ada di standar yang dipakai asesmen ini.</p>}
      {item && (
        <div className="card item-context">
          <strong>Butir {item.id}</strong> {item.statement}
          <div className="muted">Bukti yang diminta: {item.evidence.join('; ')}</div>
        </div>
      )}
      {readOnly && <p className="card warn">Asesmen ini sudah final. Bukti hanya dapat dilihat; buka kembali asesmen untuk mengubahnya.</p>}
      <StorageLine assessmentId={assessment.id} />
      <p role="status" className="status-line">
        {status}
      </p>
      <div role="alert" className="error">
        {error}
      </div>

      {!readOnly && mode.kind === 'new' && (
        <EvidenceForm assessmentId={assessment.id} items={items} initialItemIds={item ? [item.id] : []} onDone={done} />
      )}
      {!readOnly && editing && <EditForm doc={editing} assessmentId={assessment.id} items={items} onDone={done} />}
      {!readOnly && mode.kind === 'list' && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setStatus('');
              setMode({ kind: 'new' });
            }}
          >
            Tambah bukti{item ? ` untuk ${item.id}` : ''}
          </button>
        </div>
      )}

      <section aria-labelledby="evidence-list-title">
        <h2 id="evidence-list-title">
          {item ? `Bukti butir ${item.id}` : 'Daftar dokumen'} ({shown.length})
        </h2>
        {flagged > 0 && !item && (
          <p className="warn-text">{flagged} dokumen sudah kedaluwarsa atau berakhir dalam 90 hari. Perbarui dokumennya.</p>
        )}
        {shown.length === 0 ? (
          <p className="muted">Belum ada bukti. Tambahkan foto atau berkas dokumen, lalu tautkan ke butir yang dibuktikannya.</p>
        ) : (
          <ul className="evidence-list">
            {shown.map((doc) => (
              <EvidenceCard
                key={doc.id}
                doc={doc}
                today={today}
                readOnly={readOnly}
                onEdit={() => {
                  setStatus('');
                  setMode({ kind: 'edit', id: doc.id });
                  window.scrollTo({ top: 0 });
                }}
                onError={setError}
              />
            ))}
          </ul>
        )}
        {item && docs.length > shown.length && (
          <p>
            <Link href={`/asesmen/${encodeURIComponent(assessment.id)}/bukti`}>Tampilkan semua bukti ({docs.length})</Link>
          </p>
        )}
      </section>
    </div>
  );
}
