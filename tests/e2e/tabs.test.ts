import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { answerItem, createInstitution, openItem, startAssessment, waitSaved } from './support/app';
import { readStore } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';
import type { Answer } from '../../src/domain/records';

const noteOf = async (page: import('playwright-core').Page, assessmentId: string) =>
  (await readStore<{ assessmentId: string; itemId: string; note: string }>(page, 'answers')).find((r) => r.assessmentId === assessmentId && r.itemId === 'KLB-1.1')?.note;

test('two tabs typing the same note: the conflict is shown, nothing is written over the other tab until the user chooses', async ({ server, desktop }) => {
  const { context, page: a, errors } = desktop;
  await createInstitution(a, server.url);
  const { assessmentId } = await startAssessment(a, '2026');
  await openItem(a, server.url, assessmentId, 'KLB-1.1');
  const b = await context.newPage();
  await openItem(b, server.url, assessmentId, 'KLB-1.1');

  // Tab A starts typing and keeps the field.
  await a.getByTestId('note').click();
  await a.getByTestId('note').pressSequentially('Teks dari tab A');
  await waitSaved(a);
  // Tab B writes another note over it.
  await b.getByTestId('note').fill('Teks dari tab B');
  await b.getByTestId('note').blur();
  await waitSaved(b);

  // Tab A is told, keeps its own text, and writes nothing over B's while it decides.
  const conflict = a.getByTestId('note-conflict');
  await expect(conflict.getByText('Teks dari tab B')).toBeVisible();
  await a.getByTestId('note').pressSequentially(', ditambah');
  await a.waitForTimeout(800);
  await expect(a.getByTestId('note')).toHaveValue('Teks dari tab A, ditambah');
  assert.equal(await noteOf(a, assessmentId), 'Teks dari tab B');
  // The save line never says "Tersimpan" while tab A's text waits for the choice.
  await expect(a.getByTestId('save-state')).toHaveText('Catatan belum tersimpan: pilih catatan yang dipakai');

  await conflict.getByRole('button', { name: 'Simpan catatan saya' }).click();
  await waitSaved(a);
  assert.equal(await noteOf(a, assessmentId), 'Teks dari tab A, ditambah');
  await expect(a.getByTestId('note-conflict')).toHaveCount(0);
  assert.deepEqual(errors, []);
});

test('two tabs on the same assessment: a change in one shows in the other, and answers from both survive', async ({ server, phone }) => {
  const { context } = phone;
  const a = context.pages()[0] ?? (await context.newPage());
  await createInstitution(a, server.url);
  const { assessmentId } = await startAssessment(a, '2026');
  const b = await context.newPage();
  const items = currentUmum().aspects.flatMap((x) => x.components.flatMap((c) => c.items)).filter((i) => !i.computed && !i.ownership);
  const shared = items[0]!;

  await openItem(a, server.url, assessmentId, shared.id);
  await openItem(b, server.url, assessmentId, shared.id);
  await answerItem(a, shared.id, 2);
  await expect(b.getByTestId('level-2').and(b.locator(':checked'))).toBeVisible(); // tab B sees tab A's choice
  await b.getByTestId('note').fill('Catatan dari tab B');
  await waitSaved(b);
  await a.waitForFunction(() => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value === 'Catatan dari tab B');
  await expect(a.getByTestId('level-2'), "tab B's note did not undo tab A's level").toBeChecked();

  // Interleaved answers on different items from both tabs.
  const expected = new Map<string, number>([[shared.id, 2]]);
  for (let i = 1; i <= 6; i++) {
    const page = i % 2 ? a : b;
    const item = items[i]!;
    const level = (i % 5) as 0 | 1 | 2 | 3 | 4;
    await openItem(page, server.url, assessmentId, item.id);
    await answerItem(page, item.id, level);
    expected.set(item.id, level);
  }
  // Every answer from both tabs is stored (one read of the database, not a page per item) …
  const stored = await readStore<Answer>(a, 'answers');
  const levels = new Map(stored.filter((r) => r.assessmentId === assessmentId).map((r) => [r.itemId, r.level]));
  assert.deepEqual(new Map([...expected].map(([id]) => [id, levels.get(id)])), expected, 'answers from both tabs are stored');
  // … and after a reload each tab shows what the other one wrote.
  const fromB = [...expected.keys()][2]!;
  await openItem(a, server.url, assessmentId, fromB);
  await expect(a.getByTestId(`level-${expected.get(fromB)}`), `tab A shows tab B's ${fromB}`).toBeChecked();
  const fromA = [...expected.keys()][1]!;
  await openItem(b, server.url, assessmentId, fromA);
  await expect(b.getByTestId(`level-${expected.get(fromA)}`), `tab B shows tab A's ${fromA}`).toBeChecked();
  await openItem(a, server.url, assessmentId, shared.id);
  await expect(a.getByTestId('level-2')).toBeChecked();
  await expect(a.getByTestId('note')).toHaveValue('Catatan dari tab B');
});
