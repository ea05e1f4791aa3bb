import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUNDLE_FORMAT_VERSION,
  MAX_BUNDLE_BYTES,
  canonicalJson,
  sealHashes,
  verifyIntegrity,
  looksTruncated,
  parseBundle,
  type Bundle,
} from '../../../../src/domain/bundle';
import { sampleBundle, sampleSnapshot, sampleInstitution } from './sample';

const text = (b: unknown) => JSON.stringify(b);

/** Re-seals a tampered bundle with a correct hash, so only the schema decides. */
async function resealed(b: Bundle): Promise<Bundle> {
  return { ...b, integrity: { algorithm: 'SHA-256', ...(await sealHashes(b as unknown as Record<string, unknown>)) } };
}

describe('parseBundle', () => {
  it('refuses a validly sealed file with more answers for one assessment than any instrument has', async () => {
    const bundle = await sampleBundle();
    const template = bundle.answers[0]!;
    const answers = Array.from({ length: 1001 }, (_, i) => ({ ...template, itemId: `X-${i}` }));
    const r = await parseBundle(text(await resealed({ ...bundle, answers })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toEqual({ code: 'too-many-rows', assessmentId: template.assessmentId, collection: 'answers', count: 1001, limit: 1000 });
  });

  it('accepts an exported bundle, from text and from bytes, and gives back the same content', async () => {
    const bundle = await sampleBundle();
    const fromText = await parseBundle(text(bundle));
    const fromBytes = await parseBundle(new TextEncoder().encode(text(bundle)));
    expect(fromText).toEqual({ ok: true, bundle });
    expect(fromBytes).toEqual({ ok: true, bundle });
  });

  it('accepts a sealed file from an app that kept a level beside N/A, and reads that level as none (its hash still matches)', async () => {
    const bundle = await sampleBundle();
    const raw = { ...bundle, answers: bundle.answers.map((a, i) => (i === 0 ? { ...a, na: true, naReason: 'Tidak berlaku', level: 3 } : a)) } as unknown as Bundle;
    const r = await parseBundle(text(await resealed(raw)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.bundle.answers[0]).toMatchObject({ na: true, level: null, naReason: 'Tidak berlaku' });
  });

  it('accepts a file written with a byte-order mark and in canonical key order', async () => {
    const bundle = await sampleBundle();
    expect((await parseBundle(`\uFEFF${canonicalJson(bundle)}`)).ok).toBe(true);
  });

  it('rejects text that is not JSON', async () => {
    const r = await parseBundle('halo, ini bukan JSON');
    expect(r).toEqual({ ok: false, problems: [{ code: 'not-json', detail: expect.any(String) }] });
  });

  it('rejects an empty file and binary bytes', async () => {
    expect(await parseBundle('   ')).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    const r = await parseBundle(new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'not-text' }]);
  });

  it('says a cut-off file is truncated', async () => {
    const full = text(await sampleBundle());
    for (const cut of [10, Math.floor(full.length / 2), full.length - 1]) {
      const r = await parseBundle(full.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([{ code: 'truncated' }]);
    }
  });

  it('says a file from a newer app version is newer, naming both format versions', async () => {
    const bundle = await sampleBundle();
    const r = await parseBundle(text({ ...bundle, formatVersion: BUNDLE_FORMAT_VERSION + 1, somethingNew: [1, 2] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'newer-format', version: BUNDLE_FORMAT_VERSION + 1, supported: BUNDLE_FORMAT_VERSION }]);
  });

  it('rejects a file of another format', async () => {
    const r = await parseBundle(text({ format: 'other', formatVersion: 1 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'not-a-bundle' }]);
  });

  it('names the path and field of the first schema problems, with zod\'s Indonesian message, and counts the rest', async () => {
    const bundle = await sampleBundle();
    const broken = {
      ...bundle,
      answers: bundle.answers.map((a) => ({ ...a, level: 9 })),
      institutions: [{ ...bundle.institutions[0], name: 42 }],
      staff: Array.from({ length: 6 }, () => ({ id: '' })),
    };
    const r = await parseBundle(text(broken));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.length).toBe(6);
    expect(r.problems).toContainEqual({ code: 'invalid-field', path: ['institutions', 0, 'name'], field: 'name', message: expect.stringMatching(/^Input tidak valid/) });
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'invalid-field', path: ['answers', 0, 'level'], field: 'level' }));
    expect(r.problems[5]).toEqual({ code: 'more', count: expect.any(Number) });
  });

  it('rejects a bundle whose content was changed after export (hash mismatch)', async () => {
    const bundle = await sampleBundle();
    const edited = { ...bundle, institutions: [{ ...bundle.institutions[0]!, name: 'Panti Lain' }] };
    const r = await parseBundle(text(edited));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'integrity-mismatch' }]);
  });

  it('rejects a file larger than the limit before reading it', async () => {
    const big = new Uint8Array(MAX_BUNDLE_BYTES + 1);
    const r = await parseBundle(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'too-large', bytes: MAX_BUNDLE_BYTES + 1, limit: MAX_BUNDLE_BYTES }]);
  });

  it('drops __proto__ / constructor / prototype keys and pollutes nothing', async () => {
    const bundle = await sampleBundle();
    const json = text(bundle).replace('"institutions":[{', '"institutions":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const r = await parseBundle(`{"__proto__":{"polluted":true},${json.slice(1)}`);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) {
      expect(Object.getPrototypeOf(r.bundle.institutions[0])).toBe(Object.prototype);
      expect(Object.keys(r.bundle.institutions[0]!)).not.toContain('__proto__');
    }
  });

  it('keeps HTML in text fields as plain text (rendering escapes it)', async () => {
    const html = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script>';
    const bundle = await sampleBundle(sampleSnapshot(undefined, { institution: sampleInstitution({ name: html }) }));
    const r = await parseBundle(text(bundle));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.bundle.institutions[0]!.name).toBe(html);
  });

  it('looksTruncated sees open strings and brackets only', () => {
    expect(looksTruncated('{"a":"b')).toBe(true);
    expect(looksTruncated('{"a":[1,2')).toBe(true);
    expect(looksTruncated('{"a":"}"}')).toBe(false);
    expect(looksTruncated('{"a":1} x')).toBe(false);
  });
});

