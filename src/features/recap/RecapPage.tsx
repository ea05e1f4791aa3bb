import { formatDateId } from '../../ui/format';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { localToday } from '../../data/evidence';
import { clearRecapSources } from '../../data/recap';
import { INSTITUTION_TYPES } from '../../domain/records/institution';
import {
  aggregateRecap,
  compareRegionNames,
  indicatorLines,
  recapTables,
  selectRows,
  typeShortName,
  type RecapFilter,
  type RecapResult,
  type RecapRow,
} from '../../domain/recap';
import { ProgressBar } from '../../ui/ProgressBar';
import { exportCsv, exportPdf, exportXlsx } from './exports';
import { importRecapFiles, rebuildRecapRows, type FileOutcome } from './importFiles';
import { RecapTableView } from './RecapTableView';
import './recap.css';

type Busy = { label: string; done: number; total: number } | null;

const STATUS_LABEL: Record<FileOutcome['status'], string> = { diterima: 'Diterima', duplikat: 'Duplikat', ditolak: 'Ditolak' };

/** Notes on accepted files: which were replaced or are kept but not counted (same institution + period). */
function annotate(outcomes: FileOutcome[], rows: RecapRow[]): FileOutcome[] {
  const { selected, superseded } = selectRows(rows);
  const counted = new Set(selected.map((r) => r.sourceId));
  const bySource = new Map(rows.map((r) => [r.sourceId, r]));
  const replaced = new Set(superseded.map((r) => r.sourceId));
  return outcomes.map((o) => {
    if (o.status !== 'diterima' || !o.sourceId) return o;
    if (!counted.has(o.sourceId) && replaced.has(o.sourceId)) {
      return { ...o, reason: 'Disimpan, tetapi tidak dihitung: ada asesmen final atau yang lebih baru untuk lembaga dan periode yang sama.' };
    }
    const row = bySource.get(o.sourceId);
    if (row && !row.standardKnown) return { ...o, reason: `Disimpan, tetapi skor tidak dihitung: versi standar ${row.standardLabel} tidak dikenal aplikasi ini.` };
    if (row?.status === 'draft') return { ...o, reason: 'Masih draf (belum final): ditandai di rekap.' };
    return o;
  });
}

/**
 * Progress callbacks arrive once per finished request (every 10 files, often several in one task): setting state
 * for each re-renders the page each time. This hands the page at most one update per animation frame (the latest).
 */
function useFrameThrottledBusy(setBusy: (b: Busy) => void) {
  const latest = useRef<Busy>(null);
  const frame = useRef<number | null>(null);
  const cancel = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);
  const update = useCallback(
    (b: Busy) => {
      latest.current = b;
      if (frame.current !== null) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        setBusy(latest.current);
      });
    },
    [setBusy],
  );
  /** Sets busy at once (start and end of work), dropping any progress still waiting for a frame. */
  const now = useCallback(
    (b: Busy) => {
      cancel();
      setBusy(b);
    },
    [cancel, setBusy],
  );
  return { update, now };
}

