import { describe, it, expect } from 'vitest';
import {
  computeIndicators,
  formatIndicatorValue,
  formatNumberId,
  indicatorList,
  indicatorValues,
  INDICATOR_DEFINITIONS,
} from '../../../src/domain/indicators';
import { INDICATOR_IDS } from '../../../src/domain/standard/schema';
import { member } from './staffFixtures';

/**
 * Roster used below (welfare roles: everything but administrasi/juru-masak/kebersihan/satpam/sopir/lainnya):
 *   kepala-panti      pimpinan     welfare            capable  trained
 *   pekerja-sosial    operasional  welfare prof.      capable  certified  trained
 *   pekerja-sosial    operasional  welfare prof.      capable
 *   pekerja-sosial    operasional  welfare prof.                certified
 *   psikolog          operasional  welfare prof.
 *   pengasuh          penunjang    welfare
 *   administrasi      penunjang    -                  capable (not welfare: not counted)  trained
 *   juru-masak        penunjang    -
 */
function roster() {
  return [
    member('kepala-panti', { empowermentCapable: true, trainedLast12Months: true }),
    member('pekerja-sosial', { empowermentCapable: true, certified: true, trainedLast12Months: true }),
    member('pekerja-sosial', { empowermentCapable: true }),
    member('pekerja-sosial', { certified: true }),
    member('psikolog'),
    member('pengasuh'),
    member('administrasi', { empowermentCapable: true, trainedLast12Months: true }),
    member('juru-masak'),
  ];
}

