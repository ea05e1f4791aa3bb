import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { listReportAssessments, type ReportListEntry } from '../../data/reportData';
import './report.css';

export default function ReportListPage() {
  const [rows, setRows] = useState<ReportListEntry[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    listReportAssessments()
      .then(setRows)
      .catch((e: unknown) => setError(`Daftar asesmen tidak dapat dibaca (${e instanceof Error ? e.message : String(e)}).`));
  }, []);

  return (
    <>
      <h1>Laporan</h1>
      <p>Pilih asesmen yang laporannya ingin dibuat. Laporan PDF berisi seluruh jawaban, nilai, rencana tindak lanjut dan daftar bukti, dan dapat dibagikan ke Dinas Sosial atau asesor BALKS.</p>
      {error && <p className="error" role="alert">{error}</p>}
      {rows === null && !error && <p aria-live="polite">Memuat…</p>}
      {rows?.length === 0 && (
        <div className="card">
          <p>Belum ada asesmen di perangkat ini.</p>
          <Link href="/asesmen" className="button">Mulai asesmen</Link>
        </div>
      )}
      {rows && rows.length > 0 && (
        <ul className="report-list">
          {rows.map(({ assessment, institutionName }) => (
            <li key={assessment.id}>
              <Link href={`/laporan/${assessment.id}`} className="report-list-link">
                <span className="report-list-name">{institutionName ?? '(lembaga tidak ditemukan)'}</span>
                <span className="report-list-meta">
                  Periode {assessment.period}{' '}
                  <span className={`badge ${assessment.status === 'final' ? 'final' : 'draft'}`}>{assessment.status === 'final' ? 'Final' : 'Draf'}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
