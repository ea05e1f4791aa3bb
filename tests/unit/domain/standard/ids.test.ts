import { describe, expect, it } from 'vitest';
import published from '../../../../standards/published-ids.json';
import { loadStandards } from '../../../../src/domain/standard/registry';
import { allItems } from '../../../../src/domain/standard/validate';

/**
 * Ids are forever. standards/published-ids.json records every id ever published with its statement
 * (npm run lock:ids adds new ones). The newest version of each standard must still carry each of them
 * with the same statement (or a revised wording it declares with `revised`), or list it under `retired`.
 */
describe('published item ids', () => {
  const lock = published as Record<string, Record<string, string>>;
  const standards = loadStandards();

  it('records every current item id', () => {
    for (const s of standards) {
      for (const item of allItems(s)) expect(lock[s.id]?.[item.id], `${s.id} ${item.id} is not in published-ids.json (run npm run lock:ids)`).toBeDefined();
    }
  });

  it('never drops or repurposes a published id without retiring it', () => {
    for (const [standardId, ids] of Object.entries(lock)) {
      const versions = standards.filter((s) => s.id === standardId);
      expect(versions.length, `${standardId} disappeared`).toBeGreaterThan(0);
      const newest = versions.sort((a, b) => b.version.localeCompare(a.version, undefined, { numeric: true }))[0]!;
      const current = new Map(allItems(newest).map((i) => [i.id, i.statement]));
      // Same id, same meaning, better wording: allowed when the item says so (revised.since is its version).
      const revised = new Set(allItems(newest).filter((i) => i.revised?.since === newest.version).map((i) => i.id));
      const retired = new Set(newest.retired.map((r) => r.id));
      for (const [id, statement] of Object.entries(ids)) {
        if (retired.has(id)) {
          expect(current.has(id), `${id} is retired but still used`).toBe(false);
          continue;
        }
        if (revised.has(id)) {
          expect(current.has(id), `${standardId} ${id} is marked revised but missing`).toBe(true);
          continue;
        }
        expect(current.get(id), `${standardId} ${id} was removed or its statement changed; retire it and use a new id`).toBe(statement);
      }
    }
  });
});
