import { describe, it, expect } from 'vitest';
import { answerSummary, compareAssessments } from '../../../src/domain/scoring';
import type { Answer } from '../../../src/domain/records/assessment';
import { L, NA, makeKhusus, makeUmum, makeUmumV2, referenceAnswers } from './fixtures';

describe('compareAssessments across two versions of the standard', () => {
  // earlier: v1.0.0 with the reference answers; later: v2.0.0 (KLB-1.2 → KLB-1.3, PBY-1.2 → PBY-1.3) plus a khusus module
  const earlier = { umum: makeUmum(), answers: referenceAnswers() };
  const later = {
    umum: makeUmumV2(),
    khusus: makeKhusus(),
    answers: {
      ...referenceAnswers(),
      'KLB-1.3': L(3),
      'KLB-2.2': L(2), // was unanswered (0): rose
      'SDM-1.2': L(3), // was 4: fell
      'SPR-1.2': L(2), // was N/A: applicability changed
      'PBY-1.1': L(2), // was 1: rose
      'PBY-1.3': L(1),
      'LKA-1.1': L(4),
      'LKA-1.2': L(4),
    },
  };
  const cmp = compareAssessments(earlier, later);

  it('changes per aspect by aspect id, including an aspect only in the later one', () => {
    const byId = Object.fromEntries(cmp.aspects.map((a) => [a.aspectId, a]));
    // KLB later: (3·1 + 1·0.75 + 2·0.75 + 2·0.5) ÷ 8 = 6.25 ÷ 8 = 78.125 (earlier 62.5)
    expect(byId.KLB).toMatchObject({ earlier: 62.5, later: 78.125, change: 15.625 });
    // SDM later: (2·0.5 + 0.75) ÷ 3 = 58.333… (earlier 66.666…)
    expect(byId.SDM!.change).toBeCloseTo(-25 / 3, 10);
    // SPR later: (0.75 + 0.5) ÷ 2 = 62.5 (earlier 75, SPR-1.2 N/A)
    expect(byId.SPR).toMatchObject({ earlier: 75, later: 62.5, change: -12.5 });
    // PBY later: (0.5 + 0.25) ÷ 2 = 37.5 (earlier 12.5)
    expect(byId.PBY).toMatchObject({ earlier: 12.5, later: 37.5, change: 25 });
    expect(byId.PSD!.change).toBe(0);
    expect(byId.LKA).toMatchObject({ module: 'khusus', earlier: null, later: 100, change: null });
    expect(cmp.aspects.map((a) => a.aspectId)).toEqual(['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MNV', 'LKA']);
  });

  it('sorts items in both into rose / fell / unchanged / applicability changed', () => {
    expect(cmp.rose).toEqual(['KLB-2.2', 'PBY-1.1']);
    expect(cmp.fell).toEqual(['SDM-1.2']);
    expect(cmp.applicabilityChanged).toEqual(['SPR-1.2']);
    expect(cmp.unchanged).toEqual(['KLB-1.1', 'KLB-2.1', 'SDM-1.1', 'SPR-1.1', 'PSD-1.1', 'PSD-1.2', 'PSD-2.1', 'PSD-2.2', 'MNV-1.1', 'MNV-1.2']);
    expect(cmp.changes.find((c) => c.itemId === 'KLB-2.2')).toEqual({
      itemId: 'KLB-2.2',
      earlierLevel: null,
      laterLevel: 2,
      earlierSource: 'unanswered',
      laterSource: 'answer',
    });
  });

  it('lists ids that exist in only one of the two', () => {
    expect(cmp.onlyInEarlier).toEqual(['KLB-1.2', 'PBY-1.2']);
    expect(cmp.onlyInLater).toEqual(['KLB-1.3', 'PBY-1.3', 'LKA-1.1', 'LKA-1.2']);
  });

  it('reports the change of the total', () => {
    expect(cmp.totalChange).toBeCloseTo(cmp.later.total! - cmp.earlier.total!, 12);
    expect(cmp.earlier.total).toBeCloseTo(65.8333333, 6);
  });

  it('an item N/A on both sides is unchanged', () => {
    const same = compareAssessments(earlier, { umum: makeUmum(), answers: { ...referenceAnswers(), 'SPR-1.2': NA } });
    expect(same.unchanged).toContain('SPR-1.2');
    expect(same.rose).toEqual([]);
    expect(same.fell).toEqual([]);
    expect(same.totalChange).toBe(0);
  });
});

describe('answerSummary', () => {
  const row = (itemId: string, level: Answer['level'], na: boolean, updatedAt: string) => ({ itemId, level, na, updatedAt });

  it('turns Answer rows into the engine’s answer map, latest row winning', () => {
    const summary = answerSummary([
      row('KLB-1.1', 2, false, '2026-01-01T00:00:00Z'),
      row('SPR-1.2', null, true, '2026-01-01T00:00:00Z'),
      row('KLB-1.1', 3, false, '2026-02-01T00:00:00Z'),
      row('KLB-1.2', null, false, '2026-01-01T00:00:00Z'),
      row('PBY-1.1', 4, false, '2026-03-01T00:00:00Z'),
      row('PBY-1.1', 1, false, '2026-01-01T00:00:00Z'),
    ]);
    expect(summary).toEqual({
      'KLB-1.1': { level: 3, na: false },
      'SPR-1.2': { level: null, na: true },
      'KLB-1.2': { level: null, na: false },
      'PBY-1.1': { level: 4, na: false },
    });
  });
});

describe('comparison across versions uses the files’ mappings', () => {
  it('an item that replaces an earlier one is compared with it; totals on different majors are flagged', async () => {
    const { compareAssessments } = await import('../../../src/domain/scoring');
    const { makeUmum: v1, makeUmumV2: v2 } = await import('./fixtures');
    const later = v2();
    later.aspects[0]!.components[0]!.items[1]!.replaces = [{ id: 'KLB-1.2', note: 'digabung' }];
    const c = compareAssessments(
      { umum: v1(), answers: { 'KLB-1.2': { level: 2, na: false } } },
      { umum: later, answers: { 'KLB-1.3': { level: 4, na: false } } },
    );
    expect(c.changes.find((x) => x.itemId === 'KLB-1.3')).toMatchObject({ mappedFrom: 'KLB-1.2', earlierLevel: 2, laterLevel: 4 });
    expect(c.rose).toContain('KLB-1.3');
    expect(c.onlyInEarlier).not.toContain('KLB-1.2');
    expect(c.onlyInEarlier).toContain('PBY-1.2');
    expect(c.onlyInLater).toEqual(['PBY-1.3']);
    expect(c.sameScale).toBe(false);
  });
});
