import { useLiveRead } from '../../data/live';
import { Link } from 'wouter';
import { listAssessmentsWithInstitution } from '../../data/results';
import './results.css';

/** Hasil: pick an assessment to see its results. */
export default function ResultsListPage() {
  const rows = useLiveRead(() => listAssessmentsWithInstitution(), []);
  return (
    <>
      <h1>Hasil</h1>
      {rows === undefined ? (
        <p role="status">Memuat…</p>
      ) : rows.length === 0 ? (
        <div className="card">
          <p>Belum ada asesmen di perangkat ini. Hasil muncul setelah Anda memulai asesmen mandiri.</p>
          <p>
            <Link href="/asesmen">Mulai atau buka asesmen</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">Pilih asesmen untuk melihat skor, perkiraan peringkat, celah dan rencana tindak lanjut.</p>
          <ul className="results-list">
            {rows.map(({ assessment, institution }) => (
              <li key={assessment.id} className="card">
                <Link href={`/hasil/${assessment.id}`}>
                  <strong>{institution?.name ?? 'Lembaga tidak ditemukan'}</strong>
                  <span className="muted">
                    Periode {assessment.period} ·{' '}
                    <span className={`badge ${assessment.status}`}>{assessment.status === 'final' ? 'Final' : 'Draf'}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