/** Mutations of a valid bundle's JSON value at a random path. */
const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant('<script>window.__pwned=1</script>'),
  fc.constant('<img src=x onerror="window.__pwned=1">'),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
  fc.constant('x'.repeat(70_000)),
  fc.constant([]),
  fc.constant({}),
  fc.constant(BUNDLE_FORMAT_VERSION + 1),
);

function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0 || path.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('parseBundle against hundreds of mutated and hostile files', () => {
  it('never throws: a mutated bundle is rejected with problems, or accepted only with a matching hash and valid schema', async () => {
    const bundle = await sampleBundle();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        hostileValue,
        fc.boolean(),
        async (path, replacement, reseal) => {
          let mutated = mutate(bundle, path, replacement) as Bundle;
          if (reseal) {
            try {
              mutated = await resealed(mutated);
            } catch {
              // The content is not valid: keep the old hash.
            }
          }
          const r = await parseBundle(JSON.stringify(mutated));
          if (r.ok) {
            // The seal is checked over the file as written (normalising may then read, e.g., a level beside N/A as none).
            expect(await verifyIntegrity(mutated)).toBe(true);
          } else {
            expect(r.problems.length).toBeGreaterThan(0);
            expect(r.problems.length).toBeLessThanOrEqual(6);
            for (const p of r.problems) expect(typeof p.code).toBe('string');
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated or byte-flipped files, and never accepts a changed one', async () => {
    const json = JSON.stringify(await sampleBundle());
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: json.length - 1 }), fc.nat({ max: 255 }), fc.boolean(), async (at, byte, truncate) => {
        const bytes = new TextEncoder().encode(json);
        const changed = truncate ? bytes.slice(0, at) : bytes.map((b, i) => (i === at ? byte : b));
        const r = await parseBundle(changed);
        const same = changed.length === bytes.length && changed.every((b, i) => b === bytes[i]);
        if (!same) {
          // A flip inside insignificant whitespace-free JSON either breaks it or changes content/hash; a changed
          // key name is stripped by the schema only if it is an unknown one, which our files do not have.
          if (r.ok) expect(await verifyIntegrity(r.bundle)).toBe(true);
        } else expect(r.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON values and strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 })), async (input) => {
        const r = await parseBundle(input);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('survives absurdly deep nesting', async () => {
    const deep = `{"format":"swanilai-bundle","formatVersion":1,"institutions":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const r = await parseBundle(deep);
    expect(r.ok).toBe(false);
  });
});
