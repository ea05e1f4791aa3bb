import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/domain/standard/version';
import { khususFor, newestUmumOf } from '../../../../src/domain/standard/pick';

const sign = (n: number) => Math.sign(n);

describe('compareVersions', () => {
  it('orders versions as numeric localeCompare does: 2.10.0 is newer than 2.9.0, 10.0.0 than 9.9.9', () => {
    const versions = ['2.10.0', '1.0.0', '2.9.0', '10.0.0', '2.0.0', '9.9.9', '2.0.1', '2.0.0'];
    const reference = [...versions].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    expect([...versions].sort(compareVersions)).toEqual(reference);
    expect(reference).toEqual(['1.0.0', '2.0.0', '2.0.0', '2.0.1', '2.9.0', '2.10.0', '9.9.9', '10.0.0']);
    for (const a of versions) for (const b of versions) expect(sign(compareVersions(a, b)), `${a} vs ${b}`).toBe(sign(a.localeCompare(b, undefined, { numeric: true })));
  });

  it('gives a total order for odd stored strings too (longer is newer, text parts as text)', () => {
    expect(compareVersions('2.0', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '2.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-rc', '2.0.0-rc')).toBe(0);
    expect(compareVersions('2.a', '2.b')).toBeLessThan(0);
    expect(compareVersions('', '1.0.0')).toBeLessThan(0);
  });

  it('picks the newest Standar Umum and the module for its major version', () => {
    const files = [
      { id: 'standar-umum', version: '2.9.0', kind: 'umum' as const, appliesTo: [] },
      { id: 'standar-umum', version: '2.10.0', kind: 'umum' as const, appliesTo: [] },
      { id: 'standar-umum', version: '1.0.0', kind: 'umum' as const, appliesTo: [] },
      { id: 'khusus-lksa', version: '2.1.0', kind: 'khusus' as const, appliesTo: ['lksa'] },
      { id: 'khusus-lksa', version: '2.12.0', kind: 'khusus' as const, appliesTo: ['lksa'] },
      { id: 'khusus-lksa', version: '3.0.0', kind: 'khusus' as const, appliesTo: ['lksa'] },
    ];
    expect(newestUmumOf(files)?.version).toBe('2.10.0');
    expect(khususFor(files, 'lksa', '2.10.0')?.version).toBe('2.12.0');
  });
});
