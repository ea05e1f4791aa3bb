import { useEffect, useId, useMemo, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from '../../data/drafts';
import { useHoldUnsavedInput } from '../../ui/unsavedInput';
import { DOCUMENT_KINDS, type EvidenceDoc } from '../../domain/records';
import type { Item } from '../../domain/standard/schema';
import { saveEvidence, type EvidenceInput, type FileChange, type PreparedFile } from '../../data/evidence';
import type { EvidenceFile } from '../../data/db';
import { requestPersistenceAfterFirstSave } from '../../data/storage';
import { prepareEvidenceFile } from '../../ui/prepareEvidenceFile';
import { useBlobUrl } from '../../ui/useBlobUrl';
import { formatBytes } from '../../domain/format';
import { writeErrorMessage } from './messages';

const OTHER = 'Dokumen lainnya';
const PHOTO_KIND = 'Foto kegiatan/sarana';

/** The typed fields of an evidence form, kept as a draft until saved or cancelled. */
interface EvidenceDraft {
  kind: string;
  kindOther: string;
  title: string;
  number: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  itemIds: string[];
}

export const evidenceDraftName = (assessmentId: string, docId?: string) => `evidence:${assessmentId}:${docId ?? 'baru'}`;

/** Whether a new-evidence form was left with typed input (the page then reopens it). */
export function hasNewEvidenceDraft(assessmentId: string): boolean {
  return loadDraft(evidenceDraftName(assessmentId)) !== null;
}

interface Props {
  assessmentId: string;
  items: Item[];
  /** The entry being edited; undefined for a new one. */
  doc?: EvidenceDoc;
  storedFile?: EvidenceFile;
  initialItemIds?: string[];
  onDone: (saved: EvidenceDoc | null) => void;
}

function ItemPicker({ items, selected, onChange }: { items: Item[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const list = q ? items.filter((i) => i.id.toLowerCase().includes(q) || i.statement.toLowerCase().includes(q)) : items;
    return list.slice(0, 200);
  }, [items, filter]);
  const toggle = (itemId: string, on: boolean) =>
    onChange(on ? [...selected, itemId] : selected.filter((x) => x !== itemId));
  return (
    <fieldset className="item-picker">
      <legend>Butir yang dibuktikan ({selected.length} dipilih)</legend>
      {selected.length > 0 && (
        <ul className="chips" aria-label="Butir terpilih">
          {selected.map((itemId) => (
            <li key={itemId}>
              <button type="button" className="secondary chip" aria-label={`Lepas butir ${itemId}`} onClick={() => toggle(itemId, false)}>
                {itemId} ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Pilih butir</summary>
        <label htmlFor={`${id}-filter`}>Cari butir (kode atau kata)</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <ul className="item-options">
          {shown.map((item) => (
            <li key={item.id}>
              <label className="item-option">
                <input type="checkbox" checked={selected.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                <span>
                  <strong>{item.id}</strong> {item.statement}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}

function FilePreview({ file, fileName, mime, size }: { file: PreparedFile | EvidenceFile; fileName: string; mime: string; size: number }) {
  const url = useBlobUrl(file.thumb);
  return (
    <div className="file-preview">
      {url ? <img src={url} alt={`Pratinjau ${fileName}`} className="thumb" /> : <span className="thumb thumb-pdf" aria-hidden="true">PDF</span>}
      <span>
        {fileName || (mime === 'application/pdf' ? 'dokumen.pdf' : 'foto.jpg')} · {formatBytes(size)}
      </span>
    </div>
  );
}

/** Add or edit one entry of the evidence register, with an optional photo or file. Nothing is written until "Simpan". */
export function EvidenceForm({ assessmentId, items, doc, storedFile, initialItemIds = [], onDone }: Props) {
  const id = useId();
  const knownKind = doc ? (DOCUMENT_KINDS as readonly string[]).includes(doc.kind) : true;
  // What was typed and not saved survives a reload, a closed tab or a dead battery (the chosen file must be chosen again).
  const draftName = evidenceDraftName(assessmentId, doc?.id);
  const [restored] = useState(() => loadDraft<EvidenceDraft>(draftName)?.values ?? null);
  const [kind, setKind] = useState<string>(restored?.kind ?? (doc ? (knownKind ? doc.kind : OTHER) : ''));
  const [kindOther, setKindOther] = useState(restored?.kindOther ?? (doc && !knownKind ? doc.kind : ''));
  const [title, setTitle] = useState(restored?.title ?? doc?.title ?? '');
  const [number, setNumber] = useState(restored?.number ?? doc?.number ?? '');
  const [issuer, setIssuer] = useState(restored?.issuer ?? doc?.issuer ?? '');
  const [issueDate, setIssueDate] = useState(restored?.issueDate ?? doc?.issueDate ?? '');
  const [expiryDate, setExpiryDate] = useState(restored?.expiryDate ?? doc?.expiryDate ?? '');
  const [itemIds, setItemIds] = useState<string[]>(restored?.itemIds ?? doc?.itemIds ?? initialItemIds);
  const [change, setChange] = useState<FileChange>({ kind: 'keep' });
  const [processing, setProcessing] = useState(false);
  const [fileError, setFileError] = useState('');
  const [error, setError] = useState('');
  const [kindError, setKindError] = useState('');
  const [dateError, setDateError] = useState('');
  const [saving, setSaving] = useState(false);
  // Anything typed or picked and not saved yet: an update from another tab must not reload this form away.
  const dirty =
    change.kind !== 'keep' ||
    title !== (doc?.title ?? '') ||
    number !== (doc?.number ?? '') ||
    issuer !== (doc?.issuer ?? '') ||
    issueDate !== (doc?.issueDate ?? '') ||
    expiryDate !== (doc?.expiryDate ?? '') ||
    kindOther !== (doc && !knownKind ? doc.kind : '');
  useHoldUnsavedInput(dirty && !saving);
  const typed = dirty && !saving;
  useEffect(() => {
    if (typed) saveDraft<EvidenceDraft>(draftName, { kind, kindOther, title, number, issuer, issueDate, expiryDate, itemIds });
    else if (!saving) clearDraft(draftName); // typed back to what is stored: nothing to keep
  }, [typed, saving, draftName, kind, kindOther, title, number, issuer, issueDate, expiryDate, itemIds]);
  const finish = (saved: EvidenceDoc | null) => {
    clearDraft(draftName);
    onDone(saved);
  };

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setFileError('');
    setProcessing(true);
    const result = await prepareEvidenceFile(chosen);
    setProcessing(false);
    if (!result.ok) {
      setFileError(result.message);
      return;
    }
    setChange({ kind: 'replace', file: result.file });
    if (!kind && result.file.mime.startsWith('image/')) setKind(PHOTO_KIND);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (saving || processing) return;
    const finalKind = kind === OTHER ? kindOther.trim() || OTHER : kind;
    const kErr = finalKind ? '' : 'Pilih jenis dokumen.';
    const dErr = issueDate && expiryDate && expiryDate < issueDate ? 'Tanggal berlaku sampai tidak boleh sebelum tanggal terbit.' : '';
    setKindError(kErr);
    setDateError(dErr);
    if (kErr || dErr) return;
    const input: EvidenceInput = { kind: finalKind, title: title.trim(), number: number.trim(), issuer: issuer.trim(), issueDate, expiryDate, itemIds };
    setSaving(true);
    setError('');
    try {
      const saved = await saveEvidence(assessmentId, input, change, doc?.id);
      void requestPersistenceAfterFirstSave();
      finish(saved);
    } catch (err) {
      // The form keeps everything the user entered, so nothing typed is lost; nothing was written.
      setError(writeErrorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const current = change.kind === 'replace' ? change.file : change.kind === 'keep' && storedFile && doc ? storedFile : null;
  const currentMeta =
    change.kind === 'replace'
      ? { fileName: change.file.fileName, mime: change.file.mime, size: change.file.blob.size }
      : { fileName: doc?.fileName ?? '', mime: doc?.mime ?? '', size: doc?.size ?? 0 };

  return (
    <form className="card evidence-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{doc ? 'Ubah bukti' : 'Tambah bukti'}</h2>
      {restored && (
        <p className="card warn" role="status" data-testid="evidence-draft-restored">
          Isian yang belum disimpan dipulihkan. Foto atau berkas yang sempat dipilih perlu dipilih lagi; tekan Batal untuk membuang isian ini.
        </p>
      )}

      <div className="file-actions">
        <label className="button secondary file-button">
          Ambil foto
          <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={(e) => void pick(e.currentTarget)} />
        </label>
        <label className="button secondary file-button">
          Pilih berkas (PDF/foto)
          <input type="file" accept="image/*,application/pdf,.pdf" className="visually-hidden" onChange={(e) => void pick(e.currentTarget)} />
        </label>
      </div>
      {processing && <p role="status">Memproses berkas…</p>}
      {fileError && (
        <p role="alert" className="field-error">
          {fileError}
        </p>
      )}
      {current && (
        <div className="attached">
          <FilePreview file={current} {...currentMeta} />
          <button type="button" className="secondary" onClick={() => setChange(doc?.size ? { kind: 'remove' } : { kind: 'keep' })}>
            Lepas lampiran
          </button>
        </div>
      )}
      {change.kind === 'remove' && <p className="muted">Lampiran akan dihapus saat disimpan.</p>}

      <label htmlFor={`${id}-kind`}>Jenis dokumen</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        aria-invalid={kindError ? true : undefined}
        aria-describedby={kindError ? `${id}-kind-error` : undefined}
      >
        <option value="">— pilih —</option>
        {DOCUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      {kindError && (
        <p id={`${id}-kind-error`} className="field-error">
          {kindError}
        </p>
      )}
      {kind === OTHER && (
        <>
          <label htmlFor={`${id}-kind-other`}>Jenis lain (tulis)</label>
          <input id={`${id}-kind-other`} value={kindOther} maxLength={200} onChange={(e) => setKindOther(e.target.value)} />
        </>
      )}
      <label htmlFor={`${id}-title-input`}>Judul / keterangan</label>
      <input id={`${id}-title-input`} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      <div className="grid-2">
        <div>
          <label htmlFor={`${id}-number`}>Nomor dokumen</label>
          <input id={`${id}-number`} value={number} maxLength={200} onChange={(e) => setNumber(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-issuer`}>Diterbitkan oleh</label>
          <input id={`${id}-issuer`} value={issuer} maxLength={300} onChange={(e) => setIssuer(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-issue`}>Tanggal terbit</label>
          <input id={`${id}-issue`} type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-expiry`}>Berlaku sampai (kosongkan bila tidak ada)</label>
          <input
            id={`${id}-expiry`}
            type="date"
            value={expiryDate}
            onChange={(e) => setExpiryDate(e.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
          />
        </div>
      </div>
      {dateError && (
        <p id={`${id}-date-error`} className="field-error">
          {dateError}
        </p>
      )}

      <ItemPicker items={items} selected={itemIds} onChange={setItemIds} />

      <div role="alert" className="error">
        {error}
      </div>
      <div className="actions">
        <button type="submit" disabled={saving || processing}>
          {saving ? 'Menyimpan…' : 'Simpan'}
        </button>
        <button type="button" className="secondary" onClick={() => finish(null)}>
          Batal
        </button>
      </div>
    </form>
  );
}
