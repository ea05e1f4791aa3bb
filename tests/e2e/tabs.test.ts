import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import { createInstitution, openItem, startAssessment, waitSaved } from './support/app';
import { readStore } from './support/seed';

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
