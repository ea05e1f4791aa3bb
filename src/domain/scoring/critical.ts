import type { ItemScore } from './types';

/**
 * A critical item is unmet when it is unanswered or its effective level is below `criticalMinLevel`.
 * A valid N/A is not unmet (the validator forbids N/A on critical items, so this only matters for invalid files).
 */
export function isCriticalUnmet(s: ItemScore, criticalMinLevel: number): boolean {
  if (!s.critical || s.source === 'na') return false;
  return s.level === null || s.level < criticalMinLevel;
}

export function unmetCriticalIds(items: readonly ItemScore[], criticalMinLevel: number): string[] {
  return items.filter((s) => isCriticalUnmet(s, criticalMinLevel)).map((s) => s.id);
}
