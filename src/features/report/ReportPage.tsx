import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { loadSnapshot } from '../../data/snapshot';
import { loadBundleFiles, loadEvidenceImageSet, loadThumbnailSet, thumbnailsAreCurrent, type ThumbnailSet } from '../../data/reportData';
import { flushPendingSaves } from '../../data/pendingSaves';
import { sealBundle, snapshotContent, type AssessmentSnapshot } from '../../domain/bundle';
import { buildReportModel, snapshotOfBundle, type ReportModel } from '../../domain/report';
import { resolveInstrument } from '../../domain/assessment';
import type { EarlierAssessment } from '../../domain/report';
import { loadEarlierSnapshot } from '../../data/results';
import { instrumentErrorText } from '../../ui/messages';
import { reportPhotoCopies, type ReportPhotoCopy } from '../../ui/reportPhotos';
import './report.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready'; snapshot: AssessmentSnapshot; preview: ReportModel };

type Export =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; fileName: string; url: string; size: number; code: string; shared: boolean }
  | { state: 'error'; message: string };

const PREVIEW_HASH = '0'.repeat(64);

function standardsFor(snapshot: AssessmentSnapshot) {
  const instrument = resolveInstrument(snapshot.assessment);
  if (!instrument.ok) throw new Error(instrumentErrorText(instrument.error));
  return { umum: instrument.umum, khusus: instrument.khusus };
}

