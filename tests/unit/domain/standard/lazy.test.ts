import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentKhususFor, currentUmum, loadStandards } from '../../../../src/domain/standard/registry';

const registry = loadStandards();
const find = (id: string, version: string) => registry.find((f) => f.id === id && f.version === version)!;

// A fresh loader per test (this file shares its module graph with the other pure tests): nothing loaded yet.
let lazy: typeof import('../../../../src/domain/standard/lazy');
beforeEach(async () => {
  vi.resetModules();
  lazy = await import('../../../../src/domain/standard/lazy');
});

describe('the instrument one part at a time (the first-question path)', () => {
  it('loads a core first, then one aspect\'s texts, each once; the whole file equals the registry\'s', async () => {
    const { loadAspectDetails, loadedAspectDetails, loadedStandard, loadedStandardCore, loadStandard, loadStandardCore } = lazy;
    expect(loadedStandardCore('standar-umum', '2.0.0')).toBeUndefined();
    const core = await loadStandardCore('standar-umum', '2.0.0');
    expect(core?.aspects.map((a) => a.id)).toEqual(['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MON']);
    expect(loadedStandardCore('standar-umum', '2.0.0')).toBe(core);
    expect(core!.aspects[0]!.components[0]!.items[0]).not.toHaveProperty('levels');

    expect(loadedAspectDetails('standar-umum', '2.0.0', 'KLB')).toBeUndefined();
    const klb = await loadAspectDetails('standar-umum', '2.0.0', 'KLB');
    expect(loadedAspectDetails('standar-umum', '2.0.0', 'KLB')).toBe(klb);
    const first = find('standar-umum', '2.0.0').aspects[0]!.components[0]!.items[0]!;
    expect(klb![first.id]!.levels).toEqual(first.levels);
    expect(loadedAspectDetails('standar-umum', '2.0.0', 'SDM')).toBeUndefined();

    expect(loadedStandard('standar-umum', '2.0.0')).toBeUndefined();
    expect(await loadStandard('standar-umum', '2.0.0')).toEqual(find('standar-umum', '2.0.0'));
    expect(await loadStandard('khusus-lksa', '2.0.0')).toEqual(find('khusus-lksa', '2.0.0'));
  });

  it('says null for a file or an aspect this build does not have', async () => {
    const { loadAspectDetails, loadedAspectDetails, loadedStandardCore, loadStandard, loadStandardCore } = lazy;
    expect(await loadStandardCore('standar-umum', '9.9.9')).toBeNull();
    expect(loadedStandardCore('standar-umum', '9.9.9')).toBeNull();
    expect(await loadAspectDetails('standar-umum', '2.0.0', 'LKSA')).toBeNull();
    await loadStandardCore('standar-umum', '2.0.0');
    expect(loadedAspectDetails('standar-umum', '2.0.0', 'LKSA')).toBeNull();
    expect(await loadStandard('khusus-lksa', '9.9.9')).toBeNull();
  });

  it('the cores new work uses are the ones the registry chooses, for every type of panti', async () => {
    for (const type of ['lksa', 'lanjut-usia', 'lainnya']) {
      const cores = await lazy.currentCores(type);
      expect([cores?.umum.id, cores?.umum.version]).toEqual([currentUmum().id, currentUmum().version]);
      const k = currentKhususFor(type);
      expect(cores?.khusus ? [cores.khusus.id, cores.khusus.version] : null).toEqual(k ? [k.id, k.version] : null);
      expect(cores!.umum.aspects[0]!.components[0]!.items[0]).not.toHaveProperty('guidance');
    }
  });
});
