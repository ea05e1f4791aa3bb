import { Link } from 'wouter';
import { useAssessments } from '../../data/assessments';
import { useInstitutions } from '../../data/institutions';
import { formatDateTime } from '../../ui/scoreFormat';
import './questionnaire.css';

/** Every assessment on this device, newest change first. */
export default function AssessmentListPage() {
  const assessments = useAssessments();
  const institutions = useInstitutions();
  if (!assessments || !institutions) return <p role="status">Memuat…</p>;
  const nameOf = new Map(institutions.map((i) => [i.id, i.name]));
  return (
    <>
      <h1>Asesmen</h1>
      {assessments.length === 0 ? (
        <div className="card">
          <p>Belum ada asesmen. Tambahkan lembaga di Beranda, lalu mulai asesmen baru dari profilnya.</p>
          <Link className="button" href="/lembaga/baru">
            Tambah lembaga
          </Link>
        </div>
      ) : (
        <ul className="plain-list card">
          {assessments.map((a) => (
            <li key={a.id}>
              <Link href={`/asesmen/${a.id}`}>
                {nameOf.get(a.institutionId) ?? 'Lembaga tidak dikenal'} — periode {a.period}
              </Link>{' '}
              <span className={`badge ${a.status === 'final' ? 'final' : 'draft'}`}>{a.status === 'final' ? 'final' : 'draf'}</span>{' '}
              <span className="muted small">diubah {formatDateTime(a.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
