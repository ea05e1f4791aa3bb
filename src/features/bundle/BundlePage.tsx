import { formatBytes, formatDateTimeId } from '../../ui/format';
import { useEffect, useId, useState } from 'react';
import { bundleFileName, exportAssessmentBundle, lastBackupAt, listExportable } from '../../data/bundleExport';
import { BundleImport } from '../../ui/BundleImport';
import { ImportedReview } from './ImportedReview';
import { getCurrentAssessment } from '../../ui/currentAssessment';
import { downloadBlob, downloadJson } from '../../ui/download';
import { exportBackupArchive } from '../../data/backupArchive';
import './bundle.css';

type Exportable = Awaited<ReturnType<typeof listExportable>>[number];

const sizeText = (bytes: number) => formatBytes(bytes);

function formatTime(iso: string | null): string {
  return iso ? formatDateTimeId(iso) : 'belum pernah';
}

export default function BundlePage() {
  const selectId = useId();
  const [list, setList] = useState<Exportable[] | null>(null);
  const [selected, setSelected] = useState<string>('');
  const [withPhotos, setWithPhotos] = useState(true);
  const [lastBackup, setLastBackup] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reviewed, setReviewed] = useState<string[]>([]);

  async function refresh() {
    const [rows, last] = await Promise.all([listExportable(), lastBackupAt()]);
    setList(rows);
    setLastBackup(last);
    setSelected((s) => (s && rows.some((r) => r.id === s) ? s : (rows.find((r) => r.id === getCurrentAssessment())?.id ?? rows[0]?.id ?? '')));
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      // Never a raw English validation dump: say what happened and that nothing changed.
      const detail = error instanceof Error && error.name !== 'ZodError' ? ` (${error.message})` : '';
      setMessage({ ok: false, text: `Ekspor gagal${detail}. Data Anda tidak berubah.` });
    } finally {
      setBusy(false);
    }
  }

  const exportOne = () =>
    run(async () => {
      const bundle = await exportAssessmentBundle(selected, { withPhotos });
      if (!bundle) throw new Error('asesmen tidak ditemukan');
      const name = bundleFileName(bundle);
      downloadJson(bundle, name);
      return `Berkas ${name} dibuat${withPhotos ? ` (${bundle.files.length} foto/dokumen)` : ' (tanpa foto)'}.`;
    });

  const backup = () =>
    run(async () => {
      const archive = await exportBackupArchive();
      downloadBlob(archive.blob, archive.fileName);
      await refresh();
      return `Cadangan ${archive.fileName} (${sizeText(archive.blob.size)}) dibuat: ${archive.bundle.assessments.length} asesmen, ${archive.fileCount} berkas bukti. Simpan di tempat lain (mis. kirim ke e-mail sendiri atau salin ke flashdisk).`;
    });

  return (
    <div className="bundle-page">
      <h1>Berkas asesmen</h1>
      <p className="muted">
        Pindahkan data antarperangkat, buat cadangan, atau buka berkas dari perangkat lain. Semua berkas dibuat dan dibaca di perangkat ini,
        tanpa internet.
      </p>

      <section className="card" aria-labelledby="ekspor-satu">
        <h2 id="ekspor-satu">Ekspor satu asesmen</h2>
        {list === null ? (
          <p role="status">Memuat…</p>
        ) : list.length === 0 ? (
          <p>Belum ada asesmen di perangkat ini.</p>
        ) : (
          <>
            <label htmlFor={selectId}>Asesmen</label>
            <select id={selectId} value={selected} onChange={(e) => setSelected(e.target.value)}>
              {list.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                  {a.status === 'final' ? ' (final)' : ' (draf)'}
                </option>
              ))}
            </select>
            <label className="choice">
              <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} /> Sertakan foto dan berkas bukti
              (berkas lebih besar)
            </label>
            <div className="actions">
              <button type="button" onClick={() => void exportOne()} disabled={busy || !selected}>
                Ekspor berkas asesmen
              </button>
            </div>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="cadangan">
        <h2 id="cadangan">Cadangan seluruh data</h2>
        <p>
          Cadangan terakhir: <strong data-testid="last-backup">{formatTime(lastBackup)}</strong>
        </p>
        <p className="muted">
          Satu berkas .zip berisi semua lembaga, asesmen, data SDM, bukti beserta foto dan dokumennya, rencana tindak lanjut, dan verifikasi.
          Cadangan sebesar apa pun dapat dipulihkan aplikasi ini, selama ruang penyimpanan perangkat cukup.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void backup()} disabled={busy}>
            Cadangkan semua data
          </button>
        </div>
      </section>

      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok card' : 'error card'}>
          {message.text}
        </p>
      )}

      <section className="card" aria-labelledby="impor">
        <h2 id="impor">Impor atau pulihkan</h2>
        <p className="muted">
          Berkas .json hasil ekspor, cadangan .zip (atau cadangan .json versi lama), atau PDF laporan dari aplikasi ini. Sebelum apa pun disimpan, Anda melihat isinya dan apa
          yang akan ditambahkan atau diganti.
        </p>
        <BundleImport
          onDone={(ids, kind) => {
            setReviewed(kind === 'review' ? ids : []);
            void refresh();
          }}
        />
      </section>
      {reviewed.map((id) => (
        <ImportedReview key={id} assessmentId={id} />
      ))}
    </div>
  );
}
