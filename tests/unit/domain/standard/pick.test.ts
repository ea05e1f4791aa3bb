import { describe, expect, it } from 'vitest';
import { khususFor, newestUmumOf, type StandardFileInfo } from '../../../../src/domain/standard/pick';

const files: StandardFileInfo[] = [
  { id: 'standar-umum', version: '1.0.0', kind: 'umum', appliesTo: [] },
  { id: 'standar-umum', version: '2.0.0', kind: 'umum', appliesTo: [] },
  { id: 'khusus-lksa', version: '1.0.0', kind: 'khusus', appliesTo: ['lksa'] },
  { id: 'khusus-lksa', version: '2.0.0', kind: 'khusus', appliesTo: ['lksa'] },
  { id: 'khusus-lksa', version: '2.1.0', kind: 'khusus', appliesTo: ['lksa'] },
  { id: 'khusus-lu', version: '2.0.0', kind: 'khusus', appliesTo: ['lanjut-usia'] },
];

describe('which standard file new work uses', () => {
  it('the newest Standar Umum, by version number (not text order)', () => {
    expect(newestUmumOf([...files, { id: 'standar-umum', version: '10.0.0', kind: 'umum', appliesTo: [] }])?.version).toBe('10.0.0');
    expect(newestUmumOf(files.filter((f) => f.kind === 'khusus'))).toBeNull();
  });

  it("the newest module for the type written for the Standar Umum's major version", () => {
    expect(khususFor(files, 'lksa', '2.0.0')?.version).toBe('2.1.0');
    expect(khususFor(files, 'lksa', '1.0.0')?.version).toBe('1.0.0');
    expect(khususFor(files, 'lanjut-usia', '1.0.0')).toBeNull();
    expect(khususFor(files, 'lainnya', '2.0.0')).toBeNull();
  });
});
