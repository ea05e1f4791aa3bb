import type { BalksScore } from '../../domain/scoring';
import { formatScore } from '../../ui/format';
import { formatNumberId } from '../../domain/indicators';

const NAMES: Record<string, string> = {
  'program pelayanan': 'Program pelayanan',
  'proses pelayanan': 'Proses pelayanan',
  'manajemen organisasi': 'Manajemen organisasi',
  'sumber daya manusia': 'Sumber daya manusia',
  'sarana prasarana': 'Sarana prasarana',
  'hasil pelayanan': 'Hasil pelayanan',
};

/** The second summary: the score per BALKS standard, with the share of the total each carries. */
export function BalksTable({ balks }: { balks: readonly BalksScore[] }) {
  return (
    <section className="card" aria-labelledby="balks-title">
      <h2 id="balks-title" style={{ marginTop: 0 }}>
        Skor per standar BALKS
      </h2>
      <p className="muted small">
        Butir dikelompokkan menurut standar akreditasi BALKS yang dilayaninya; porsi adalah bagian skor total yang dipikulnya.
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabel skor per standar BALKS">
        <table className="compact" data-testid="balks-table">
          <thead>
            <tr>
              <th scope="col">Standar BALKS</th>
              <th scope="col" className="num">
                Porsi
              </th>
              <th scope="col" className="num">
                Skor
              </th>
            </tr>
          </thead>
          <tbody>
            {balks.map((b) => (
              <tr key={b.standard}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  {NAMES[b.standard] ?? b.standard}
                </th>
                <td className="num">{formatNumberId(b.share, 1)}%</td>
                <td className="num">{formatScore(b.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
