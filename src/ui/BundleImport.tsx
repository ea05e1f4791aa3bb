import { formatDateTimeId } from './format';
import { MergePreview } from './MergePreview';
import { archiveProblemText, fileProblemText, fileProblemsText, planReasonText, storeErrorText } from './messages';
import { previewMerge, type MergePreview as MergePreviewData } from '../data/teamMerge';
import { missingChoices, type MergeChoice } from '../domain/team/merge';
import type { EvidenceDoc } from '../domain/records';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { extractPdfOffThread, type PdfJob } from './extractPdfOffThread';
import { applyImport, planImport } from '../data/bundleImport';
import { isZip, readBackupArchive, type ArchiveFile } from '../data/backupArchive';
import {
  ACTION_LABELS,
  entryKey,
  isPdf,
  MAX_BUNDLE_BYTES,
  parseBundle,
  withChoices,
  type Bundle,
  type ConflictChoice,
  type ImportPlan,
} from '../domain/bundle';

const KIND_LABELS: Record<Bundle['kind'], string> = {
  assessment: 'Berkas satu asesmen',
  backup: 'Cadangan seluruh data perangkat',
  review: 'Hasil verifikasi asesor',
};

const CHOICE_LABELS: Record<ConflictChoice, string> = {
  merge: 'Gabungkan butir demi butir (perubahan di salah satu salinan diambil; yang diubah berbeda di keduanya Anda pilih)',
  'keep-both': 'Simpan keduanya (berkas disimpan sebagai salinan)',
  replace: 'Ganti data di perangkat dengan isi berkas',
  skip: 'Lewati (data di perangkat tetap)',
};

const TYPE_LABELS = { institution: 'Profil lembaga', assessment: 'Asesmen', review: 'Verifikasi asesor' } as const;

const formatTime = (iso: string | null) => (iso ? formatDateTimeId(iso) : '—');

type State =
  | { step: 'idle' }
  | { step: 'reading'; cancellable?: boolean }
  | { step: 'rejected'; fileName: string; problems: string[] }
  | { step: 'preview'; fileName: string; bundle: Bundle; plan: ImportPlan; archiveFiles?: ReadonlyMap<string, ArchiveFile> }
  | { step: 'writing' }
  | { step: 'done'; message: string; assessmentIds: string[] };

/**
 * Import from a .json bundle or a PDF report with its attached bundle: checks the file, shows what it holds and
 * what will be added or replaced, asks for choices on conflicts, and writes only after the user confirms.
 * Text from the file is rendered as text (React escapes it).
 */
