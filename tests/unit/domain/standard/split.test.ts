import { describe, expect, it } from 'vitest';
import { loadStandards } from '../../../../src/domain/standard/registry';
import { aspectDetailsOf, coreOf, joinStandard, withDetails } from '../../../../src/domain/standard/split';
import { ITEM_DETAIL_KEYS, type Item, type ItemCore } from '../../../../src/domain/standard/schema';
import { allItems } from '../../../../src/domain/standard/validate';

const files = loadStandards();

describe('a standard file in parts (core + one part per aspect)', () => {
  it.each(files.map((f) => [`${f.id} ${f.version}`, f] as const))('%s: the parts join back into the file', (_name, file) => {
    const core = coreOf(file);
    const details = Object.fromEntries(file.aspects.map((a) => [a.id, aspectDetailsOf(file, a.id)!]));
    expect(joinStandard(core, details)).toEqual(file);
  });

  it('the core keeps everything a score, an order or a count needs, and no long text', () => {
    for (const file of files) {
      const core = coreOf(file);
      expect(core.aspects.map((a) => [a.id, a.weight])).toEqual(file.aspects.map((a) => [a.id, a.weight]));
      const items = core.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
      expect(items.map((i) => [i.id, i.statement, i.weight, i.critical, i.naAllowed, i.answerType])).toEqual(
        allItems(file).map((i) => [i.id, i.statement, i.weight, i.critical, i.naAllowed, i.answerType]),
      );
      for (const item of items) for (const key of ITEM_DETAIL_KEYS) expect(item).not.toHaveProperty(key);
    }
  });

  it("an aspect's part holds its own items' texts only, and the Standar Umum 2.0.0 core is well under the whole", () => {
    const umum = files.find((f) => f.id === 'standar-umum' && f.version === '2.0.0')!;
    const klb = aspectDetailsOf(umum, 'KLB')!;
    const klbItems = umum.aspects.find((a) => a.id === 'KLB')!.components.flatMap((c) => c.items);
    expect(Object.keys(klb)).toEqual(klbItems.map((i) => i.id));
    expect(klb[klbItems[0]!.id]!.levels).toEqual(klbItems[0]!.levels);
    for (const d of Object.values(klb)) for (const key of Object.keys(d)) expect(ITEM_DETAIL_KEYS).toContain(key);
    expect(aspectDetailsOf(umum, 'XYZ')).toBeNull();
    expect(JSON.stringify(coreOf(umum)).length).toBeLessThan(JSON.stringify(umum).length / 3);
  });

  it('a missing part is an error, never an item without its texts', () => {
    const umum = files.find((f) => f.kind === 'umum')!;
    const details = Object.fromEntries(umum.aspects.slice(1).map((a) => [a.id, aspectDetailsOf(umum, a.id)!]));
    expect(() => joinStandard(coreOf(umum), details)).toThrow(/no texts for item/);
  });

  it('a core item is not a whole item to the type checker; with its texts it is', () => {
    const file = files[0]!;
    const core: ItemCore = coreOf(file).aspects[0]!.components[0]!.items[0]!;
    // @ts-expect-error an item without its texts cannot be used where its level descriptors are read
    const wrong: Item = core;
    // @ts-expect-error nor can an array of them (TypeScript lets zod-inferred arrays narrow without the markers)
    const wrongs: Item[] = [core];
    const whole: Item = withDetails(core, aspectDetailsOf(file, file.aspects[0]!.id)![core.id]!);
    expect(whole).toEqual(allItems(file)[0]);
    expect([wrong, wrongs].length).toBe(2);
  });
});
