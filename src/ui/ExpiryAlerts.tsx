import { useLiveRead } from '../data/live';
import { Link } from 'wouter';
import { expiryAlerts, localToday } from '../data/evidence';
import { formatDateId } from './format';


/**
 * Documents of the evidence register that have expired or expire within 90 days. For one assessment, or (no
 * assessmentId) for the newest assessment of every institution, as on Beranda. Renders nothing when all is well.
 */
export function ExpiryAlerts({ assessmentId, today }: { assessmentId?: string; today?: string }) {
  const day = today ?? localToday();
  const alerts = useLiveRead(() => expiryAlerts(day, assessmentId), [day, assessmentId]);
  if (!alerts || alerts.length === 0) return null;
  const showInstitution = !assessmentId;
  return (
    <section className="card warn expiry-alerts" aria-labelledby="expiry-alerts-title" data-testid="expiry-alerts">
      <h2 id="expiry-alerts-title">Dokumen perlu diperbarui</h2>
      <ul>
        {alerts.map(({ doc, state, assessment, institution, from }) => (
          <li key={doc.id}>
            <span className={`badge ${state === 'expired' ? 'danger' : 'warn'}`}>
              {state === 'expired' ? 'Kedaluwarsa' : 'Segera berakhir'}
            </span>{' '}
            <Link
              href={from === 'profile' ? `/lembaga/${encodeURIComponent(assessment.institutionId)}` : `/asesmen/${encodeURIComponent(assessment.id)}/bukti#bukti-${doc.id}`}
            >
              {doc.title ? `${doc.kind}: ${doc.title}` : doc.kind}
            </Link>{' '}
            — berlaku sampai {formatDateId(doc.expiryDate)}
            {showInstitution && institution ? ` (${institution.name})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
