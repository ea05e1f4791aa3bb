import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, formatDateId, formatDateTimeId, localDateOf } from '../../../src/domain/format';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('the one formatter for dates and sizes', () => {
  it('writes dates the Indonesian way, a timestamp on the device’s own day', () => {
    expect(formatDateId('2026-01-15')).toBe('15 Januari 2026');
    expect(formatDateId('')).toBe('');
    expect(formatDateId('e2e-1')).toBe('e2e-1');
    process.env.TZ = 'Asia/Jayapura'; // UTC+9: 20:00 UTC is already the next day
    expect(localDateOf('2026-11-30T20:00:00.000Z')).toBe('2026-12-01');
    expect(formatDateId('2026-11-30T20:00:00.000Z')).toBe('1 Desember 2026');
    expect(formatDateTimeId('2026-11-30T20:05:00.000Z')).toBe('1 Desember 2026 05.05');
    expect(formatDateTimeId('bukan tanggal')).toBe('bukan tanggal');
  });

  it('writes sizes with a decimal comma', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(12.5 * 1024)).toBe('12,5 KB');
    expect(formatBytes(3.2 * 1024 * 1024)).toBe('3,2 MB');
    expect(formatBytes(null)).toBe('tidak diketahui');
  });
});
