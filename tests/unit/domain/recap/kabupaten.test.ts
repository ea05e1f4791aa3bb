import { describe, expect, it } from 'vitest';
import { aggregateRecap, recapCsv, rowsOfSource, selectRows } from '../../../../src/domain/recap';
import { allAt, describe as describeItem, institution, resolve, source, umumIds } from './fixtures';

const RECAP_DATE = '2026-11-22';

/** Two institutions in one kabupaten, each typed its own way, plus one free text not in the list. */
function sources() {
  const a = institution('ka', 'LKSA Alfa', 'lksa', 'Jawa Barat', 'Kab. Bandung');
  const b = institution('kb', 'LKSA Beta', 'lksa', 'Jawa Barat', 'Kabupaten Bandung');
  const c = institution('kc', 'LKSA Gama', 'lksa', 'Jawa Barat', 'KOTA  BANDUNG');
  const d = institution('kd', 'LKSA Delta', 'lksa', 'Jawa Barat', '  Bandung ');
  const e = institution('ke', 'LKSA Eka', 'lksa', 'Jawa Barat', 'Kota  Medan');
  return [a, b, c, d, e].map((inst, i) =>
    source({ id: `k${i}`, inst, assessmentId: `ka${i}`, period: '2026', status: 'final', updatedAt: '2026-09-01T00:00:00.000Z', levels: allAt(umumIds, 4) }),
  );
}
const recap = (filter = {}) =>
  aggregateRecap(selectRows(sources().flatMap((s) => rowsOfSource(s, { recapDate: RECAP_DATE, resolve }))).selected, filter, RECAP_DATE, { describeItem });

describe('recap by kabupaten/kota', () => {
  it('counts "Kab. Bandung" and "Kabupaten Bandung" from two bundles as one place', () => {
    const groups = Object.fromEntries(recap().byKabupaten.map((g) => [g.label, g.figures.institutions]));
    expect(groups['Kabupaten Bandung, Jawa Barat']).toBe(2);
    expect(groups['Kota Bandung, Jawa Barat']).toBe(1);
  });

  it('keeps text that does not name one place of the province as typed (spaces tidied): ambiguous or not in the list', () => {
    expect(recap().byKabupaten.map((g) => g.label).sort()).toEqual(
      ['Bandung, Jawa Barat', 'Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat', 'Kota Medan, Jawa Barat'].sort(),
    );
  });

  it('filters and exports by the same name', () => {
    expect(recap({ kabupaten: 'Kabupaten Bandung' }).rows.map((r) => r.institutionName)).toEqual(['LKSA Alfa', 'LKSA Beta']);
    expect(recapCsv(recap())).not.toContain('Kab. Bandung');
  });
});
