import type { IndicatorUnit } from './types';

/** Rounds for display only, Indonesian style: decimal comma, trailing ",0" dropped (66,7 · 50 · 12,5). */
export function formatNumberId(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [int = '0', frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = frac?.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

/** "66,7%", "12,5 penerima manfaat per tenaga profesional", "4 orang"; "—" when the value is unavailable. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = formatNumberId(value, unit === 'orang' || unit === 'unsur' ? 0 : 1);
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}