/** The institution's previous assessment with its own standard, for the comparison section; null when none can be read. */
async function earlierFor(snapshot: AssessmentSnapshot): Promise<EarlierAssessment | null> {
  const earlier = await loadEarlierSnapshot(snapshot.assessment);
  if (!earlier) return null;
  const instrument = resolveInstrument(earlier.assessment);
  return instrument.ok ? { snapshot: earlier, umum: instrument.umum, khusus: instrument.khusus } : null;
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

function download(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

type PdfModule = typeof import('../../pdf');
const loadPdfModule = () => import('../../pdf');

/** The downscaled photo copies for the appendix, with the evidence versions they were made from. */
interface PhotoSet {
  versions: Map<string, string>;
  photos: ReportPhotoCopy[];
}

async function loadPhotoSet(assessmentId: string): Promise<PhotoSet> {
  const set = await loadEvidenceImageSet(assessmentId);
  return { versions: set.versions, photos: await reportPhotoCopies(set.images) };
}

/** Work started when the screen opens so that the click only builds the report (see exportPdf). */
interface Prefetch {
  pdf: Promise<PdfModule>;
  thumbnails: Promise<ThumbnailSet>;
  photos: Promise<PhotoSet>;
}

function startPrefetch(assessmentId: string): Prefetch {
  const p: Prefetch = { pdf: loadPdfModule(), thumbnails: loadThumbnailSet(assessmentId), photos: loadPhotoSet(assessmentId) };
  // A failure here is not shown: the export simply does the work again (and reports its own error).
  p.pdf.catch(() => undefined);
  p.thumbnails.catch(() => undefined);
  p.photos.catch(() => undefined);
  return p;
}

export default function ReportPage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [withPhotos, setWithPhotos] = useState(false);
  const [exp, setExp] = useState<Export>({ state: 'idle' });
  const urlRef = useRef<string | null>(null);
  const fileRef = useRef<File | null>(null);
  const prefetchRef = useRef<{ assessmentId: string; prefetch: Prefetch } | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The PDF chunk (jsPDF: downloaded or read from the precache, then parsed) and the thumbnails are needed by every
    // export: start them now, while the user reads the screen.
    prefetchRef.current = { assessmentId, prefetch: startPrefetch(assessmentId) };
    (async () => {
      await flushPendingSaves();
      const snapshot = await loadSnapshot(assessmentId);
      if (!snapshot) return { state: 'missing' } as const;
      const { umum, khusus } = standardsFor(snapshot);
      const earlier = await earlierFor(snapshot);
      const preview = buildReportModel({ snapshot, umum, khusus, integrityHash: PREVIEW_HASH, exportedAt: new Date().toISOString(), earlier });
      return { state: 'ready', snapshot, preview } as const;
    })()
      .then((r) => !cancelled && setLoaded(r))
      .catch((e: unknown) => !cancelled && setLoaded({ state: 'error', message: messageOf(e) }));
    return () => {
      cancelled = true;
    };
  }, [assessmentId]);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  async function exportPdf() {
    setExp({ state: 'working' });
    try {
      // Read again at the moment of export: the report shows exactly what is stored now.
      await flushPendingSaves();
      const current = await loadSnapshot(assessmentId);
      if (!current) throw new Error('Asesmen tidak ditemukan lagi di perangkat ini.');
      // Thumbnails read when the screen opened are used only if no evidence entry changed since; otherwise read again.
      const ahead = prefetchRef.current?.assessmentId === assessmentId ? prefetchRef.current.prefetch : null;
      const early = ahead ? await ahead.thumbnails.catch(() => null) : null;
      const thumbnails = early && thumbnailsAreCurrent(early, current.evidence) ? Promise.resolve(early) : loadThumbnailSet(assessmentId);
      thumbnails.catch(() => undefined);
      // The same for the photo appendix's downscaled copies.
      const earlyPhotos = ahead ? await ahead.photos.catch(() => null) : null;
      const photos = earlyPhotos && thumbnailsAreCurrent(earlyPhotos, current.evidence) ? Promise.resolve(earlyPhotos) : loadPhotoSet(assessmentId);
      photos.catch(() => undefined);
      const files = withPhotos ? await loadBundleFiles(assessmentId) : [];
      const bundle = await sealBundle(snapshotContent(current, files), { version: __APP_VERSION__, build: __APP_BUILD__ });
      // The report prints the sealed bundle's own content, so the pages and the integrity code always agree.
      const snapshot = snapshotOfBundle(bundle);
      if (!snapshot) throw new Error('Berkas asesmen tidak lengkap.');
      const { umum, khusus } = standardsFor(snapshot);
      const earlier = await earlierFor(current);
      const model = buildReportModel({ snapshot, umum, khusus, integrityHash: bundle.integrity.hash, exportedAt: bundle.exportedAt, includesPhotos: withPhotos, earlier });
      const pdf = await (ahead?.pdf ?? loadPdfModule()).catch(loadPdfModule);
      const bytes = await pdf.buildReportPdf(model, JSON.stringify(bundle), (await thumbnails).thumbnails, (await photos).photos);
      const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      const url = URL.createObjectURL(blob);
      urlRef.current = url;

      let shared = false;
      const file = new File([blob], model.fileName, { type: 'application/pdf' });
      fileRef.current = file;
      if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: `Laporan asesmen ${model.institutionName}` });
          shared = true;
        } catch (e) {
          // The user closed the share sheet: keep the file ready to download; anything else: download instead.
          if (!(e instanceof DOMException && e.name === 'AbortError')) download(url, model.fileName);
        }
      } else {
        download(url, model.fileName);
      }
      setExp({ state: 'done', fileName: model.fileName, url, size: bytes.length, code: model.shortCode, shared });
    } catch (e) {
      setExp({ state: 'error', message: `Laporan gagal dibuat: ${messageOf(e)}. Data Anda tidak berubah; coba lagi.` });
    }
  }

  async function shareAgain() {
    const file = fileRef.current;
    if (!file) return;
    try {
      await navigator.share({ files: [file], title: file.name });
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setExp({ state: 'error', message: `Laporan tidak dapat dibagikan (${messageOf(e)}). Simpan ke perangkat lalu kirim berkasnya.` });
    }
  }
  const canShareFiles = (file: File | null) => file !== null && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });

  if (loaded.state === 'loading') return <p aria-live="polite">Memuat…</p>;
  if (loaded.state === 'missing')
    return (
      <>
        <h1>Laporan</h1>
        <p className="error" role="alert">Asesmen tidak ditemukan di perangkat ini.</p>
        <Link href="/laporan">Kembali ke daftar laporan</Link>
      </>
    );
  if (loaded.state === 'error')
    return (
      <>
        <h1>Laporan</h1>
        <p className="error" role="alert">{loaded.message}</p>
        <Link href="/laporan">Kembali ke daftar laporan</Link>
      </>
    );

  const { preview: m, snapshot } = loaded;
  const photos = snapshot.evidence.filter((e) => e.mime.startsWith('image/')).length;
  return (
    <>
      <h1>Laporan PDF</h1>
      <section className="card report-summary" aria-labelledby="ringkasan-laporan">
        <h2 id="ringkasan-laporan">{m.institutionName}</h2>
        <dl>
          <dt>Periode</dt>
          <dd>{m.period}</dd>
          <dt>Status</dt>
          <dd>
            <span className={`badge ${m.draft ? 'draft' : 'final'}`}>{m.statusLabel}</span>
          </dd>
          <dt>Standar</dt>
          <dd>
            {m.standardLabel}
            {m.khususLabel ? ` + ${m.khususLabel}` : ''}
          </dd>
          <dt>Nilai total</dt>
          <dd>
            <span className="report-total">{m.summary.totalText}</span>
          </dd>
          <dt>Perkiraan peringkat</dt>
          <dd>
            {m.summary.gradeLabel} <span className="muted">· {m.summary.gradeNote}</span>
          </dd>
          <dt>Kelengkapan</dt>
          <dd>{m.summary.completionText}</dd>
        </dl>
      </section>

      {m.draft && (
        <div className="card warn" role="note">
          Asesmen ini masih <strong>draf</strong>: setiap halaman laporan akan bertanda “DRAF”. Finalkan asesmen untuk laporan final yang
          ditandatangani. <Link href={`/asesmen/${assessmentId}/selesai`}>Finalkan asesmen</Link>
        </div>
      )}

      <section className="card" aria-labelledby="isi-laporan">
        <h2 id="isi-laporan">Isi laporan</h2>
        <ul className="report-contents">
          <li>Sampul dan profil lembaga</li>
          <li>Ringkasan: nilai total, perkiraan peringkat, nilai per aspek dengan grafik, {m.summary.unmetCritical.length} butir kritis belum terpenuhi</li>
          {m.comparison && (
            <li data-testid="report-has-comparison">
              Perbandingan dengan asesmen periode {m.comparison.earlierPeriod}
              {m.comparison.scaleNote ? ' (versi standar berbeda: skor tidak setara, butir dibandingkan lewat pemetaan)' : ''}
            </li>
          )}
          <li>{m.aspects.reduce((n, a) => n + a.components.reduce((k, c) => k + c.items.length, 0), 0)} butir per aspek dengan tingkat, catatan dan jumlah bukti</li>
          <li>Indikator SDM dari {snapshot.staff.length} orang dalam data SDM</li>
          <li>
            {m.gapTable.total === 0 ? 'Tidak ada celah' : `${m.gapTable.rows.length} celah terpenting dari ${m.gapTable.total}`} dan{' '}
            {snapshot.actions.length} rencana tindak lanjut
          </li>
          <li>Daftar bukti fisik (Formulir B): {m.evidence.length} bukti, {photos} foto</li>
          <li>Lampiran foto bukti: {photos === 0 ? 'tidak ada foto' : `${photos} foto dalam ukuran besar, dengan butir yang didukungnya`}</li>
          <li>Pernyataan {m.declaration.signed ? `ditandatangani ${m.declaration.name}` : 'belum ditandatangani'}</li>
          <li>Kode integritas di setiap halaman dan berkas asesmen terlampir di dalam PDF (dapat diimpor kembali)</li>
        </ul>
      </section>

      <label className="report-option">
        <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} disabled={exp.state === 'working'} />
        <span>
          Sertakan berkas foto dan dokumen bukti di dalam berkas terlampir
          <br />
          <span className="muted">PDF menjadi lebih besar. Gambar kecil bukti selalu tampil di Formulir B, dan foto bukti yang diperkecil di Lampiran foto bukti.</span>
        </span>
      </label>

      <div className="actions">
        <button type="button" onClick={exportPdf} disabled={exp.state === 'working'} aria-busy={exp.state === 'working'}>
          {exp.state === 'working' ? 'Menyiapkan laporan…' : 'Unduh laporan PDF'}
        </button>
      </div>

      <div className="report-status" aria-live="polite">
        {exp.state === 'done' && (
          <div className="card">
            <p className="ok">
              {exp.shared ? 'Laporan dibagikan' : 'Laporan siap'}: {exp.fileName} ({sizeText(exp.size)}).
            </p>
            <p>
              Kode integritas: <span className="report-code">{exp.code}</span>
            </p>
            <div className="actions">
              {canShareFiles(fileRef.current) && (
                <button type="button" className="secondary" onClick={shareAgain}>
                  Bagikan laporan
                </button>
              )}
              <a className="button secondary report-download" href={exp.url} download={exp.fileName}>
                Simpan lagi ke perangkat
              </a>
            </div>
          </div>
        )}
        {exp.state === 'error' && (
          <p className="error" role="alert">
            {exp.message}
          </p>
        )}
      </div>
    </>
  );
}
