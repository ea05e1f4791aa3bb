import type { RecapRow, RowGap } from '../../domain/recap';
import type { StoredResult } from './process';

/**
 * Recap rows as they cross from a worker to the page. A row's gaps (often a hundred {itemId, gain} objects) are
 * most of what structured cloning costs; packed as one string of ids and one Float64Array of gains they copy
 * some twenty times faster. unpackRows gives back rows equal to the originals.
 */
export type PackedRow = Omit<RecapRow, 'gaps'> & ({ gaps: RowGap[] } | { gaps?: undefined; gapIds: string; gapGains: Float64Array });

const SEP = '\n';

export function packRows(rows: readonly RecapRow[]): PackedRow[] {
  return rows.map((row) => {
    const { gaps, ...rest } = row;
    // Item ids come from the standards (KODE-n.n); anything unexpected simply travels unpacked.
    if (gaps.length === 0 || gaps.some((g) => g.itemId.includes(SEP))) return row;
    const gapGains = new Float64Array(gaps.length);
    for (let i = 0; i < gaps.length; i++) gapGains[i] = gaps[i]!.gain;
    return { ...rest, gapIds: gaps.map((g) => g.itemId).join(SEP), gapGains };
  });
}

export function unpackRows(rows: readonly PackedRow[]): RecapRow[] {
  return rows.map((row) => {
    if (row.gaps !== undefined) return row as RecapRow;
    const { gapIds, gapGains, gaps: _none, ...rest } = row;
    const ids = gapIds.split(SEP);
    const gaps: RowGap[] = new Array<RowGap>(ids.length);
    for (let i = 0; i < ids.length; i++) gaps[i] = { itemId: ids[i]!, gain: gapGains[i]! };
    return { ...rest, gaps };
  });
}

/** A worker's answer to a "files" request, packed. */
export type PackedStoredResult =
  | (Omit<Extract<StoredResult, { ok: true }>, 'rows'> & { rows: PackedRow[] })
  | Extract<StoredResult, { ok: false }>;

export function packResults(results: readonly StoredResult[]): PackedStoredResult[] {
  return results.map((r) => (r.ok ? { ...r, rows: packRows(r.rows) } : r));
}

export function unpackResults(results: readonly PackedStoredResult[]): StoredResult[] {
  return results.map((r) => (r.ok ? { ...r, rows: unpackRows(r.rows) } : r));
}