export default function RecapPage() {
  // The device's local calendar day (not UTC): documents expiring before it count as expired, and the export file
  // names and every export's "Tanggal rekap" carry it.
  const [recapDate] = useState(() => localToday());
  const [rows, setRows] = useState<RecapRow[] | null>(null);
  const [busy, setBusyState] = useState<Busy>(null);
  const { update: progress, now: setBusy } = useFrameThrottledBusy(setBusyState);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<RecapFilter>({});
  const [confirmClear, setConfirmClear] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), province: useId(), kabupaten: useId(), type: useId(), period: useId() };

  /** Rebuilds the recap from the sources stored on this device, in chunks. */
  const rebuild = useCallback(async () => {
    setBusy({ label: 'Menyusun rekap dari berkas tersimpan', done: 0, total: 0 });
    try {
      setRows(await rebuildRecapRows(recapDate, (done, total) => progress({ label: 'Menyusun rekap dari berkas tersimpan', done, total })));
    } catch (error) {
      setMessage(`Rekap tidak dapat dibaca dari perangkat (${error instanceof Error ? error.message : String(error)}).`);
      setRows([]);
    } finally {
      setBusy(null);
    }
  }, [recapDate, progress, setBusy]);

  useEffect(() => {
    void rebuild();
  }, [rebuild]);

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setMessage(null);
    setNotice(null);
    setOutcomes([]);
    setBusy({ label: 'Mengimpor berkas', done: 0, total: files.length });
    try {
      const result = await importRecapFiles(files, recapDate, (done, total) => progress({ label: 'Mengimpor berkas', done, total }));
      const all = [...(rows ?? []), ...result.rows];
      setRows(all);
      setOutcomes(annotate(result.outcomes, all));
    } catch (error) {
      setMessage(`Impor gagal (${error instanceof Error ? error.message : String(error)}). Data yang sudah tersimpan tetap aman.`);
    } finally {
      setBusy(null);
    }
  }

  async function onClear() {
    setConfirmClear(false);
    try {
      await clearRecapSources();
      setRows([]);
      setOutcomes([]);
      setFilter({});
      setNotice('Semua berkas rekap telah dihapus dari perangkat ini. Data asesmen lembaga Anda sendiri tidak terpengaruh.');
    } catch (error) {
      setMessage(`Rekap tidak dapat dihapus (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  const selected = useMemo(() => (rows ? selectRows(rows).selected : []), [rows]);
  const result: RecapResult | null = useMemo(() => (rows ? aggregateRecap(selected, filter, recapDate) : null), [rows, selected, filter, recapDate]);
  const options = useMemo(() => {
    const provinces = [...new Set(selected.map((r) => r.province))].sort(compareRegionNames);
    const kabupaten = [...new Set(selected.filter((r) => !filter.province || r.province === filter.province).map((r) => r.kabupaten).filter(Boolean))].sort(compareRegionNames);
    const types = INSTITUTION_TYPES.map((t) => t.id as string).filter((t) => selected.some((r) => r.type === t));
    return { provinces, kabupaten, types };
  }, [selected, filter.province]);

  const counts = useMemo(() => {
    const c = { diterima: 0, duplikat: 0, ditolak: 0 };
    for (const o of outcomes) c[o.status] += 1;
    return c;
  }, [outcomes]);

  async function runExport(kind: string, fn: (r: RecapResult) => void | Promise<void>) {
    if (!result) return;
    setExporting(kind);
    try {
      await fn(result);
    } catch (error) {
      setMessage(`Ekspor ${kind} gagal (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      setExporting(null);
    }
  }

  const tables = useMemo(() => (result ? recapTables(result) : []), [result]);
  const pct = busy && busy.total > 0 ? (busy.done / busy.total) * 100 : 0;

  return (
    <div className="recap">
      <h1>Rekap wilayah</h1>
      <p className="muted">
        Kumpulkan berkas asesmen (.json) atau PDF laporan dari banyak panti untuk melihat gambaran wilayah. Semua data tetap di perangkat ini.
      </p>

      <section className="card" aria-labelledby="recap-import-title">
        <h2 id="recap-import-title">Impor berkas</h2>
        <label htmlFor={ids.file}>Pilih berkas asesmen (.json) atau PDF laporan (boleh banyak sekaligus)</label>
        <input
          ref={inputRef}
          id={ids.file}
          type="file"
          multiple
          accept=".json,.pdf,application/json,application/pdf"
          onChange={onFiles}
          disabled={busy !== null}
          data-testid="recap-file-input"
        />
        {busy && (
          <div className="recap-progress" aria-live="polite">
            <ProgressBar value={pct} label={busy.label} text={busy.total > 0 ? `${busy.done} dari ${busy.total}` : 'Memuat…'} />
            <p className="muted">{busy.label}…</p>
          </div>
        )}
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        {notice && <p className="ok" role="status">{notice}</p>}
        {outcomes.length > 0 && (
          <div className="recap-outcomes" data-testid="recap-outcomes">
            <p role="status">
              <strong>Hasil impor:</strong> {counts.diterima} diterima · {counts.duplikat} duplikat · {counts.ditolak} ditolak
            </p>
            <ul className="recap-outcome-list" tabIndex={0} aria-label="Hasil per berkas">
              {outcomes.map((o, i) => (
                <li key={`${i}-${o.fileName}`} className={`outcome ${o.status}`} data-status={o.status}>
                  <span className={`badge ${o.status === 'diterima' ? 'final' : o.status === 'duplikat' ? 'warn' : 'danger'}`}>{STATUS_LABEL[o.status]}</span>{' '}
                  <span className="outcome-name">{o.fileName}</span>
                  {o.reason && <span className="outcome-reason">{o.reason}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {rows && rows.length === 0 && !busy && (
        <section className="card">
          <p>Belum ada berkas di rekap. Impor berkas asesmen atau PDF laporan dari panti di wilayah Anda.</p>
        </section>
      )}

      {result && rows && rows.length > 0 && (
        <>
          <section className="card" aria-labelledby="recap-filter-title">
            <h2 id="recap-filter-title">Saring rekap</h2>
            <div className="recap-filters">
              <div>
                <label htmlFor={ids.province}>Provinsi</label>
                <select id={ids.province} value={filter.province ?? ''} onChange={(e) => setFilter((f) => ({ ...f, province: e.target.value || null, kabupaten: null }))}>
                  <option value="">Semua provinsi</option>
                  {options.provinces.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={ids.kabupaten}>Kabupaten/kota</label>
                <select id={ids.kabupaten} value={filter.kabupaten ?? ''} onChange={(e) => setFilter((f) => ({ ...f, kabupaten: e.target.value || null }))}>
                  <option value="">Semua kabupaten/kota</option>
                  {options.kabupaten.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={ids.type}>Jenis lembaga</label>
                <select id={ids.type} value={filter.type ?? ''} onChange={(e) => setFilter((f) => ({ ...f, type: e.target.value || null }))}>
                  <option value="">Semua jenis</option>
                  {options.types.map((t) => (
                    <option key={t} value={t}>
                      {typeShortName(t)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={ids.period}>Periode</label>
                <select id={ids.period} value={filter.period ?? ''} onChange={(e) => setFilter((f) => ({ ...f, period: e.target.value || null }))}>
                  <option value="">Terbaru per lembaga</option>
                  {result.periods.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="muted">
              {result.overall.institutions} lembaga dihitung dari {rows.length} asesmen tersimpan. Tanggal rekap {formatDateId(recapDate)}. Lembaga dan periode yang sama memakai
              asesmen final terbaru; bila belum ada yang final, draf terbaru (ditandai).
            </p>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => void runExport('CSV', exportCsv)} disabled={exporting !== null}>
                Unduh CSV
              </button>
              <button type="button" className="secondary" onClick={() => void runExport('spreadsheet', exportXlsx)} disabled={exporting !== null}>
                {exporting === 'spreadsheet' ? 'Menyiapkan…' : 'Unduh spreadsheet (.xlsx)'}
              </button>
              <button type="button" className="secondary" onClick={() => void runExport('PDF', exportPdf)} disabled={exporting !== null}>
                {exporting === 'PDF' ? 'Menyiapkan…' : 'Unduh PDF'}
              </button>
            </div>
          </section>

          <section aria-labelledby="recap-indicators-title">
            <h2 id="recap-indicators-title">Indikator wilayah</h2>
            <div className="recap-indicators">
              {indicatorLines(result.overall).map(({ meta, value }) => (
                <article className="card indicator" key={meta.id} data-indicator={meta.id}>
                  <h3>{meta.name}</h3>
                  <p className="indicator-value">{value}</p>
                  <dl className="indicator-meta">
                    <dt>Rumus</dt>
                    <dd>{meta.rumus}</dd>
                    <dt>Satuan</dt>
                    <dd>{meta.satuan}</dd>
                    <dt>Periode</dt>
                    <dd>{meta.periode}</dd>
                    <dt>Wali data</dt>
                    <dd>{meta.waliData}</dd>
                    <dt>Kedalaman data</dt>
                    <dd>{meta.kedalaman}</dd>
                  </dl>
                  <details>
                    <summary>Konsep dan sumber</summary>
                    <p>{meta.konsep}</p>
                    <p className="muted">Sumber: {meta.sumber}</p>
                  </details>
                </article>
              ))}
            </div>
          </section>

          {tables
            .filter((t) => t.id !== 'indikator')
            .map((t) => (
              <RecapTableView key={t.id} table={t} />
            ))}
        </>
      )}

      {rows && rows.length > 0 && (
        <section className="card" aria-labelledby="recap-manage-title">
          <h2 id="recap-manage-title">Kelola rekap</h2>
          <p className="muted">Rekap selalu dapat disusun ulang dari berkas yang tersimpan di perangkat ini.</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void rebuild()} disabled={busy !== null}>
              Susun ulang rekap
            </button>
            {!confirmClear ? (
              <button type="button" className="secondary" onClick={() => setConfirmClear(true)} disabled={busy !== null}>
                Hapus rekap…
              </button>
            ) : (
              <>
                <button type="button" className="danger" onClick={() => void onClear()}>
                  Ya, hapus semua berkas rekap
                </button>
                <button type="button" className="secondary" onClick={() => setConfirmClear(false)}>
                  Batal
                </button>
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
