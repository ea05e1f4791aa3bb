import type { Answer } from '../records/assessment';
import type { AnswerInput } from './types';

/**
 * The engine's answer map from stored Answer rows (one assessment's rows). If an item appears twice,
 * the row with the latest updatedAt wins. Rows with level null and na false are kept (they read as unanswered).
 */
export function answerSummary(rows: readonly Pick<Answer, 'itemId' | 'level' | 'na' | 'updatedAt'>[]): Record<string, AnswerInput> {
  const latest = new Map<string, Pick<Answer, 'itemId' | 'level' | 'na' | 'updatedAt'>>();
  for (const row of rows) {
    const seen = latest.get(row.itemId);
    if (!seen || row.updatedAt >= seen.updatedAt) latest.set(row.itemId, row);
  }
  return Object.fromEntries([...latest].map(([id, r]) => [id, r.na ? { na: true, level: null } : { na: false, level: r.level }]));
}
