import { memo, useId, useMemo, useState } from 'react';
import { formatNumberId } from '../../domain/indicators/format';
import { numericColumns, type Cell, type RecapTable } from '../../domain/recap';

const SHOW_FIRST = 50;

/** Where long header words may break on a narrow column (soft hyphens; shown only, never exported). */
const BREAKS: [RegExp, string][] = [
  [/kesejahteraan/g, 'kesejah\u00ADteraan'],
  [/pemberdayaan/g, 'pember\u00ADdayaan'],
  [/bersertifikat/g, 'berserti\u00ADfikat'],
  [/kedaluwarsa/g, 'kedalu\u00ADwarsa'],
  [/Kelengkapan/g, 'Keleng\u00ADkapan'],
  [/memenuhi/g, 'meme\u00ADnuhi'],
  [/lembaga/g, 'lem\u00ADbaga'],
  [/instrumen/g, 'instru\u00ADmen'],
  [/peringkat/g, 'pering\u00ADkat'],
  [/Kabupaten\/kota/g, 'Kabupaten/\u200Bkota'],
];
const headerText = (c: string) => BREAKS.reduce((t, [re, to]) => t.replace(re, to), c);

const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? formatNumberId(c) : c);

/**
 * One recap table in a horizontally scrollable, focusable region named by the table's title; the first column stays
 * in view while scrolling, numeric columns (header included) are right-aligned with tabular figures, and the "Jumlah"
 * row is the table's footer, shown even while a long table shows only its first rows. Memoised: progress updates
 * re-render the page.
 */
export const RecapTableView = memo(function RecapTableView({ table }: { table: RecapTable }) {
  const titleId = useId();
  const [all, setAll] = useState(false);
  const numeric = useMemo(() => numericColumns(table), [table]);
  const rows = all ? table.rows : table.rows.slice(0, SHOW_FIRST);
  const cells = (row: Cell[]) =>
    row.map((c, j) =>
      j === 0 ? (
        <th key={j} scope="row">
          {show(c)}
        </th>
      ) : (
        <td key={j} className={numeric[j] ? 'num' : undefined}>
          {show(c)}
        </td>
      ),
    );
  return (
    <section className="card recap-table" aria-labelledby={titleId} data-table={table.id}>
      <h2 id={titleId}>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p className="muted">Tidak ada data.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table>
            <thead>
              <tr>
                {table.columns.map((c, j) => (
                  <th key={c} scope="col" className={numeric[j] ? 'num' : undefined}>
                    {headerText(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>{cells(row)}</tr>
              ))}
            </tbody>
            {table.total && (
              <tfoot>
                <tr>{cells(table.total)}</tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {table.rows.length > SHOW_FIRST && (
        <button type="button" className="secondary" onClick={() => setAll((v) => !v)}>
          {all ? `Tampilkan ${SHOW_FIRST} baris pertama` : `Tampilkan semua (${table.rows.length} baris)`}
        </button>
      )}
    </section>
  );
});
