import { describe, expect, it } from 'vitest';
import { nextUpdatedAt } from '../../../../src/domain/records/timestamp';

describe('nextUpdatedAt', () => {
  it('is now when the clock is ahead of the previous write, one millisecond later when it is not', () => {
    expect(nextUpdatedAt('2026-11-20T08:00:00.000Z', '2026-11-21T08:00:00.000Z')).toBe('2026-11-21T08:00:00.000Z');
    expect(nextUpdatedAt('2026-11-20T08:00:00.000Z', '2026-11-19T08:00:00.000Z')).toBe('2026-11-20T08:00:00.001Z');
    expect(nextUpdatedAt('2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z')).toBe('2026-11-20T08:00:00.001Z');
    expect(nextUpdatedAt(undefined, '2026-11-19T08:00:00.000Z')).toBe('2026-11-19T08:00:00.000Z');
    expect(nextUpdatedAt('bukan tanggal', '2026-11-19T08:00:00.000Z')).toBe('2026-11-19T08:00:00.000Z');
  });
});