export function BundleImport({
  mode = 'device',
  onDone,
}: {
  /** 'assessor': only single-assessment bundles, written as read-only copies for verification. */
  mode?: 'device' | 'assessor';
  onDone?: (assessmentIds: string[], kind: Bundle['kind']) => void;
}) {
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  /** Merge previews by assessment id (for entries set to 'merge'), and the user's choices on their conflicts. */
  const [merges, setMerges] = useState<Record<string, MergePreviewData | null>>({});
  const [mergeChoices, setMergeChoices] = useState<Record<string, Record<string, MergeChoice>>>({});
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pdfJob = useRef<PdfJob | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setChoices({});
    setMerges({});
    setMergeChoices({});
    setConsent(false);
    setState({ step: 'reading' });
    const unreadable = () =>
      setState({
        step: 'rejected',
        fileName: file.name,
        problems: ['Berkas tidak dapat dibaca dari perangkat (mungkin dipindahkan, dihapus, atau belum selesai diunduh). Pilih berkas itu lagi.'],
      });
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    } catch {
      unreadable();
      return;
    }
    // A backup archive (.zip) is read as a stream, entry by entry: its size is limited per file inside, not as a whole.
    if (isZip(head)) {
      if (mode === 'assessor') {
        setState({ step: 'rejected', fileName: file.name, problems: ['Mode asesor hanya membuka berkas satu asesmen dari lembaga; berkas ini adalah arsip cadangan.'] });
        return;
      }
      const archive = await readBackupArchive(file);
      if (!archive.ok) {
        setState({ step: 'rejected', fileName: file.name, problems: archiveProblemText(archive.problem) });
        return;
      }
      const plan = await planImport(archive.bundle);
      const counts = { ...plan.counts, files: archive.files.size, refusedFiles: archive.refusedFiles };
      setState({ step: 'preview', fileName: file.name, bundle: archive.bundle, plan: { ...plan, counts }, archiveFiles: archive.files });
      return;
    }
    if (file.size > MAX_BUNDLE_BYTES) {
      setState({ step: 'rejected', fileName: file.name, problems: [fileProblemText({ code: 'too-large', bytes: file.size, limit: MAX_BUNDLE_BYTES })] });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // A file moved or deleted after it was picked, a cloud file not downloaded, a permission revoked.
      setState({
        step: 'rejected',
        fileName: file.name,
        problems: ['Berkas tidak dapat dibaca dari perangkat (mungkin dipindahkan, dihapus, atau belum selesai diunduh). Pilih berkas itu lagi.'],
      });
      return;
    }
    let payload: Uint8Array = bytes;
    if (isPdf(bytes)) {
      const job = extractPdfOffThread(bytes);
      pdfJob.current = job;
      setState({ step: 'reading', cancellable: true });
      const extracted = await job.result;
      pdfJob.current = null;
      if (!extracted.ok && extracted.problem.code === 'pdf-cancelled') {
        setState({ step: 'idle' });
        setError(fileProblemText(extracted.problem));
        return;
      }
      if (!extracted.ok) {
        setState({ step: 'rejected', fileName: file.name, problems: [fileProblemText(extracted.problem)] });
        return;
      }
      payload = extracted.bytes;
    }
    const parsed = await parseBundle(payload);
    if (!parsed.ok) {
      setState({ step: 'rejected', fileName: file.name, problems: fileProblemsText(parsed.problems) });
      return;
    }
    if (mode === 'assessor' && parsed.bundle.kind !== 'assessment') {
      setState({
        step: 'rejected',
        fileName: file.name,
        problems: [`Mode asesor hanya membuka berkas satu asesmen dari lembaga; berkas ini adalah "${KIND_LABELS[parsed.bundle.kind]}".`],
      });
      return;
    }
    const plan = await planImport(parsed.bundle);
    // A team file (a member's result, a new package for this phone) is merged unless the user chooses otherwise.
    if (mode !== 'assessor') {
      setChoices(Object.fromEntries(plan.entries.filter((e) => e.conflict && e.suggested).map((e) => [entryKey(e), e.suggested!])));
    }
    setState({ step: 'preview', fileName: file.name, bundle: parsed.bundle, plan });
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    const { bundle, plan, fileName, archiveFiles } = state;
    setState({ step: 'writing' });
    const mergeOptions = Object.fromEntries(
      Object.entries(merges).flatMap(([id, m]) => (m ? [[id, { plan: m.plan, choices: mergeChoices[id] ?? {} }]] : [])),
    );
    const result = await applyImport(bundle, plan, choices, { reviewCopy: mode === 'assessor', fileName, archiveFiles, merges: mergeOptions });
    if (!result.ok) {
      setError(storeErrorText(result.error, 'Impor gagal'));
      setState({ step: 'preview', bundle, plan, fileName, archiveFiles });
      return;
    }
    const { written } = result;
    const parts = [
      written.institutions ? `${written.institutions} profil lembaga` : '',
      written.assessments ? `${written.assessments} asesmen` : '',
      written.reviews ? `${written.reviews} hasil verifikasi` : '',
    ].filter(Boolean);
    setState({
      step: 'done',
      message: parts.length ? `Impor selesai: ${parts.join(', ')} disimpan di perangkat ini.` : 'Tidak ada yang diubah: semua isi berkas sudah ada atau dilewati.',
      assessmentIds: result.assessmentIds,
    });
    onDone?.(result.assessmentIds, bundle.kind);
  }

  const resolved = state.step === 'preview' ? withChoices(state.plan, choices) : null;
  const mergeIds = (resolved?.entries ?? []).filter((e) => e.type === 'assessment' && e.action === 'merge').map((e) => e.id);
  const mergeKey = mergeIds.join('|');
  const previewBundle = state.step === 'preview' ? state.bundle : null;
  useEffect(() => {
    if (!previewBundle) return;
    for (const id of mergeKey ? mergeKey.split('|') : []) {
      if (id in merges) continue;
      setMerges((m) => ({ ...m, [id]: null }));
      void previewMerge(previewBundle, id).then((p) => setMerges((m) => ({ ...m, [id]: p })));
    }
  }, [previewBundle, mergeKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const mergesOpen = mergeIds.some((id) => {
    const m = merges[id];
    return !m || missingChoices(m.plan, mergeChoices[id] ?? {}).length > 0;
  });
  const overwritesNewer = resolved?.entries.some((e) => e.action === 'replace' && e.deviceNewer) ?? false;
  const writes = resolved?.entries.some((e) => e.action === 'add' || e.action === 'replace' || e.action === 'keep-both' || e.action === 'merge') ?? false;

  return (
    <div className="bundle-import">
      <label htmlFor={inputId}>{mode === 'assessor' ? 'Pilih berkas (.json atau PDF laporan)' : 'Pilih berkas (.json, PDF laporan, atau cadangan .zip)'}</label>
      <input
        id={inputId}
        type="file"
        accept={mode === 'assessor' ? '.json,application/json,.pdf,application/pdf' : '.json,application/json,.pdf,application/pdf,.zip,application/zip'}
        onChange={(e) => void onFile(e)}
        disabled={state.step === 'reading' || state.step === 'writing'}
      />
      {state.step === 'reading' && (
        <div className="actions">
          <p role="status">Memeriksa berkas…</p>
          {state.cancellable && (
            <button type="button" className="secondary" onClick={() => pdfJob.current?.cancel()} data-testid="import-cancel">
              Batal
            </button>
          )}
        </div>
      )}
      {state.step === 'idle' && error && (
        <p role="status" className="muted" data-testid="import-cancelled">
          {error}
        </p>
      )}
      {state.step === 'writing' && <p role="status">Menyimpan…</p>}

      {state.step === 'rejected' && (
        <div role="alert" className="card danger" data-testid="import-rejected">
          <h3>Berkas ditolak</h3>
          <p>
            Berkas <strong>{state.fileName}</strong> tidak dapat diimpor. Tidak ada data yang diubah.
          </p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      {state.step === 'preview' && resolved && (
        <section className="card" aria-labelledby={`${inputId}-preview`} data-testid="import-preview">
          <h3 id={`${inputId}-preview`}>Pratinjau: {KIND_LABELS[state.bundle.kind]}</h3>
          <p className="muted">
            {state.fileName} · diekspor {formatTime(state.bundle.exportedAt)} · kode integritas cocok (berkas tidak rusak sejak disegel; kode tidak membuktikan siapa pembuatnya)
          </p>
          <p>Isi berkas:</p>
          <ul className="bundle-counts">
            <li>{state.plan.counts.institutions} profil lembaga</li>
            <li>{state.plan.counts.assessments} asesmen</li>
            <li>{state.plan.counts.answers} jawaban</li>
            <li>{state.plan.counts.staff} data SDM</li>
            <li>
              {state.plan.counts.evidence} bukti ({state.plan.counts.files} berkas foto/dokumen)
            </li>
            {state.plan.counts.refusedFiles > 0 && (
              <li className="warn" data-testid="refused-files">
                {state.plan.counts.refusedFiles} berkas tidak akan disimpan: bukan foto JPEG/PNG atau PDF, atau gambarnya jauh lebih
                besar daripada yang dibuat aplikasi. Catatan buktinya tetap disimpan tanpa berkas.
              </li>
            )}
            <li>{state.plan.counts.actions} rencana tindak lanjut</li>
            <li>{state.plan.counts.reviews} butir verifikasi asesor</li>
          </ul>
          <h4>Yang akan terjadi</h4>
          <ul className="plan-list">
            {resolved.entries.map((e) => {
              const key = entryKey(e);
              return (
                <li key={key} className="plan-entry" data-testid="plan-entry">
                  <div>
                    <span className="muted">{TYPE_LABELS[e.type]}:</span> <strong>{e.label}</strong>
                  </div>
                  <div>
                    <span className={`badge ${e.action === 'replace' ? 'danger' : e.action === 'add' || e.action === 'keep-both' ? 'final' : ''}`}>
                      {ACTION_LABELS[e.action]}
                    </span>
                  </div>
                  {e.reason && <p className="muted">{planReasonText(e.reason)}</p>}
                  {e.conflict && (
                    <fieldset>
                      <legend>Sudah ada di perangkat. Pilih:</legend>
                      {e.deviceNewer && e.action !== 'merge' && (
                        <p className="error">
                          Data di perangkat lebih baru ({formatTime(e.deviceUpdatedAt)}) daripada isi berkas ({formatTime(e.fileUpdatedAt)}).
                        </p>
                      )}
                      {(!e.deviceNewer || e.action === 'merge') && (
                        <p className="muted">
                          Di perangkat: {formatTime(e.deviceUpdatedAt)} · di berkas: {formatTime(e.fileUpdatedAt)}
                        </p>
                      )}
                      {e.options.filter((o) => mode !== 'assessor' || o !== 'merge').map((o) => (
                        <label key={o} className="choice">
                          <input
                            type="radio"
                            name={`${inputId}-${key}`}
                            value={o}
                            checked={(choices[key] ?? 'skip') === o}
                            onChange={() => setChoices((c) => ({ ...c, [key]: o }))}
                          />{' '}
                          {CHOICE_LABELS[o]}
                        </label>
                      ))}
                    </fieldset>
                  )}
                  {e.type === 'assessment' && e.action === 'merge' && (
                    merges[e.id] ? (
                      <MergePreview
                        preview={merges[e.id]!}
                        mineEvidence={merges[e.id]!.mineEvidence}
                        fileEvidence={state.bundle.evidence.filter((d) => d.assessmentId === e.id) as EvidenceDoc[]}
                        choices={mergeChoices[e.id] ?? {}}
                        onChoose={(next) => setMergeChoices((c) => ({ ...c, [e.id]: { ...c[e.id], ...next } }))}
                      />
                    ) : (
                      <p role="status">Membandingkan butir demi butir…</p>
                    )
                  )}
                </li>
              );
            })}
          </ul>
          {overwritesNewer && (
            <label className="choice consent">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> Saya mengerti: data yang
              lebih baru di perangkat akan diganti dan hilang.
            </label>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={() => void confirm()} disabled={!writes || (overwritesNewer && !consent) || mergesOpen}>
              {mode === 'assessor' ? 'Buka untuk verifikasi' : 'Impor ke perangkat ini'}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
              Batal
            </button>
          </div>
          {!writes && <p className="muted">Tidak ada yang akan ditulis dengan pilihan ini.</p>}
          {writes && mergesOpen && <p className="muted">Pilih salah satu versi untuk setiap perbedaan di atas sebelum menggabungkan.</p>}
        </section>
      )}

      {state.step === 'done' && (
        <p role="status" className="ok card" data-testid="import-done">
          {state.message}
        </p>
      )}
    </div>
  );
}