describe('computeIndicators', () => {
  it('counts tenaga kesejahteraan sosial as staff whose role is welfare (seed 000)', () => {
    const ind = computeIndicators(roster(), 40);
    // 6 welfare roles of 8 staff
    expect(ind.tksCount).toMatchObject({ value: 6, numerator: 6, denominator: null, unit: 'orang' });
    expect(ind.tksCount.unavailableReason).toBeUndefined();
  });

  it('computes clients per professional and the 1 : 5–10 ratio (seed 002)', () => {
    // 4 professionals (3 pekerja sosial + psikolog); 40 clients → 10 per professional: within
    const ind = computeIndicators(roster(), 40);
    expect(ind.clientsPerProfessional).toMatchObject({ value: 10, numerator: 40, denominator: 4, unit: 'penerima manfaat per tenaga profesional' });
    expect(ind.withinRatio).toBe(true);
    // 41 clients → 10.25 > 10: out of ratio
    const over = computeIndicators(roster(), 41);
    expect(over.clientsPerProfessional.value).toBe(10.25);
    expect(over.withinRatio).toBe(false);
  });

  it("applies seed 003's formula: capable welfare staff ÷ registered welfare staff × 100", () => {
    // capable welfare: kepala-panti + 2 pekerja sosial = 3 (the capable administrasi is not welfare) ÷ 6 welfare = 50 %
    const ind = computeIndicators(roster(), 40);
    expect(ind.empowermentCapablePct).toMatchObject({ value: 50, numerator: 3, denominator: 6, unit: '%' });
    expect(ind.empowermentCapablePct.formula).toBe(
      'Jumlah SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial ÷ jumlah SDM kesejahteraan sosial yang terdata × 100%',
    );
  });

  it('keeps exact percentages and rounds for display only', () => {
    // 2 of 3 capable → 66.666…%
    const ind = computeIndicators(
      [member('pekerja-sosial', { empowermentCapable: true }), member('pengasuh', { empowermentCapable: true }), member('pengasuh')],
      10,
    );
    expect(ind.empowermentCapablePct.value).toBe((2 / 3) * 100);
    expect(formatIndicatorValue(ind.empowermentCapablePct.value, '%')).toBe('66,7%');
    expect(formatIndicatorValue(ind.clientsPerProfessional.value, 'penerima manfaat per tenaga profesional')).toBe('10 penerima manfaat per tenaga profesional');
    expect(formatIndicatorValue(null, '%')).toBe('—');
    expect(formatNumberId(1234.56)).toBe('1.234,6');
  });

  it('computes % certified social workers over pekerja sosial only (seed 004)', () => {
    // certified pekerja sosial: 2 of 3
    const ind = computeIndicators(roster(), 40);
    expect(ind.certifiedSocialWorkerPct).toMatchObject({ numerator: 2, denominator: 3 });
    expect(ind.certifiedSocialWorkerPct.value).toBeCloseTo(66.6667, 4);
  });

  it('computes % trained in the last 12 months over all staff', () => {
    // trained: kepala-panti, 1 pekerja sosial, administrasi = 3 of 8 = 37.5 %
    expect(computeIndicators(roster(), 40).trainedLast12MonthsPct).toMatchObject({ value: 37.5, numerator: 3, denominator: 8 });
  });

  it('lists missing unsur by the staff member’s own unsur', () => {
    const full = computeIndicators(roster(), 40);
    expect(full.missingUnsur).toEqual([]);
    expect(full.missingUnsurCount).toMatchObject({ value: 0, unit: 'unsur' });
    // only operasional staff (one of them recorded under penunjang) → pimpinan missing
    const partial = computeIndicators([member('pekerja-sosial'), member('perawat', { unsur: 'penunjang' })], 10);
    expect(partial.missingUnsur).toEqual(['pimpinan']);
    expect(partial.missingUnsurCount.value).toBe(1);
  });

  it('says why instead of 0 or NaN when there is no staff at all', () => {
    const ind = computeIndicators([], 30);
    for (const id of INDICATOR_IDS) {
      expect(ind[id].value, id).toBeNull();
      expect(ind[id].unavailableReason, id).toBe('Belum ada data SDM');
    }
    expect(ind.missingUnsur).toEqual([]);
    expect(ind.withinRatio).toBeNull();
  });

  it('says why when the number of clients is missing or 0', () => {
    const missing = computeIndicators(roster(), null);
    expect(missing.clientsPerProfessional).toMatchObject({ value: null, unavailableReason: 'Jumlah penerima manfaat belum diisi', denominator: 4 });
    expect(missing.withinRatio).toBeNull();
    expect(computeIndicators(roster(), Number.NaN).clientsPerProfessional.unavailableReason).toBe('Jumlah penerima manfaat belum diisi');
    const zero = computeIndicators(roster(), 0);
    expect(zero.clientsPerProfessional).toMatchObject({ value: null, unavailableReason: 'Jumlah penerima manfaat di profil masih 0' });
    // the other figures do not depend on clients
    expect(missing.tksCount.value).toBe(6);
  });

  it('says why when dividing by zero: no professional, no welfare staff, no pekerja sosial', () => {
    const ind = computeIndicators([member('administrasi'), member('sopir')], 20);
    expect(ind.clientsPerProfessional).toMatchObject({ value: null, unavailableReason: 'Belum ada tenaga profesional', numerator: 20, denominator: 0 });
    expect(ind.withinRatio).toBeNull();
    expect(ind.empowermentCapablePct).toMatchObject({ value: null, unavailableReason: 'Belum ada SDM kesejahteraan sosial' });
    expect(ind.certifiedSocialWorkerPct).toMatchObject({ value: null, unavailableReason: 'Belum ada pekerja sosial' });
    expect(ind.tksCount.value).toBe(0);
    expect(ind.trainedLast12MonthsPct.value).toBe(0);
    expect(ind.missingUnsur).toEqual(['pimpinan', 'operasional']);
    for (const i of indicatorList(ind)) expect(Number.isNaN(i.value)).toBe(false);
  });

  it('every indicator has an Indonesian label, a unit and a formula, and values feed the scoring engine', () => {
    const ind = computeIndicators(roster(), 40);
    expect(indicatorList(ind).map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    for (const i of indicatorList(ind)) {
      expect(i.label).toBe(INDICATOR_DEFINITIONS[i.id].label);
      expect(i.formula.length).toBeGreaterThan(20);
    }
    expect(indicatorValues(ind)).toEqual({
      tksCount: 6,
      clientsPerProfessional: 10,
      empowermentCapablePct: 50,
      certifiedSocialWorkerPct: (2 / 3) * 100,
      trainedLast12MonthsPct: 37.5,
      missingUnsurCount: 0,
    });
  });
});
