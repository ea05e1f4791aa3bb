import { memo, useId, useState } from 'react';
import { formatNumberId } from '../../domain/indicators/format';
import type { Cell, RecapTable } from '../../domain/recap';

const SHOW_FIRST = 50;

const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? formatNumberId(c) : c);

/** One recap table; long tables show their first rows until asked for all. Memoised: progress updates re-render the page. */
export const RecapTableView = memo(function RecapTableView({ table }: { table: RecapTable }) {
  const titleId = useId();
  const [all, setAll] = useState(false);
  const rows = all ? table.rows : table.rows.slice(0, SHOW_FIRST);
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
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {row.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {show(c)}
                      </th>
                    ) : (
                      <td key={j} className={typeof c === 'number' ? 'num' : undefined}>
                        {show(c)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
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
