import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bundleSchema,
  canonicalJson,
  contentHash,
  contentOf,
  hashValidatedContent,
  parseBundle,
  sealBundle,
  sha256Hex,
  snapshotContent,
} from '../../../../src/domain/bundle';
import { generateBundleFiles } from '../../../../scripts/generate-bundles';
import { sampleFiles, sampleSnapshot } from './sample';

/** The first, straightforward canonicalJson: the faster one must produce exactly the same bytes (hashes depend on it). */
function canonicalJsonReference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in bundle');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJsonReference(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJsonReference((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

describe('canonicalJson', () => {
  it('equals the reference implementation on generated and sample bundles', { timeout: 30_000 }, async () => {
    const generated = await generateBundleFiles(12, 7);
    const sample = await sealBundle(snapshotContent(sampleSnapshot(), sampleFiles()), { version: '0.1.0', build: 't' }, '2026-11-22T00:00:00.000Z');
    const bundles = [...generated.map((f) => JSON.parse(f.text) as unknown), sample];
    for (const b of bundles) {
      expect(canonicalJson(b)).toBe(canonicalJsonReference(b));
      const content = contentOf(bundleSchema.parse(b));
      expect(canonicalJson(content)).toBe(canonicalJsonReference(content));
    }
  });

  it('equals the reference implementation on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => canonicalJson(v) === canonicalJsonReference(v)),
      { numRuns: 500 },
    );
  }, 30_000);

  it('equals the reference on random objects with undefined values, unicode keys and odd values', () => {
    const odd = fc.oneof(fc.constant(undefined), fc.constant(-0), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, odd, fc.array(tie('node'), { maxLength: 6 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('node'), { maxKeys: 6 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => canonicalJson(v) === canonicalJsonReference(v)),
      { numRuns: 500 },
    );
  }, 30_000);

  it('sorts keys by code unit, drops undefined members, keeps sparse-array holes and undefined elements as before', () => {
    const sparse: unknown[] = [1];
    sparse[3] = 2;
    const v = { b: 1, a: [undefined, 'x'], B: undefined, é: true, 'z"q': sparse };
    expect(canonicalJson(v)).toBe('{"a":[null,"x"],"b":1,"z\\"q":[1,,,2],"é":true}');
    expect(canonicalJson(v)).toBe(canonicalJsonReference(v));
  });

  it('rejects non-finite numbers like the reference', () => {
    for (const bad of [NaN, Infinity, { a: [1, -Infinity] }]) {
      expect(() => canonicalJson(bad)).toThrow('non-finite number in bundle');
      expect(() => canonicalJsonReference(bad)).toThrow('non-finite number in bundle');
    }
  });
});

describe('hashValidatedContent', () => {
  it('gives the same hash as contentHash (which validates) for parsed bundles', async () => {
    const generated = await generateBundleFiles(6, 3);
    for (const f of generated) {
      const parsed = await parseBundle(f.text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const fast = await hashValidatedContent(parsed.bundle);
      expect(fast).toBe(await contentHash(parsed.bundle));
      expect(fast).toBe(parsed.bundle.integrity.hash);
      expect(fast).toBe(await sha256Hex(canonicalJsonReference(contentOf(parsed.bundle))));
    }
  });

  it('contentHash still validates untrusted content', () => {
    const content = snapshotContent(sampleSnapshot());
    // As before the split, a schema failure throws synchronously (the caller never gets a hash of bad data).
    expect(() => contentHash({ ...content, answers: [{ nonsense: true }] } as never)).toThrow();
  });
});

describe('parseBundle hostile keys (fast path without the reviver)', () => {
  it('drops __proto__ / constructor / prototype keys written with \\u escapes', async () => {
    const bundle = await sealBundle(snapshotContent(sampleSnapshot()), { version: '0.1.0', build: 't' }, '2026-11-22T00:00:00.000Z');
    const text = JSON.stringify(bundle).replace(
      '"institutions":[{',
      '"institutions":[{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true},"constr\\u0075ctor":{"x":1},"prot\\u006ftype":{"y":2},',
    );
    const r = await parseBundle(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const inst = r.bundle.institutions[0]!;
      expect(Object.getPrototypeOf(inst)).toBe(Object.prototype);
      expect(Object.keys(inst)).not.toContain('__proto__');
      expect(Object.keys(inst)).not.toContain('constructor');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('drops hostile keys inside a recap source bundle (z.unknown keeps other keys), also when spelt with \\u escapes', async () => {
    for (const [inner, escape] of [
      ['{"__proto__":{"polluted":true},"keep":1}', (t: string) => t],
      ['{"constructor":{"polluted":true},"keep":1}', (t: string) => t.replace('"constructor"', '"constr\\u0075ctor"')],
    ] as const) {
      const content = snapshotContent(sampleSnapshot(), [], 'backup');
      const withSource = { ...content, recapSources: [{ id: 's1', key: 'k', fileName: 'a.json', importedAt: '2026-11-22', bundle: JSON.parse(inner) as unknown }] };
      const sealed = await sealBundle(withSource, { version: '0.1.0', build: 't' }, '2026-11-22T00:00:00.000Z');
      // The seal was computed with the hostile key present; parsing drops it, so the content no longer matches.
      const text = escape(JSON.stringify(sealed));
      const r = await parseBundle(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([{ code: 'integrity-mismatch' }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Control: the same file without the hostile key is accepted (the rejection above is the key's doing).
      const clean = await sealBundle({ ...withSource, recapSources: [{ ...withSource.recapSources[0]!, bundle: { keep: 1 } }] }, { version: '0.1.0', build: 't' }, '2026-11-22T00:00:00.000Z');
      expect((await parseBundle(JSON.stringify(clean))).ok).toBe(true);
    }
  });
});
