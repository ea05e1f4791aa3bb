import { describe, expect, it } from 'vitest';
import { actionPlanOrder } from '../../../../src/domain/records/action';

describe('the action plan as one list', () => {
  it('overdue first (oldest due first), then open ones by due date (no date last), then finished ones', () => {
    const rows = [
      { itemId: 'A', status: 'selesai' as const, targetDate: '2026-01-01' },
      { itemId: 'B', status: 'belum' as const, targetDate: '' },
      { itemId: 'C', status: 'proses' as const, targetDate: '2026-12-20' },
      { itemId: 'D', status: 'belum' as const, targetDate: '2026-11-30' },
      { itemId: 'E', status: 'proses' as const, targetDate: '2026-06-01' },
      { itemId: 'F', status: 'belum' as const, targetDate: '2027-02-01' },
    ];
    expect(actionPlanOrder(rows, '2026-12-02').map((r) => r.itemId)).toEqual(['E', 'D', 'C', 'F', 'B', 'A']);
  });
});
