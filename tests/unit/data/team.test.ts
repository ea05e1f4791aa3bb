import 'fake-indexeddb/auto';
import type { StoreError } from '../../../src/data/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { applyImport, planImport } from '../../../src/data/bundleImport';
import { exportAssessmentBundle } from '../../../src/data/bundleExport';
import { saveAnswer } from '../../../src/data/answers';
import { finaliseAssessment } from '../../../src/data/assessments';
import { addMember, exportTaskPackage, startTeam, updateMember } from '../../../src/data/team';
import { previewMerge } from '../../../src/data/teamMerge';
import { entryKey, sealBundle, type Bundle } from '../../../src/domain/bundle';
import type { MergeChoices } from '../../../src/domain/team/merge';
import { baseOf } from '../../../src/domain/team/rows';
import type { Answer, Assessment, EvidenceDoc } from '../../../src/domain/records';
import { PNG_1x1, sampleBundle, sampleEvidence, sampleSnapshot } from '../domain/bundle/sample';

const ASM = 'asm-1';

async function importAll(bundle: Bundle, merge?: MergeChoices): Promise<{ ok: boolean; error?: StoreError }> {
  const plan = await planImport(bundle);
  const choices = Object.fromEntries(plan.entries.filter((e) => e.conflict).map((e) => [entryKey(e), e.type === 'assessment' ? 'merge' : 'skip'] as const));
  const merges: Record<string, { plan: NonNullable<Awaited<ReturnType<typeof previewMerge>>>['plan']; choices: MergeChoices }> = {};
  for (const e of plan.entries) {
    if (e.type === 'assessment' && e.conflict) merges[e.id] = { plan: (await previewMerge(bundle, e.id))!.plan, choices: merge ?? {} };
  }
  const r = await applyImport(bundle, plan, choices, { merges });
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

/** A file as a member's phone would send it: the package's rows with `edit` applied, sealed again. */
async function resultOf(pkg: Bundle, edit: (b: Bundle) => Partial<Bundle>): Promise<Bundle> {
  const { exportedAt: _e, app: _a, integrity: _i, ...content } = pkg;
  return sealBundle({ ...content, ...edit(pkg) } as never, pkg.app);
}

const answer = (itemId: string, level: Answer['level'], by: string, updatedAt = '2026-12-01T10:00:00.000Z'): Answer => ({
  assessmentId: ASM, itemId, level, na: false, naReason: '', note: '', by, updatedAt,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await importAll(await sampleBundle(sampleSnapshot(['KLB-1.1', 'PBY-1.6'], { evidence: [sampleEvidence({ id: 'ev-1', itemIds: ['KLB-1.1'] })] })));
});
afterEach(() => db.close());

async function leadWithMember(): Promise<{ memberId: string; pkg: Bundle }> {
  await startTeam(ASM, { name: 'Ibu Sari', position: 'Kepala panti' });
  const member = await addMember(ASM, { name: 'Budi', position: 'Bendahara' });
  await updateMember(ASM, member.id, { aspectIds: ['PBY'] });
  return { memberId: member.id, pkg: await exportTaskPackage(ASM, member.id) };
}

describe('team packages and merged results', () => {
  it('a package names its member as the receiving phone and keeps the cut rows as the base on both sides', async () => {
    const { memberId, pkg } = await leadWithMember();
    const lead = (await db.assessments.get(ASM)) as Assessment;
    const leadMember = lead.team!.members.find((m) => m.id === memberId)!;
    expect(lead.team!.selfId).not.toBe(memberId);
    expect(leadMember.packageAt).not.toBeNull();
    expect(Object.keys(leadMember.base)).toEqual(expect.arrayContaining(['answer:KLB-1.1', 'answer:PBY-1.6', 'evidence:ev-1']));
    expect(pkg.assessments[0]!.team!.selfId).toBe(memberId);
    expect(pkg.assessments[0]!.team!.members.find((m) => m.id === memberId)!.base).toEqual(leadMember.base);
    expect(pkg.files).toEqual([]);
  });

  it("on the member's phone every answer records the member, and the team cannot be changed there", async () => {
    const { memberId, pkg } = await leadWithMember();
    await db.delete();
    await db.open();
    expect((await importAll(pkg)).ok).toBe(true);
    const saved = await saveAnswer(ASM, 'PBY-1.6', { level: 3 });
    expect(saved.by).toBe(memberId);
    await expect(updateMember(ASM, memberId, { aspectIds: ['KLB'] })).rejects.toMatchObject({ code: 'team-lead-only' });
    // The declaration stays the head's: a member's phone never finalises.
    await expect(finaliseAssessment(ASM, { name: 'Budi', position: 'Bendahara', place: 'Bandung', date: '2026-12-02' })).rejects.toMatchObject({ code: 'finalise-lead-only' });
    expect((await db.assessments.get(ASM))!.status).toBe('draft');
    const result = (await exportAssessmentBundle(ASM, { withPhotos: true }))!;
    expect(result.answers.find((a) => a.itemId === 'PBY-1.6')).toMatchObject({ level: 3, by: memberId });
  });

  it("the lead takes the member's changes, keeps its own later change, writes a new photo with its file, and the same file twice changes nothing", async () => {
    const { memberId, pkg } = await leadWithMember();
    // After cutting the package the lead changes KLB-1.1 itself; the member never touched it.
    await saveAnswer(ASM, 'KLB-1.1', { level: 1 });
    const photo: EvidenceDoc = sampleEvidence({ id: 'ev-new', title: 'Buku kas', itemIds: ['PBY-1.6'], fileName: 'kas.png', mime: 'image/png', by: memberId });
    const result = await resultOf(pkg, (b) => ({
      answers: b.answers.map((a) => (a.itemId === 'PBY-1.6' ? answer('PBY-1.6', 4, memberId) : a)),
      evidence: [...b.evidence, photo],
      files: [{ id: 'ev-new', mime: 'image/png', data: PNG_1x1, thumb: null }],
    }));
    const preview = (await previewMerge(result, ASM))!;
    expect(preview.from).toMatchObject({ id: memberId, name: 'Budi' });
    expect(preview.plan.entries.map((e) => `${e.kind} ${e.key}`)).toEqual(['take answer:PBY-1.6', 'take evidence:ev-new']);

    expect(await importAll(result)).toEqual({ ok: true });
    const answers = await db.answers.where('assessmentId').equals(ASM).toArray();
    expect(answers.find((a) => a.itemId === 'KLB-1.1')!.level).toBe(1);
    expect(answers.find((a) => a.itemId === 'PBY-1.6')).toMatchObject({ level: 4, by: memberId });
    expect(await db.evidenceFiles.get('ev-new')).toBeDefined();
    const lead = (await db.assessments.get(ASM)) as Assessment;
    expect(lead.team!.members.find((m) => m.id === memberId)!.receivedAt).not.toBeNull();

    expect((await previewMerge(result, ASM))!.plan.entries).toEqual([]);
  });

  it('a deletion on the member\'s side is planned as a deletion, and a row id of another assessment is never overwritten', async () => {
    const { memberId, pkg } = await leadWithMember();
    await db.evidence.put(sampleEvidence({ id: 'ev-other', assessmentId: 'asm-other', title: 'Milik asesmen lain' }));
    const result = await resultOf(pkg, () => ({
      evidence: [sampleEvidence({ id: 'ev-other', title: 'Ditanam', by: memberId })],
    }));
    expect(result.evidence.some((e) => e.id === 'ev-1')).toBe(false);
    const preview = (await previewMerge(result, ASM))!;
    expect(preview.plan.entries.map((e) => `${e.kind} ${e.key}`)).toEqual(['delete evidence:ev-1', 'take evidence:ev-other']);
    expect(await importAll(result)).toEqual({ ok: true });
    expect(await db.evidence.get('ev-1')).toBeUndefined();
    expect((await db.evidence.get('ev-other'))!.assessmentId).toBe('asm-other');
    expect((await db.evidence.get('ev-other'))!.title).toBe('Milik asesmen lain');
  });

  it('a conflict is never taken without a choice, and a device changed since the preview refuses the merge with nothing written', async () => {
    const { memberId, pkg } = await leadWithMember();
    await saveAnswer(ASM, 'PBY-1.6', { level: 1 });
    const result = await resultOf(pkg, (bd) => ({ answers: bd.answers.map((a) => (a.itemId === 'PBY-1.6' ? answer('PBY-1.6', 4, memberId) : a)) }));
    const missing = await importAll(result);
    expect(missing.ok).toBe(false);
    expect(missing.error).toMatchObject({ code: 'merge-choice-missing', detail: 'answer:PBY-1.6' });
    expect((await db.answers.get([ASM, 'PBY-1.6']))!.level).toBe(1);

    const plan = await planImport(result);
    const key = entryKey(plan.entries.find((e) => e.type === 'assessment')!);
    const preview = (await previewMerge(result, ASM))!;
    await saveAnswer(ASM, 'KLB-1.1', { level: 2 });
    const stale = await applyImport(result, plan, { [key]: 'merge' }, { merges: { [ASM]: { plan: preview.plan, choices: { 'answer:PBY-1.6': 'theirs' } } } });
    expect(stale.ok).toBe(false);
    expect((await db.answers.get([ASM, 'PBY-1.6']))!.level).toBe(1);

    expect(await importAll(result, { 'answer:PBY-1.6': 'theirs' })).toEqual({ ok: true });
    expect((await db.answers.get([ASM, 'PBY-1.6']))).toMatchObject({ level: 4, by: memberId });
  });
  it("a member's phone takes the lead's newer package: the lead's later changes arrive, the member's own answers stay", async () => {
    const { memberId, pkg } = await leadWithMember();
    await db.delete();
    await db.open();
    expect((await importAll(pkg)).ok).toBe(true);
    await saveAnswer(ASM, 'PBY-1.6', { level: 3 });
    // The lead's next package: KLB-1.1 changed on the lead's device since the first one.
    const later = '2026-12-05T08:00:00.000Z';
    const rows = (bd: Bundle) => bd.answers.map((a) => (a.itemId === 'KLB-1.1' ? answer('KLB-1.1', 2, pkg.assessments[0]!.team!.members.find((m) => m.lead)!.id) : a));
    const pkg2 = await resultOf(pkg, (bd) => {
      const answers = rows(bd);
      const base = baseOf({ answers, evidence: bd.evidence, staff: bd.staff, actions: bd.actions });
      const team = bd.assessments[0]!.team!;
      return {
        answers,
        assessments: [{ ...bd.assessments[0]!, team: { ...team, members: team.members.map((m) => (m.id === memberId ? { ...m, packageAt: later, base } : m)) } }],
      };
    });
    const preview = (await previewMerge(pkg2, ASM))!;
    expect(preview.plan.entries.map((e) => `${e.kind} ${e.key}`)).toEqual(['take answer:KLB-1.1']);
    expect(await importAll(pkg2)).toEqual({ ok: true });
    expect((await db.answers.get([ASM, 'KLB-1.1']))!.level).toBe(2);
    expect((await db.answers.get([ASM, 'PBY-1.6']))).toMatchObject({ level: 3, by: memberId });
    const phone = (await db.assessments.get(ASM)) as Assessment;
    expect(phone.team!.selfId).toBe(memberId);
    expect(phone.team!.members.find((m) => m.id === memberId)!.packageAt).toBe(later);
  });
});


