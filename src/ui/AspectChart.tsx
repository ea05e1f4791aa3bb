import { formatScore } from './format';

export interface AspectChartRow {
  id: string;
  name: string;
  /** 0–100, null when the aspect has no applicable item. */
  score: number | null;
  weight?: number;
  /** Shown under the aspect's name in the table, e.g. "20 dari 20 butir terjawab". */
  completion?: string;
}

interface Props {
  rows: AspectChartRow[];
  /** Heading-like title of the chart, also the start of its text alternative. */
  title: string;
  /** Id prefix to keep ids unique when the chart appears twice. */
  idPrefix?: string;
}

const WIDTH = 320;
const ROW = 46;
const TOP = 18;
const BAR_H = 14;

/**
 * Horizontal bar chart of aspect scores (0–100) as SVG that scales to its container (fits 360 px), followed by
 * a table with the same numbers. The SVG is role="img" with a text alternative listing every aspect and score.
 */
export function AspectChart({ rows, title, idPrefix = 'aspek' }: Props) {
  const height = TOP + rows.length * ROW + 6;
  const alt = `${title}: ${rows.map((r) => `${r.name} ${r.score === null ? 'tidak dinilai' : formatScore(r.score)}`).join('; ')}. Skala 0 sampai 100.`;
  const x = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * (WIDTH - 44);
  return (
    <figure className="aspect-chart" aria-labelledby={`${idPrefix}-caption`}>
      <svg
        role="img"
        aria-label={alt}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        style={{ maxWidth: 640, display: 'block' }}
      >
        {[0, 50, 100].map((v) => (
          <g key={v} aria-hidden="true">
            <line x1={x(v)} x2={x(v)} y1={TOP - 4} y2={height - 4} stroke="#cbd2d9" strokeWidth={1} />
            <text x={x(v)} y={11} fontSize={10} fill="#52606d" textAnchor={v === 0 ? 'start' : v === 100 ? 'end' : 'middle'}>
              {v}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          const w = r.score === null ? 0 : x(r.score);
          return (
            <g key={r.id} aria-hidden="true">
              <text x={0} y={y + 13} fontSize={12} fill="#1f2933" fontWeight={600}>
                {r.name}
              </text>
              <rect x={0} y={y + 19} width={WIDTH - 44} height={BAR_H} fill="#e4e7eb" rx={3} />
              {w > 0 && <rect x={0} y={y + 19} width={w} height={BAR_H} fill="#0f766e" rx={3} />}
              <text x={WIDTH} y={y + 31} fontSize={12} fill="#1f2933" textAnchor="end" fontWeight={700}>
                {r.score === null ? '—' : formatScore(r.score)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${idPrefix}-caption`} className="visually-hidden">
        {title}
      </figcaption>
      {/* The same numbers as a table, folded: the chart already prints each score (a phone page stays short). */}
      <details className="aspect-table-details">
        <summary>Tabel angka: bobot dan kelengkapan per aspek</summary>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}, tabel`}>
        <table className="aspect-table">
          <caption className="muted">{title} (angka)</caption>
          <thead>
            <tr>
              <th scope="col">Aspek</th>
              {rows.some((r) => r.weight !== undefined) && (
                <th scope="col" className="num">
                  Bobot
                </th>
              )}
              <th scope="col" className="num">
                Skor
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-aspect={r.id}>
                <th scope="row">
                  {r.name}
                  {r.completion !== undefined && <div className="aspect-completion">{r.completion}</div>}
                </th>
                {rows.some((x) => x.weight !== undefined) && <td className="num">{r.weight ?? ''}</td>}
                <td className="num" data-testid={`aspect-score-${r.id}`}>
                  {formatScore(r.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      </details>
    </figure>
  );
}
