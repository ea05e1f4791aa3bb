import { useMemo, useState } from 'react';
import { allStandards } from '../../domain/standard/registry';
import type { Item } from '../../domain/standard/schema';
import './catalogue.css';

function ItemEntry({ item }: { item: Item }) {
  return (
    <details className="catalogue-item">
      <summary>
        <strong>{item.id}</strong> {item.statement}
        <span className="catalogue-tags">
          {' '}
          bobot {item.weight}
          {item.critical && <span className="badge danger">kritis</span>}
          {item.naAllowed && <span className="badge">boleh N/A</span>}
          {item.answerType === 'computed' && <span className="badge">dihitung dari data SDM</span>}
        </span>
      </summary>
      <p>
        <strong>Penjelasan.</strong> {item.guidance}
      </p>
      <p>
        <strong>Bukti:</strong>
      </p>
      <ul>
        {item.evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <table>
        <caption className="visually-hidden">Deskripsi tingkat butir {item.id}</caption>
        <thead>
          <tr>
            <th scope="col">Tingkat</th>
            <th scope="col">Deskripsi</th>
          </tr>
        </thead>
        <tbody>
          {item.levels.map((d, level) => (
            <tr key={level}>
              <td className="num">{level}</td>
              <td>{d}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {item.computed && (
        <p>
          <strong>Perhitungan.</strong> {item.computed.explanation}
        </p>
      )}
      <p>
        <strong>Rekomendasi.</strong> {item.recommendation}
      </p>
      <p className="muted">
        Sumber: {item.source} · Standar BALKS: {item.balks}
      </p>
    </details>
  );
}

/** The whole instrument, readable by a social-welfare expert without opening JSON. */
export default function CataloguePage() {
  const standards = useMemo(() => allStandards(), []);
  const [selected, setSelected] = useState(0);
  const [query, setQuery] = useState('');
  const standard = standards[selected]!;
  const q = query.trim().toLowerCase();
  const matches = (item: Item) =>
    !q || `${item.id} ${item.statement} ${item.guidance} ${item.evidence.join(' ')}`.toLowerCase().includes(q);
  const count = standard.aspects.flatMap((a) => a.components.flatMap((c) => c.items)).length;

  return (
    <>
      <h1>Katalog instrumen</h1>
      <div className="card">
        <label htmlFor="katalog-standar">Standar</label>
        <select id="katalog-standar" value={selected} onChange={(e) => setSelected(Number(e.target.value))}>
          {standards.map((s, i) => (
            <option key={`${s.id}@${s.version}`} value={i}>
              {s.title} — versi {s.version}
            </option>
          ))}
        </select>
        <label htmlFor="katalog-cari">Cari butir</label>
        <input id="katalog-cari" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="mis. izin operasional" />
        <p className="muted">
          {count} butir · {standard.aspects.length} aspek · diterbitkan {standard.published}
        </p>
        <details>
          <summary>Dasar hukum</summary>
          <ul>
            {standard.legalBasis.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </details>
        {standard.kind === 'umum' && (
          <p data-testid="catalogue-rules">
            Perkiraan peringkat:{' '}
            {standard.scoring.grades.map((g) => `${g.label} ≥ ${g.min} (berlaku ${g.validityYears} tahun)`).join(', ')};
            di bawahnya {standard.scoring.belowLabel}. Butir kritis harus mencapai tingkat {standard.scoring.criticalMinLevel}.
          </p>
        )}
      </div>
      {standard.aspects.map((aspect) => (
        <section key={aspect.id} className="card" aria-labelledby={`aspek-${aspect.id}`}>
          <h2 id={`aspek-${aspect.id}`}>
            {aspect.id} — {aspect.name} <span className="muted">(bobot {aspect.weight})</span>
          </h2>
          <p>{aspect.description}</p>
          {aspect.components.map((component) => {
            const items = component.items.filter(matches);
            if (!items.length) return null;
            return (
              <div key={component.id}>
                <h3>
                  {component.id} — {component.name}
                </h3>
                {items.map((item) => (
                  <ItemEntry key={item.id} item={item} />
                ))}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
