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
  /** The grades' minimum totals, drawn as dashed lines with their letter (as in the report PDF). */
  thresholds?: readonly { grade: string; min: number }[];
}

const WIDTH = 320;
const ROW = 46;
const TOP = 18;
const BAR_H = 14;
/** The wide layout: a label column beside the bars, drawn at 1:1 in a container of about 900 px. */
const WIDE = { width: 900, label: 330, row: 30, bar: 16 };

function Bars({ rows, alt, thresholds, layout }: { rows: AspectChartRow[]; alt: string; thresholds: readonly { grade: string; min: number }[]; layout: 'narrow' | 'wide' }) {
  const wide = layout === 'wide';
  const row = wide ? WIDE.row : ROW;
  const height = TOP + rows.length * row + 6;
  const x0 = wide ? WIDE.label : 0;
  const span = wide ? WIDE.width - WIDE.label - 48 : WIDTH - 44;
  const x = (v: number) => x0 + (Math.max(0, Math.min(100, v)) / 100) * span;
  const width = wide ? WIDE.width : WIDTH;
  return (
    <svg
      role="img"
      aria-label={alt}
      className={`aspect-chart-${layout}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      style={{ maxWidth: wide ? WIDE.width : 640 }}
    >
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v} aria-hidden="true">
          <line x1={x(v)} x2={x(v)} y1={TOP - 4} y2={height - 4} stroke="#e4e7eb" strokeWidth={1} />
          {(wide || v === 0 || v === 50 || (v === 100 && thresholds.length === 0)) && (
            <text x={x(v)} y={11} fontSize={10} fill="#52606d" textAnchor={v === 0 ? 'start' : v === 100 ? 'end' : 'middle'}>
              {v}
            </text>
          )}
        </g>
      ))}
      {thresholds.map((t) => (
        <g key={t.grade} aria-hidden="true">
          <line x1={x(t.min)} x2={x(t.min)} y1={TOP - 2} y2={height - 4} stroke="#b42318" strokeWidth={1} strokeDasharray="3 3" />
          <text x={x(t.min)} y={TOP - 6} fontSize={10} fontWeight={700} fill="#b42318" textAnchor="middle" dx={wide ? 0 : 6}>
            {t.grade}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * row;
        const w = r.score === null ? 0 : x(r.score) - x0;
        const barY = wide ? y + (row - WIDE.bar) / 2 : y + 19;
        const barH = wide ? WIDE.bar : BAR_H;
        return (
          <g key={r.id} aria-hidden="true">
            <text x={0} y={wide ? barY + 12 : y + 13} fontSize={wide ? 13 : 12} fill="#1f2933" fontWeight={600}>
              {r.name}
            </text>
            <rect x={x0} y={barY} width={span} height={barH} fill="#e4e7eb" rx={3} />
            {w > 0 && <rect x={x0} y={barY} width={w} height={barH} fill="#0f766e" rx={3} />}
            <text x={width} y={barY + barH - 2} fontSize={wide ? 13 : 12} fill="#1f2933" textAnchor="end" fontWeight={700}>
              {r.score === null ? '—' : formatScore(r.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bar chart of aspect scores (0–100) as SVG that scales to its container (fits 360 px), followed by
 * a table with the same numbers. The SVG is role="img" with a text alternative listing every aspect and score.
 */
export function AspectChart({ rows, title, idPrefix = 'aspek', thresholds = [] }: Props) {
  const alt = `${title}: ${rows.map((r) => `${r.name} ${r.score === null ? 'tidak dinilai' : formatScore(r.score)}`).join('; ')}. Skala 0 sampai 100.${
    thresholds.length ? ` Garis putus-putus: batas peringkat ${[...thresholds].sort((a, b) => a.min - b.min).map((t) => `${t.grade} ${formatScore(t.min)}`).join(', ')}.` : ''
  }`;
  return (
    <figure className="aspect-chart" aria-labelledby={`${idPrefix}-caption`}>
      {/* A phone gets names above the bars; a laptop names beside them, at its own size (CSS shows one of the two). */}
      <Bars rows={rows} alt={alt} thresholds={thresholds} layout="narrow" />
      <Bars rows={rows} alt={alt} thresholds={thresholds} layout="wide" />
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
