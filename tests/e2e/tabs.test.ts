import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectPageErrors, launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { createInstitution, openItem, startAssessment, waitSaved } from './support/app';
import { readStore } from './support/seed';

const noteOf = async (page: import('playwright-core').Page, assessmentId: string) =>
  (await readStore<{ assessmentId: string; itemId: string; note: string }>(page, 'answers')).find((r) => r.assessmentId === assessmentId && r.itemId === 'KLB-1.1')?.note;

test('two tabs typing the same note: the conflict is shown, nothing is written over the other tab until the user chooses', async () => {
  const server = await startServer(DIST);
  const context = await launchPersistent(tempProfileDir());
  try {
    const a = context.pages()[0] ?? (await context.newPage());
    const errors = collectPageErrors(a);
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
    await conflict.getByText('Teks dari tab B').waitFor();
    await a.getByTestId('note').pressSequentially(', ditambah');
    await a.waitForTimeout(800);
    assert.equal(await a.getByTestId('note').inputValue(), 'Teks dari tab A, ditambah');
    assert.equal(await noteOf(a, assessmentId), 'Teks dari tab B');
    // The save line never says "Tersimpan" while tab A's text waits for the choice.
    assert.equal(await a.getByTestId('save-state').textContent(), 'Catatan belum tersimpan: pilih catatan yang dipakai');

    await conflict.getByRole('button', { name: 'Simpan catatan saya' }).click();
    await waitSaved(a);
    assert.equal(await noteOf(a, assessmentId), 'Teks dari tab A, ditambah');
    assert.equal(await a.getByTestId('note-conflict').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});
