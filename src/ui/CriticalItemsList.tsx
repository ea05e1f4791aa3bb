import type { StandarKhusus, StandarUmum } from '../domain/standard/schema';
import { allItems } from '../domain/standard/validate';

/**
 * Every critical item of the instrument an assessment will use, with the reason it is non-negotiable (its source),
 * shown before the assessment starts so nobody meets "belum memenuhi syarat" as a surprise at the end.
 */
export function CriticalItemsList({ umum, khusus }: { umum: StandarUmum; khusus: StandarKhusus | null }) {
  const critical = [umum, ...(khusus ? [khusus] : [])].flatMap((s) => allItems(s).filter((i) => i.critical));
  return (
    <details className="card critical-list" data-testid="critical-list">
      <summary>
        <strong>Butir kritis ({critical.length})</strong>: baca sebelum mulai
      </summary>
      <p className="muted small">
        Butir kritis menyangkut keselamatan dan hak penerima manfaat. Setiap butir harus mencapai paling sedikit tingkat{' '}
        {umum.scoring.criticalMinLevel}; selama belum, perkiraan peringkat adalah “{umum.scoring.criticalUnmetLabel}” berapa pun skornya.
      </p>
      <ul>
        {critical.map((i) => (
          <li key={i.id}>
            <strong>{i.id}</strong> {i.statement}
            <div className="muted small">Dasar: {i.source}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
