import { describe, expect, it } from 'vitest';
import {
  baseDigest,
  baseOf,
  compareRowKeys,
  naturalCompare,
  parseRowKey,
  rowFingerprint,
  rowKey,
  rowsOf,
  shortHash,
} from '../../../../src/domain/team/rows';
import { action, answer, at, evidence, side, staff } from './helpers';

describe('row keys', () => {
  it('name the kind and the id (the itemId for answers)', () => {
    expect(rowKey('answer', 'KLB-1.1')).toBe('answer:KLB-1.1');
    expect(parseRowKey('evidence:ab:c')).toEqual({ rowKind: 'evidence', id: 'ab:c' });
    expect(parseRowKey('staff:s1')).toEqual({ rowKind: 'staff', id: 's1' });
    expect(parseRowKey('action:x')).toEqual({ rowKind: 'action', id: 'x' });
    expect(parseRowKey('review:x')).toBeNull();
    expect(parseRowKey('answer:')).toBeNull();
    expect(parseRowKey('nothing')).toBeNull();
  });

  it('sort by kind, then by id with numbers as numbers', () => {
    const keys = ['staff:b', 'answer:KLB-1.10', 'action:a', 'answer:KLB-1.2', 'evidence:z', 'answer:BIA-1.1'];
    expect([...keys].sort(compareRowKeys)).toEqual(['answer:BIA-1.1', 'answer:KLB-1.2', 'answer:KLB-1.10', 'evidence:z', 'staff:b', 'action:a']);
    expect(naturalCompare('a2', 'a10')).toBeLessThan(0);
    expect(naturalCompare('a02', 'a2')).toBeGreaterThan(0);
    expect(naturalCompare('a', 'a')).toBe(0);
    expect(naturalCompare('b', 'a1')).toBeGreaterThan(0);
  });
});

describe('rowFingerprint', () => {
  it('is 28 hex digits, and the same for the same content', () => {
    const fp = rowFingerprint(answer('KLB-1.1', 3));
    expect(fp).toMatch(/^[0-9a-f]{28}$/);
    expect(rowFingerprint(answer('KLB-1.1', 3))).toBe(fp);
    expect(shortHash('')).toMatch(/^[0-9a-f]{28}$/);
  });

  it('never changes: stored bases and the documented formula (docs/bundle-format.md) depend on it', () => {
    expect(rowFingerprint(answer('KLB-1.1', 3, { note: 'é ✓' }))).toBe('12b65bda4e67c51f45ce9fec2826');
  });

  it('ignores who wrote the row, when, and which assessment holds it', () => {
    const a = answer('KLB-1.1', 3);
    expect(rowFingerprint({ ...a, updatedAt: at(5), by: 'm-2', assessmentId: 'other' })).toBe(rowFingerprint(a));
    const e = evidence('e1', 'Akta');
    expect(rowFingerprint({ ...e, createdAt: at(9), updatedAt: at(10), by: 'm-1' })).toBe(rowFingerprint(e));
  });

  it('changes with anything the row says, and ignores key order', () => {
    const a = answer('KLB-1.1', 3);
    const fps = new Set([
      rowFingerprint(a),
      rowFingerprint({ ...a, level: 2 }),
      rowFingerprint({ ...a, note: 'catatan' }),
      rowFingerprint({ ...a, na: true, level: null }),
      rowFingerprint({ ...a, itemId: 'KLB-1.2' }),
    ]);
    expect(fps.size).toBe(5);
    const reversed = Object.fromEntries(Object.entries(a).reverse());
    expect(rowFingerprint(reversed)).toBe(rowFingerprint(a));
    expect(rowFingerprint(evidence('e1', 'x', { itemIds: ['A', 'B'] }))).not.toBe(rowFingerprint(evidence('e1', 'x', { itemIds: ['B', 'A'] })));
  });
});

describe('baseOf', () => {
  it('fingerprints every row of a side by key, keys sorted', () => {
    const s = side({
      answers: [answer('KLB-1.2', 1), answer('KLB-1.1', 2)],
      evidence: [evidence('e1', 'Akta')],
      staff: [staff('s1', 'A')],
      actions: [action('x1', 'Susun SOP')],
    });
    const base = baseOf(s);
    expect(Object.keys(base)).toEqual(['answer:KLB-1.1', 'answer:KLB-1.2', 'evidence:e1', 'staff:s1', 'action:x1']);
    expect(base['answer:KLB-1.1']).toBe(rowFingerprint(answer('KLB-1.1', 2)));
    expect(JSON.stringify(base).length).toBeLessThan(5 * 60);
  });

  it('leaves out answers that say nothing: the same as no answer', () => {
    const s = side({ answers: [answer('KLB-1.1', null), answer('KLB-1.2', null, { note: 'belum' }), answer('KLB-1.3', null, { na: true })] });
    expect(Object.keys(baseOf(s))).toEqual(['answer:KLB-1.2', 'answer:KLB-1.3']);
  });

  it('keeps one row per key: the later one, whatever the input order', () => {
    const old = answer('KLB-1.1', 1, { updatedAt: at(1) });
    const newer = answer('KLB-1.1', 2, { updatedAt: at(2) });
    expect(baseOf(side({ answers: [old, newer] }))).toEqual(baseOf(side({ answers: [newer] })));
    expect(baseOf(side({ answers: [newer, old] }))).toEqual(baseOf(side({ answers: [newer] })));
    const tieA = answer('KLB-1.1', 1);
    const tieB = answer('KLB-1.1', 3);
    expect(rowsOf(side({ answers: [tieA, tieB] })).get('answer:KLB-1.1')!.row).toBe(rowsOf(side({ answers: [tieB, tieA] })).get('answer:KLB-1.1')!.row);
  });

  it('has a digest that changes with any row', () => {
    const a = baseOf(side({ answers: [answer('KLB-1.1', 1)] }));
    const b = baseOf(side({ answers: [answer('KLB-1.1', 2)] }));
    expect(baseDigest(a)).not.toBe(baseDigest(b));
    expect(baseDigest({})).toBe(baseDigest({}));
  });
});
