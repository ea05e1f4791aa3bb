/** One printed figure: its value, its budget (if the product sets one), the in-run baseline and how it was measured. */
export type Status = 'OK' | 'OVER' | 'info' | 'ERROR';

export interface Budget {
  /** The value is compared with this limit (after `ratioOf`, if given). */
  op: '<=' | '>=';
  limit: number;
  text: string;
}

export interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: 'KB' | 'MB' | 'ms' | 's' | 'score';
  budgets: Budget[];
  /** Numbers compared with each budget, in order (defaults to `value`); e.g. the ratio to the baseline. */
  compared?: number[];
  baseline?: string;
  note?: string;
  samples?: number[];
  status: Status;
  error?: string;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

export function judge(figure: Omit<Figure, 'status'>): Figure {
  if (figure.value === null) return { ...figure, status: 'ERROR' };
  if (!figure.budgets.length) return { ...figure, status: 'info' };
  const over = figure.budgets.some((b, i) => {
    const v = figure.compared?.[i] ?? figure.value!;
    return b.op === '<=' ? v > b.limit : v < b.limit;
  });
  return { ...figure, status: over ? 'OVER' : 'OK' };
}

export function failed(id: string, label: string, unit: Figure['unit'], budgets: Budget[], error: unknown): Figure {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { id, label, value: null, unit, budgets, status: 'ERROR', error: message };
}

export function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '—';
  switch (unit) {
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 's':
      return `${value.toFixed(2)} s`;
    case 'score':
      return value.toFixed(0);
  }
}

export function formatLine(f: Figure): string {
  const budget = f.budgets.length ? `budget ${f.budgets.map((b) => b.text).join(' and ')}` : 'budget —';
  const parts = [f.label.padEnd(44), formatValue(f.value, f.unit).padStart(10), '  ', budget.padEnd(34), f.status.padEnd(5)];
  let line = parts.join(' ');
  if (f.baseline) line += `  baseline: ${f.baseline}`;
  if (f.note) line += `  (${f.note})`;
  if (f.error) line += `  error: ${f.error}`;
  return line.trimEnd();
}
