import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '../../../src/data/db';
import { applyImport, planImport } from '../../../src/data/bundleImport';
import { base64ToBytes } from '../../../src/data/bundleFiles';
import { exportAssessmentBundle, exportBackup, exportReviewBundle, lastBackupAt } from '../../../src/data/bundleExport';
import { REVIEW_COPY_PREFIX } from '../../../src/data/reviewCopy';
import { verifyIntegrity, entryKey, parseBundle, type Bundle } from '../../../src/domain/bundle';
import { PNG_1x1, T2, sampleBundle, sampleFiles, sampleReview, sampleSnapshot } from '../domain/bundle/sample';
import { sealHashes } from '../../../src/domain/bundle/integrity';
import { snapshotContent } from '../../../src/domain/bundle';

const TABLES = ['institutions', 'assessments', 'answers', 'staff', 'evidence', 'evidenceFiles', 'actions', 'reviews', 'reviewMeta', 'recapSources', 'meta'] as const;

/** Every table, Blobs as base64, so two dumps compare with toEqual. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) {
    const rows = await db.table(name).toArray();
    out[name] = await Promise.all(
      rows.map(async (r: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...r };
        for (const [k, v] of Object.entries(r)) if (v instanceof Blob) copy[k] = Buffer.from(await v.arrayBuffer()).toString('base64');
        return copy;
      }),
    );
  }
  return out;
}

async function seed(bundle: Bundle): Promise<void> {
  const plan = await planImport(bundle);
  const r = await applyImport(bundle, plan);
  expect(r.ok).toBe(true);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('export and import', () => {
  it('exports one assessment with photos, and without', async () => {
    await seed(await sampleBundle());
    const withPhotos = (await exportAssessmentBundle('asm-1', { withPhotos: true }))!;
    const without = (await exportAssessmentBundle('asm-1', { withPhotos: false }))!;
    expect(withPhotos.files).toEqual([{ id: 'ev-1', mime: 'image/png', data: PNG_1x1, thumb: null }]);
    expect(without.files).toEqual([]);
    expect(without.evidence).toHaveLength(1);
    expect(await verifyIntegrity(withPhotos)).toBe(true);
    expect(await exportAssessmentBundle('nope', { withPhotos: true })).toBeNull();
  });

  it('a full backup restores everything on an empty device, evidence files included, and records lastBackupAt', async () => {
    await seed(await sampleBundle());
    const source = await sampleBundle();
    await db.recapSources.put({ id: source.integrity.hash, key: 'k', fileName: 'a.json', importedAt: T2, bundle: source });
    const before = await dump();
    const backup = await exportBackup(new Date(T2));
    expect(await lastBackupAt()).toBe(T2);
    const text = JSON.stringify(backup);

    await db.delete();
    await db.open();
    const parsed = await parseBundle(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = await planImport(parsed.bundle);
    expect(plan.entries.every((e) => e.action === 'add')).toBe(true);
    expect((await applyImport(parsed.bundle, plan)).ok).toBe(true);
    const after = await dump();
    for (const t of TABLES.filter((t) => t !== 'meta')) expect(after[t], t).toEqual(before[t]);
    const file = await db.evidenceFiles.get('ev-1');
    expect(new Uint8Array(await file!.blob.arrayBuffer())).toEqual(base64ToBytes(PNG_1x1));
  });

  it('replaces only with the choice, keeps both under new ids, and keeps newer device data by default', async () => {
    await seed(await sampleBundle());
    // The device moves on after the export.
    await db.answers.update(['asm-1', 'KLB-1.1'], { level: 4, updatedAt: '2026-12-01T00:00:00.000Z' });
    const older = await sampleBundle();
    const plan = await planImport(older);
    const a = plan.entries.find((e) => e.type === 'assessment')!;
    expect(a).toMatchObject({ conflict: true, deviceNewer: true, action: 'skip' });

    const before = await dump();
    expect(await applyImport(older, plan)).toMatchObject({ ok: true, written: { assessments: 0 } });
    expect(await dump()).toEqual(before);

    const both = await applyImport(older, plan, { [entryKey(a)]: 'keep-both' });
    expect(both.ok).toBe(true);
    expect(await db.assessments.count()).toBe(2);
    const copy = (await db.assessments.toArray()).find((x) => x.id !== 'asm-1')!;
    expect(copy.period).toBe('2026 (salinan impor)');
    expect(await db.answers.where('assessmentId').equals(copy.id).count()).toBe(2);
    const copyEvidence = await db.evidence.where('assessmentId').equals(copy.id).first();
    expect(copyEvidence!.id).not.toBe('ev-1');
    expect(await db.evidenceFiles.get(copyEvidence!.id)).toBeDefined();
    expect((await db.answers.get(['asm-1', 'KLB-1.1']))!.level).toBe(4);

    const replan = await planImport(older);
    const r = await applyImport(older, replan, { [entryKey(a)]: 'replace' });
    expect(r.ok).toBe(true);
    expect((await db.answers.get(['asm-1', 'KLB-1.1']))!.level).toBe(1);
  });

  it('refuses a plan made before the device changed, and changes nothing', async () => {
    await seed(await sampleBundle());
    const bundle = await sampleBundle(sampleSnapshot(undefined, { assessment: { ...sampleSnapshot().assessment, updatedAt: T2 } }));
    const plan = await planImport(bundle);
    await db.assessments.update('asm-1', { updatedAt: '2027-01-01T00:00:00.000Z' });
    const before = await dump();
    const r = await applyImport(bundle, plan, { [`assessment:asm-1`]: 'replace' });
    expect(r).toMatchObject({ ok: false, error: { code: 'import-changed' } });
    expect(await dump()).toEqual(before);
  });

  it('a failure in the middle of the write changes nothing (one transaction)', async () => {
    await seed(await sampleBundle());
    const other = await sampleBundle(
      sampleSnapshot(undefined, {
        institution: { ...sampleSnapshot().institution, id: 'inst-2' },
        assessment: { ...sampleSnapshot().assessment, id: 'asm-2', institutionId: 'inst-2' },
        answers: [],
        evidence: [],
        staff: [],
        actions: [],
      }),
      [],
      'backup',
    );
    const source = await sampleBundle();
    const withRecap = { ...other, recapSources: [{ id: source.integrity.hash, key: 'k', fileName: 'x', importedAt: T2, bundle: source }] };
    const plan = await planImport(withRecap);
    const before = await dump();
    // Make the last write fail: bulkAdd of a recap source whose id already exists in the same table.
    await db.recapSources.put({ id: 'r0', key: 'k', fileName: 'x', importedAt: T2, bundle: source });
    const before2 = await dump();
    const broken = { ...withRecap, recapSources: [withRecap.recapSources[0]!, withRecap.recapSources[0]!] };
    const r = await applyImport(broken as Bundle, plan);
    expect(r.ok).toBe(false);
    expect(await dump()).toEqual(before2);
    expect(before2.institutions).toEqual(before.institutions);
  });

  it('assessor copies are marked; a review bundle brings only the findings to the institution', async () => {
    await seed(await sampleBundle());
    const institutionDump = await dump();
    // On the assessor's device.
    const exported = (await exportAssessmentBundle('asm-1', { withPhotos: false }))!;
    await db.delete();
    await db.open();
    const plan = await planImport(exported);
    const res = await applyImport(exported, plan, {}, { reviewCopy: true, fileName: 'x.json' });
    expect(res.ok).toBe(true);
    expect(await db.meta.get(`${REVIEW_COPY_PREFIX}asm-1`)).toBeDefined();
    await db.reviews.put(sampleReview('KLB-1.1'));
    await db.reviewMeta.put({ assessmentId: 'asm-1', assessorName: 'Pak Budi', reviewedAt: T2 });
    // Tampering with the institution's answers on the assessor device must not travel back.
    await db.answers.update(['asm-1', 'KLB-1.2'], { level: 0 });
    const review = (await exportReviewBundle('asm-1'))!;
    expect(review.kind).toBe('review');

    // Back on the institution's device.
    await db.delete();
    await db.open();
    for (const [t, rows] of Object.entries(institutionDump)) if (t !== 'evidenceFiles') await db.table(t).bulkPut(rows);
    await db.evidenceFiles.put({ id: 'ev-1', blob: new Blob([base64ToBytes(PNG_1x1)], { type: 'image/png' }), thumb: null });
    const rplan = await planImport(review);
    expect(rplan.entries).toEqual([expect.objectContaining({ type: 'review', action: 'add' })]);
    expect((await applyImport(review, rplan)).ok).toBe(true);
    expect(await db.reviews.get(['asm-1', 'KLB-1.1'])).toMatchObject({ finding: 'tidak-sesuai', verifiedLevel: 2 });
    expect(await db.reviewMeta.get('asm-1')).toMatchObject({ assessorName: 'Pak Budi' });
    expect((await db.answers.get(['asm-1', 'KLB-1.2']))!.level).toBe(2);
  });
});

describe('a rejected import changes nothing', () => {
  it('hundreds of damaged files (cut, mutated, re-hashed wrongly): each is refused at parse and the database is identical', async () => {
    await seed(await sampleBundle());
    const good = JSON.stringify(await sampleBundle(sampleSnapshot(['KLB-1.1', 'KLB-2.1'], {
      assessment: { ...sampleSnapshot().assessment, updatedAt: T2, period: '<img src=x onerror=alert(1)>' },
    })));
    const before = await dump();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: good.length }).map((n) => good.slice(0, n)),
          fc.tuple(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 8 })).map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1)),
          fc.constantFrom(
            good.replace('"formatVersion":1', '"formatVersion":2'),
            good.replace('"format":"swanilai-bundle"', '"__proto__":{"x":1},"format":"swanilai-bundle"'),
            good.replace(/"hash":"[0-9a-f]{64}"/, `"hash":"${'0'.repeat(64)}"`),
            good.replace('"level":1', '"level":"1"'),
            good.replace('"name":"LKSA Harapan Bangsa"', `"name":"${'A'.repeat(10_000)}"`),
          ),
        ),
        async (text) => {
          const parsed = await parseBundle(text);
          if (parsed.ok) return; // accepted files are covered above; this property is about rejections
          expect(parsed.problems.length).toBeGreaterThan(0);
          expect(await dump()).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a validly sealed hostile file changes nothing it is not allowed to', () => {
  type Rows = Record<string, Record<string, unknown>[]>;
  const mutations: ((s: Rows) => void)[] = [
    (s) => s.staff!.push({ ...s.staff![0]! }), // duplicate row id inside one file
    (s) => void (s.staff![0]!.createdAt = 'bukan tanggal'),
    (s) => void (s.answers![0]!.level = 7),
    (s) => void (s.answers![0]!.assessmentId = 'asm-lain'),
    (s) => void (s.evidence![0]!.assessmentId = 'asm-lain'),
    (s) => void (s.actions![0]!.itemId = 'BUKAN-BUTIR'),
    (s) => void (s.answers![0]!.na = 'ya'),
  ];
  it('parse → plan → apply never throws; whatever is refused (at parse or at apply) leaves the database identical', async () => {
    await seed(await sampleBundle());
    const pristine = await dump();
    const restorePristine = async () => {
      await db.delete();
      await db.open();
      for (const [t, rows] of Object.entries(pristine)) {
        const table = db.table(t);
        for (const r of rows as Record<string, unknown>[]) {
          const row = { ...r };
          if (t === 'evidenceFiles') {
            row.blob = new Blob([base64ToBytes(r.blob as string)], { type: 'image/png' });
            row.thumb = r.thumb ? new Blob([base64ToBytes(r.thumb as string)], { type: 'image/jpeg' }) : null;
          }
          await table.put(row);
        }
      }
    };
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...mutations.map((_, i) => i)).map((i) => ({ kind: 'named' as const, i })),
          fc
            .record({
              table: fc.constantFrom('answers', 'staff', 'evidence', 'actions'),
              key: fc.constantFrom('id', 'assessmentId', 'itemId', 'level', 'createdAt', 'updatedAt', 'name', 'note', 'targetDate', 'expiryDate'),
              value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 1 }), fc.constant('2026-02-30')),
            })
            .map((r) => ({ kind: 'random' as const, ...r })),
        ),
        async (m) => {
          const snap = structuredClone(sampleSnapshot(['KLB-1.1', 'KLB-2.1']));
          // A new assessment id, so the file is not "the same assessment" the device already holds.
          snap.assessment = { ...snap.assessment, id: 'asm-2', updatedAt: T2 };
          for (const r of [...snap.answers, ...snap.staff, ...snap.evidence, ...snap.actions]) r.assessmentId = 'asm-2';
          const content = snapshotContent(snap, sampleFiles());
          const rows = content as unknown as Rows;
          if (m.kind === 'named') mutations[m.i]!(rows);
          else if (rows[m.table]![0]) rows[m.table]![0]![m.key] = m.value;
          // Sealed the way an attacker would: the hash over exactly these bytes, without the app's own sorting.
          const bundle = { ...content, exportedAt: T2, app: { version: '9.9.9', build: 'x' }, integrity: { algorithm: 'SHA-256', ...(await sealHashes(content as unknown as Record<string, unknown>)) } };
          const before = await dump();
          const parsed = await parseBundle(JSON.stringify(bundle));
          let outcome: 'refused' | 'applied';
          if (!parsed.ok) outcome = 'refused';
          else {
            const plan = await planImport(parsed.bundle);
            const applied = await applyImport(parsed.bundle, plan);
            outcome = applied.ok ? 'applied' : 'refused';
          }
          if (outcome === 'refused') {
            refused++;
            expect(await dump()).toEqual(before);
          } else {
            // Accepted: the device's own rows are untouched.
            const after = await dump();
            for (const table of ['institutions', 'assessments', 'answers', 'staff', 'evidence', 'evidenceFiles', 'actions'] as const)
              for (const row of pristine[table]!) expect(after[table], table).toContainEqual(row);
            await restorePristine();
          }
        },
      ),
      { numRuns: 120 },
    );
    expect(refused).toBeGreaterThan(10); // the property really exercised refusals
  });
});

describe('one assessment, one integrity code', () => {
  it('attaching the photo files or not leaves the code the same; the files have their own hash', async () => {
    await seed(await sampleBundle());
    const withPhotos = (await exportAssessmentBundle('asm-1', { withPhotos: true }))!;
    const without = (await exportAssessmentBundle('asm-1', { withPhotos: false }))!;
    expect(withPhotos.integrity.hash).toBe(without.integrity.hash);
    expect(withPhotos.integrity.filesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(without.integrity.filesHash).toBeUndefined();
    // A changed photo is still detected.
    const tampered = structuredClone(withPhotos);
    tampered.files[0]!.data = tampered.files[0]!.data.replace(/.{4}$/, 'AAAA');
    expect((await parseBundle(JSON.stringify(tampered))).ok).toBe(false);
    expect((await parseBundle(JSON.stringify(withPhotos))).ok).toBe(true);
  });
});

describe('imported row ids are checked against the device', () => {
  it('a file reusing the ids of another assessment’s rows never moves or overwrites them (fresh ids instead)', async () => {
    await seed(await sampleBundle());
    const before = await dump();
    // Someone who received the user's bundle builds a new institution and assessment reusing its row ids.
    const hostile = sampleSnapshot(['KLB-1.1'], {
      institution: sampleSnapshot().institution && { ...sampleSnapshot().institution, id: 'inst-evil', name: 'Panti Lain' },
      assessment: { ...sampleSnapshot().assessment, id: 'asm-evil', institutionId: 'inst-evil' },
    });
    for (const rows of [hostile.answers, hostile.staff, hostile.evidence, hostile.actions]) for (const r of rows) r.assessmentId = 'asm-evil';
    hostile.staff[0]!.name = 'Bukan staf kami';
    const otherPhoto = Buffer.from(base64ToBytes(PNG_1x1)).toString('base64');
    const bundle = await sampleBundle(hostile, [{ id: 'ev-1', mime: 'image/png', data: otherPhoto, thumb: null }]);
    const plan = await planImport(bundle);
    expect((await applyImport(bundle, plan)).ok).toBe(true);

    const after = await dump();
    // The user's own rows are exactly as before.
    for (const table of ['staff', 'evidence', 'evidenceFiles', 'actions'] as const) {
      for (const row of before[table]!) expect(after[table], table).toContainEqual(row);
    }
    // The imported assessment has its own rows, under fresh ids.
    const evilStaff = (after.staff as { id: string; assessmentId: string; name: string }[]).filter((s) => s.assessmentId === 'asm-evil');
    expect(evilStaff).toHaveLength(1);
    expect(evilStaff[0]!.id).not.toBe('staff-1');
    expect(evilStaff[0]!.name).toBe('Bukan staf kami');
    const evilEvidence = (after.evidence as { id: string; assessmentId: string }[]).filter((e) => e.assessmentId === 'asm-evil');
    expect(evilEvidence).toHaveLength(1);
    expect((after.evidenceFiles as { id: string }[]).some((f) => f.id === evilEvidence[0]!.id)).toBe(true);
  });

  it('a file with the same row id twice is rejected before anything is written', async () => {
    const snap = sampleSnapshot();
    snap.staff = [snap.staff[0]!, { ...snap.staff[0]!, name: 'Kembar' }];
    const bundle = await sampleBundle(snap);
    const parsed = await parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([{ code: 'duplicate-id', collection: 'staff', key: 'staff-1' }]);
  });
});

describe('a review copy is part of the record', () => {
  it('is carried by a backup, stays read-only after restore on another device, and every write path refuses it', async () => {
    const bundle = await sampleBundle();
    const r = await applyImport(bundle, await planImport(bundle), {}, { reviewCopy: true, fileName: 'lembaga.json' });
    expect(r.ok).toBe(true);
    const { isReviewCopy } = await import('../../../src/data/reviewCopy');
    expect(await isReviewCopy('asm-1')).toBe(true);

    const backup = await exportBackup();
    // A fresh device: nothing but the backup.
    await db.delete();
    await db.open();
    const restored = await parseBundle(JSON.stringify(backup));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect((await applyImport(restored.bundle, await planImport(restored.bundle))).ok).toBe(true);
    expect(await isReviewCopy('asm-1')).toBe(true);
    expect(await db.meta.get(`${REVIEW_COPY_PREFIX}asm-1`)).toBeUndefined(); // not the meta key: the record says so

    const before = await dump();
    const { saveAnswer } = await import('../../../src/data/answers');
    const { createAction } = await import('../../../src/data/actions');
    const { addStaff } = await import('../../../src/data/staff');
    await expect(saveAnswer('asm-1', 'KLB-1.1', { level: 0 })).rejects.toMatchObject({ code: 'review-copy' });
    expect((await createAction('asm-1', 'KLB-1.1', 'Lengkapi akta')).ok).toBe(false);
    const { id: _i, assessmentId: _a, createdAt: _c, updatedAt: _u, ...staffInput } = sampleSnapshot().staff[0]!;
    await expect(addStaff('asm-1', staffInput)).rejects.toMatchObject({ code: 'review-copy' });
    expect(await dump()).toEqual(before);
  });
});

describe('recap sources in a backup are checked before they are stored', () => {
  it('an object-valued name or a planted source under a genuine hash is left out; a genuine one is restored', async () => {
    const genuine = await sampleBundle();
    const forged = structuredClone(genuine);
    forged.institutions[0]!.name = 'Panti palsu';
    const backup = await sampleBundle(sampleSnapshot(), [], 'backup');
    const withSources = {
      ...backup,
      recapSources: [
        { id: genuine.integrity.hash, key: 'k1', fileName: 'asli.json', importedAt: T2, bundle: genuine },
        { id: 'x'.repeat(64), key: 'k2', fileName: { toString: 1 } as unknown as string, importedAt: T2, bundle: genuine },
        { id: genuine.integrity.hash.replace(/^./, '0'), key: 'k3', fileName: 'palsu.json', importedAt: T2, bundle: forged },
      ],
    } as Bundle;
    const r = await applyImport(withSources, await planImport(withSources));
    expect(r.ok).toBe(true);
    const stored = await db.recapSources.toArray();
    expect(stored.map((x) => x.fileName)).toEqual(['asli.json']);
  });
});
