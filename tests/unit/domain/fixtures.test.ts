import { describe, it, expect } from 'vitest';
import { validateStandardFile, formatProblem } from '../../../src/domain/standard/validate';
import { makeKhusus, makeUmum, makeUmumV2, withNaAllowed } from './fixtures';

function expectValid(name: string, raw: unknown) {
  const result = validateStandardFile(name, raw);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
}

describe('test fixtures are valid standard files', () => {
  it('umum v1, umum v2, khusus and the N/A variant validate', () => {
    expectValid('umum.json', makeUmum());
    expectValid('umum-v2.json', makeUmumV2());
    expectValid('khusus.json', makeKhusus());
    expectValid('umum-na.json', withNaAllowed(makeUmum(), ['SPR-1.1', 'PSD-2.1', 'PSD-2.2']));
  });

  it('has six aspects, one critical, one N/A-allowed and one computed item in umum', () => {
    const items = makeUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items));
    expect(makeUmum().aspects).toHaveLength(6);
    expect(items.filter((i) => i.critical).map((i) => i.id)).toEqual(['KLB-1.1']);
    expect(items.filter((i) => i.naAllowed).map((i) => i.id)).toEqual(['SPR-1.2']);
    expect(items.filter((i) => i.answerType === 'computed').map((i) => i.id)).toEqual(['SDM-1.1']);
  });
});
