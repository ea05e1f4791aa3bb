import type { AssessmentSnapshot } from '../../domain/bundle';
import type { AssessmentComparison, ItemChange } from '../../domain/scoring';
import { formatChange, formatScore } from '../../ui/format';

const lvl = (l: number | null, source: string) => (source === 'na' ? 'N/A' : l === null ? '0 (belum dijawab)' : String(l));

function ItemList({ title, ids, changes, testId }: { title: string; ids: string[]; changes: Map<string, ItemChange>; testId: string }) {
  if (ids.length === 0) return null;
  return (
    <details data-testid={testId}>
      <summary>
        {title} ({ids.length})
      </summary>
      <ul className="compare-items">
        {ids.map((id) => {
          const c = changes.get(id);
          return (
            <li key={id}>
              <strong>{id}</strong>
              {c ? `: ${lvl(c.earlierLevel, c.earlierSource)} → ${lvl(c.laterLevel, c.laterSource)}` : ''}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Change per aspect and the items that rose or fell since the institution's earlier assessment. */
export function Comparison({
  comparison,
  earlier,
  later,
}: {
  comparison: AssessmentComparison;
  earlier: AssessmentSnapshot;
  later: AssessmentSnapshot;
}) {
  const changes = new Map(comparison.changes.map((c) => [c.itemId, c]));
  const e = earlier.assessment;
  const l = later.assessment;
  const versionDiffers = e.standardId !== l.standardId || e.standardVersion !== l.standardVersion || e.khususVersion !== l.khususVersion || e.khususId !== l.khususId;
  return (
    <section aria-labelledby="compare-title" className="card" data-testid="comparison">
      <h2 id="compare-title" style={{ marginTop: 0 }}>
        Perbandingan dengan asesmen sebelumnya
      </h2>
      <p>
        Sebelumnya: periode <strong>{e.period}</strong> ({e.status === 'final' ? 'final' : 'draf'}). Sekarang: periode{' '}
        <strong>{l.period}</strong>.
      </p>
      {versionDiffers && (
        <p className="card warn" data-testid="compare-version-note">
          Kedua asesmen memakai versi standar yang berbeda (sebelumnya {e.standardId} {e.standardVersion}
          {e.khususId ? ` + ${e.khususId} ${e.khususVersion ?? ''}` : ''}, sekarang {l.standardId} {l.standardVersion}
          {l.khususId ? ` + ${l.khususId} ${l.khususVersion ?? ''}` : ''}). Butir dibandingkan menurut kodenya; butir yang hanya ada di
          salah satu versi tercantum terpisah.
        </p>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabel perbandingan skor per aspek">
        <table data-testid="compare-table" className="compact">
          <caption className="muted">Skor per aspek (0–100): periode sebelumnya, sekarang, dan selisihnya</caption>
          <thead>
            <tr>
              <th scope="col">Aspek</th>
              <th scope="col" className="num">
                {e.period}
              </th>
              <th scope="col" className="num">
                {l.period}
              </th>
              <th scope="col" className="num">
                Selisih
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.aspects.map((a) => (
              <tr key={a.aspectId} data-aspect={a.aspectId}>
                <th scope="row">{a.name}</th>
                <td className="num">{formatScore(a.earlier)}</td>
                <td className="num">{formatScore(a.later)}</td>
                <td className="num" data-testid={`change-${a.aspectId}`}>
                  {formatChange(a.change)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">Skor total</th>
              <td className="num">{formatScore(comparison.earlier.total)}</td>
              <td className="num">{formatScore(comparison.later.total)}</td>
              <td className="num" data-testid="change-total">
                <strong>{formatChange(comparison.totalChange)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {!comparison.sameScale && (
        <p className="warn-text" data-testid="compare-scale">
          Kedua asesmen memakai versi instrumen atau modul standar khusus yang berbeda, jadi perubahan skor total dan skor aspek tidak
          setara. Butir dibandingkan menurut id yang sama atau menurut pemetaan yang dinyatakan di berkas standar versi baru.
        </p>
      )}
      {comparison.changes.some((c) => c.mappedFrom) && (
        <p className="muted small" data-testid="compare-mapped">
          Dibandingkan lewat pemetaan:{' '}
          {comparison.changes
            .filter((c) => c.mappedFrom)
            .map((c) => `${c.itemId} ← ${c.mappedFrom}`)
            .join(', ')}
          .
        </p>
      )}
      <ItemList title="Butir yang naik" ids={comparison.rose} changes={changes} testId="compare-rose" />
      <ItemList title="Butir yang turun" ids={comparison.fell} changes={changes} testId="compare-fell" />
      <ItemList
        title="Butir yang berubah antara berlaku dan tidak berlaku (N/A)"
        ids={comparison.applicabilityChanged}
        changes={changes}
        testId="compare-na"
      />
      <ItemList title="Butir yang tidak dapat dibandingkan: hanya ada di asesmen sebelumnya" ids={comparison.onlyInEarlier} changes={changes} testId="compare-only-earlier" />
      <ItemList title="Butir yang tidak dapat dibandingkan: hanya ada di asesmen sekarang" ids={comparison.onlyInLater} changes={changes} testId="compare-only-later" />
      {comparison.rose.length === 0 && comparison.fell.length === 0 && <p className="muted">Tidak ada butir yang naik atau turun.</p>}
    </section>
  );
}
