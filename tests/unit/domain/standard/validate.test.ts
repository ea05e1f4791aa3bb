import { describe, expect, it } from 'vitest';
import standarUmum from '../../../../standards/standar-umum-1.0.0.json';
import { formatProblem, validateStandardFile } from '../../../../src/domain/standard/validate';

const clone = () => structuredClone(standarUmum) as typeof standarUmum;

describe('validateStandardFile', () => {
  it('accepts the published Standar Umum', () => {
    expect(validateStandardFile('standar-umum-1.0.0.json', standarUmum).ok).toBe(true);
  });

  it('names the file, the item id and the field of a broken item', () => {
    const broken = clone();
    const item = broken.aspects[1]!.components[0]!.items[1]! as Record<string, unknown>;
    item.levels = ['a', 'b', 'c', 'd'];
    const result = validateStandardFile('standar-umum-1.0.0.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'standar-umum-1.0.0.json', itemId: item.id, field: 'levels' });
    expect(formatProblem(result.problems[0]!)).toContain(`standar-umum-1.0.0.json [${String(item.id)}] levels`);
  });

  it('rejects a missing recommendation, a duplicated id and a critical item that allows N/A', () => {
    const broken = clone();
    const items = broken.aspects[0]!.components[0]!.items as Record<string, unknown>[];
    delete items[0]!.recommendation;
    items[2]!.id = items[1]!.id;
    const critical = items.find((i) => i.critical)!;
    critical.naAllowed = true;
    const first = validateStandardFile('x.json', broken);
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.problems.map((p) => `${p.itemId}:${p.field}`)).toContain(`${String(items[0]!.id)}:recommendation`);
    items[0]!.recommendation = 'Perbaiki.';
    const second = validateStandardFile('x.json', broken);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.problems.map((p) => p.message)).toContain('id butir dipakai lebih dari sekali');
      expect(second.problems.some((p) => p.itemId === critical.id && p.field === 'naAllowed')).toBe(true);
    }
  });

  it('rejects levels that are one generic scale (identical descriptors)', () => {
    const broken = clone();
    const item = broken.aspects[2]!.components[0]!.items[0]! as { levels: string[] };
    item.levels = ['Sama', 'Sama', 'Sama', 'Sama', 'Sama'];
    const result = validateStandardFile('x.json', broken);
    expect(result.ok).toBe(false);
  });
});
