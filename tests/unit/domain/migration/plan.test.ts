import { describe, expect, it } from 'vitest';
import { planMove, type OldAnswer } from '../../../../src/domain/migration/plan';
import { makeUmum, makeUmumV2, makeKhusus, item } from '../fixtures';

const a = (itemId: string, level: OldAnswer['level'], over: Partial<OldAnswer> = {}): OldAnswer => ({ itemId, level, na: false, naReason: '', note: '', ...over });

function v2WithMapping() {
  const v2 = makeUmumV2();
  const klb1 = v2.aspects[0]!.components[0]!;
  // KLB-1.3 replaces the retired KLB-1.2; PBY-1.3 is new (PBY-1.2 is retired without a successor).
  klb1.items[1] = { ...klb1.items[1]!, replaces: [{ id: 'KLB-1.2', note: 'Periksa ulang: kini juga menilai AD/ART.' }] };
  // KLB-2.1 keeps its id with better wording.
  const klb2 = v2.aspects[0]!.components[1]!;
  klb2.items[0] = { ...klb2.items[0]!, statement: 'Pernyataan baru KLB-2.1', revised: { since: '2.0.0', note: 'Kata-kata diperjelas.' } };
  return v2;
}

describe('the move plan (kept / mapped / new / dropped)', () => {
  const source = { umum: makeUmum(), khusus: null };
  const target = { umum: v2WithMapping(), khusus: null };
  const answers = [
    a('KLB-1.1', 4, { note: 'Akta di lemari.' }),
    a('KLB-1.2', 2, { note: 'AD/ART lama.' }),
    a('KLB-2.1', 3),
    a('PBY-1.2', 1, { note: 'Catatan keuangan' }),
    a('SPR-1.2', null, { na: true, naReason: 'Tidak ada layanan' }),
  ];
  const plan = planMove(source, target, answers, {
    evidence: [{ id: 'ev1', itemIds: ['KLB-1.2', 'KLB-1.1'] }, { id: 'ev2', itemIds: ['PBY-1.2'] }, { id: 'ev3', itemIds: ['KLB-1.1'] }],
    actions: [{ id: 'act1', itemId: 'KLB-1.2' }, { id: 'act2', itemId: 'KLB-1.1' }],
  });
  const entry = (id: string) => plan.entries.find((e) => (e.kind === 'dropped' ? e.oldItem.id : e.item.id) === id)!;

  it('keeps an answer, its note and N/A reason on an item with the same id', () => {
    expect(entry('KLB-1.1')).toMatchObject({ kind: 'kept', from: { level: 4, note: 'Akta di lemari.' } });
    expect(entry('SPR-1.2')).toMatchObject({ kind: 'kept', naDropped: false });
    expect(plan.answers).toContainEqual(a('SPR-1.2', null, { na: true, naReason: 'Tidak ada layanan' }));
  });

  it('shows the wording note of a revised item and keeps its answer', () => {
    expect(entry('KLB-2.1')).toMatchObject({ kind: 'kept', revisedNote: 'Kata-kata diperjelas.', from: { level: 3 } });
  });

  it('maps the answer of a retired item to the item that replaces it, with the file’s note', () => {
    expect(entry('KLB-1.3')).toMatchObject({ kind: 'mapped', fromId: 'KLB-1.2', note: 'Periksa ulang: kini juga menilai AD/ART.', from: { level: 2 } });
    expect(plan.answers).toContainEqual(a('KLB-1.3', 2, { note: 'AD/ART lama.' }));
  });

  it('asks for a new answer on a new item, and lists a retired item with its old answer for reference', () => {
    expect(entry('PBY-1.3')).toMatchObject({ kind: 'new' });
    expect(entry('PBY-1.2')).toMatchObject({ kind: 'dropped', from: { level: 1, note: 'Catatan keuangan' }, reason: 'dipecah' });
    expect(plan.answers.find((x) => x.itemId === 'PBY-1.2')).toBeUndefined();
    expect(plan.counts).toEqual({ kept: 14, mapped: 1, new: 1, dropped: 1 });
  });

  it('moves evidence links and actions with their items; links to a dropped item go, the document stays', () => {
    expect(plan.evidenceLinks).toEqual([
      { id: 'ev1', itemIds: ['KLB-1.1', 'KLB-1.3'] },
      { id: 'ev2', itemIds: [] },
    ]);
    expect(plan.actionItems).toEqual([{ id: 'act1', itemId: 'KLB-1.3' }]);
  });

  it('an N/A carried to an item that no longer allows N/A becomes unanswered, with the reason kept in the note', () => {
    const t = v2WithMapping();
    t.aspects[2]!.components[0]!.items[1]!.naAllowed = false; // SPR-1.2
    const p = planMove(source, { umum: t, khusus: null }, answers);
    expect(p.entries.find((e) => e.kind === 'kept' && e.item.id === 'SPR-1.2')).toMatchObject({ naDropped: true });
    expect(p.answers).toContainEqual(a('SPR-1.2', null, { note: 'Dahulu N/A: Tidak ada layanan' }));
  });

  it('a type that gains a module: its items are new', () => {
    const p = planMove(source, { umum: target.umum, khusus: makeKhusus() }, answers);
    expect(p.entries.filter((e) => e.kind === 'new').map((e) => (e.kind === 'new' ? e.item.id : ''))).toEqual(['PBY-1.3', 'LKA-1.1', 'LKA-1.2']);
    expect(p.to.khususId).toBe('khusus-uji');
  });

  it('items for the other ownership are not part of the target', () => {
    const t = v2WithMapping();
    t.aspects[1]!.components[0]!.items.push({ ...item('SDM-1.3', 1), ownership: 'pemerintah' });
    const p = planMove(source, { umum: t, khusus: null }, answers, { ownership: 'masyarakat' });
    expect(p.entries.some((e) => e.kind !== 'dropped' && e.item.id === 'SDM-1.3')).toBe(false);
  });
});

describe('the real 1.0.0 → 2.0.0 move', () => {
  it('every 1.0.0 item is kept, mapped or listed as dropped; nothing vanishes', async () => {
    const { loadStandards } = await import('../../../../src/domain/standard/registry');
    const all = loadStandards();
    const v1 = all.find((s) => s.kind === 'umum' && s.version === '1.0.0')! as ReturnType<typeof makeUmum>;
    const v2 = all.find((s) => s.kind === 'umum' && s.version === '2.0.0')! as ReturnType<typeof makeUmum>;
    const ids = v1.aspects.flatMap((x) => x.components.flatMap((c) => c.items.map((i) => i.id)));
    const p = planMove({ umum: v1, khusus: null }, { umum: v2, khusus: null }, ids.map((id) => a(id, 3, { note: `catatan ${id}` })), { ownership: 'masyarakat' });
    const accounted = new Set<string>();
    for (const e of p.entries) {
      if (e.kind === 'kept') accounted.add(e.item.id);
      if (e.kind === 'mapped') [e.fromId, ...e.others.map((o) => o.itemId)].forEach((id) => accounted.add(id));
      if (e.kind === 'dropped') accounted.add(e.oldItem.id);
    }
    // Items replaced by a government-only item do not show for a yayasan; every other 1.0.0 answer is accounted for.
    const missing = ids.filter((id) => !accounted.has(id));
    expect(missing, missing.join(', ')).toEqual([]);
    console.log('1.0.0 → 2.0.0:', p.counts);
  });
});
