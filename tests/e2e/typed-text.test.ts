import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchPersistent, tempProfileDir } from './support/browser';
import { startServer } from './support/server';
import { DIST } from './support/env';
import { makeAnswer, makeAssessment, makeStaff, readStore, seedInstitutionWithAssessment, seedStores } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';
import type { Action, Answer, ReviewItem, StaffMember } from '../../src/domain/records';

/*
 * Every typed text field of the app, one test each: the text is typed and the tab is closed at once, inside the
 * save pause (before the debounced write, or for a form before it is saved). A new tab shows the text again, and for
 * fields written while typing it is in IndexedDB. Fields written while typing go through the assessment's writer
 * (src/data/writer.ts); forms saved with a button keep a draft (src/data/drafts.ts).
 */
const items = currentUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items));
const naItem = items.find((i) => i.naAllowed && !i.computed)!;

let server: Awaited<ReturnType<typeof startServer>>;
let context: BrowserContext;
let own: string;
let copy: string;
let staffId: string;

before(async () => {
  server = await startServer(DIST);
  context = await launchPersistent(tempProfileDir(), { phone: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Beranda' }).waitFor();
  // Every item at level 3 but KLB-1.1 at 1 (a gap, with an action); a staff row; and an assessor's review copy.
  const { institution, assessment } = await seedInstitutionWithAssessment(page);
  own = assessment.id;
  const now = new Date().toISOString();
  const action: Action = { id: randomUUID(), assessmentId: own, itemId: 'KLB-1.1', action: 'Urus perpanjangan', responsible: '', targetDate: '', status: 'belum', createdAt: now, updatedAt: now };
  const staff = makeStaff(own, { role: 'pekerja-sosial', unsur: 'operasional', name: 'AS' });
  staffId = staff.id;
  const review = { ...makeAssessment(institution), origin: { kind: 'review-copy', importedAt: now, fileName: 'lksa.json', hash: 'ab'.repeat(32) } };
  copy = review.id;
  const answers = items.filter((i) => i.id !== naItem.id).map((i) => makeAnswer(own, i.id, i.id === 'KLB-1.1' ? 1 : 3));
  await seedStores(page, {
    answers: [...answers, ...answers.map((a) => ({ ...a, assessmentId: copy }))],
    actions: [action],
    staff: [staff],
    assessments: [review],
  });
  await page.close();
});

after(async () => {
  await context.close();
  await server.close();
});

/** Opens `path` in a new tab, types with `type`, closes the tab at once, and returns a new tab on `path`. */
async function typeAndCloseTab(path: string, ready: (page: Page) => Locator, type: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await ready(page).waitFor();
  await type(page);
  await page.close({ runBeforeUnload: false }); // inside the pause: nothing has been written yet by the debounce
  const again = await context.newPage();
  await again.goto(`${server.url}${path}`);
  await ready(again).waitFor();
  return again;
}

async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > until) assert.fail(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('questionnaire note', async () => {
  const text = 'Akta pendirian ada di map biru, lemari arsip';
  const page = await typeAndCloseTab(`/asesmen/${own}/butir/KLB-1.2`, (p) => p.getByTestId('note'), (p) => p.getByTestId('note').fill(text));
  assert.equal(await page.getByTestId('note').inputValue(), text);
  const row = await eventually(() => readStore<Answer>(page, 'answers'), (rows) => rows.some((r) => r.assessmentId === own && r.itemId === 'KLB-1.2' && r.note === text), 'stored note');
  assert.equal(row.find((r) => r.assessmentId === own && r.itemId === 'KLB-1.2')?.level, 3, 'the level is kept');
  await page.close();
});

test('N/A reason', async () => {
  const text = 'Panti tidak menyelenggarakan layanan ini';
  const page = await typeAndCloseTab(
    `/asesmen/${own}/butir/${naItem.id}`,
    (p) => p.getByTestId('note'),
    async (p) => {
      await p.getByTestId('level-na').check();
      await p.getByTestId('na-reason').fill(text);
    },
  );
  assert.equal(await page.getByTestId('na-reason').inputValue(), text, 'N/A is chosen again, with its reason');
  await eventually(() => readStore<Answer>(page, 'answers'), (rows) => rows.some((r) => r.assessmentId === own && r.itemId === naItem.id && r.na && r.naReason === text && r.level === null), 'stored N/A');
  await page.close();
});

test('roster: the name of a staff member', async () => {
  const text = 'Bu Ani Rahmawati';
  const open = async (p: Page) => {
    await p.getByRole('button', { name: /^Ubah AS/ }).click();
  };
  const page = await typeAndCloseTab(
    `/asesmen/${own}/sdm`,
    (p) => p.getByTestId('staff-row').first(),
    async (p) => {
      await open(p);
      await p.getByTestId('staff-row').first().getByLabel('Nama / inisial (boleh kosong)').fill(text);
    },
  );
  await page.getByTestId('staff-row').first().getByText(text).waitFor();
  await eventually(() => readStore<StaffMember>(page, 'staff'), (rows) => rows.find((r) => r.id === staffId)?.name === text, 'stored name');
  await page.close();
});

test('roster: a staff member typed in "Tambah SDM" but not added', async () => {
  const form = (p: Page) => p.getByRole('form', { name: 'Tambah SDM' });
  const page = await typeAndCloseTab(
    `/asesmen/${own}/sdm`,
    (p) => form(p).getByLabel('Peran'),
    async (p) => {
      await form(p).getByLabel('Peran').selectOption('perawat');
      await form(p).getByLabel('Nama / inisial (boleh kosong)').fill('Rina W.');
    },
  );
  assert.equal(await form(page).getByLabel('Nama / inisial (boleh kosong)').inputValue(), 'Rina W.');
  assert.equal(await form(page).getByLabel('Peran').inputValue(), 'perawat');
  await page.close();
});

test('evidence form, not yet saved', async () => {
  const form = (p: Page) => p.getByRole('form', { name: 'Tambah bukti' });
  const path = `/asesmen/${own}/bukti`;
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  await form(page).getByLabel('Judul / keterangan').fill('SK pengurus 2025');
  await form(page).getByLabel('Nomor dokumen').fill('12/SK/2025');
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(`${server.url}${path}`);
  await again.getByTestId('evidence-draft-restored').waitFor();
  assert.equal(await form(again).getByLabel('Judul / keterangan').inputValue(), 'SK pengurus 2025');
  assert.equal(await form(again).getByLabel('Nomor dokumen').inputValue(), '12/SK/2025');
  await again.close();
});

for (const [label, field, text] of [
  ['Tindakan', 'action', 'Ajukan perpanjangan tanda daftar ke Dinas Sosial kota'],
  ['Penanggung jawab', 'responsible', 'Bu Sari (sekretaris)'],
] as const) {
  test(`action plan: ${label}`, async () => {
    const editor = (p: Page) => p.getByTestId('action-KLB-1.1');
    const page = await typeAndCloseTab(
      `/hasil/${own}#aksi-KLB-1.1`,
      (p) => editor(p).getByLabel(label),
      (p) => editor(p).getByLabel(label).fill(text),
    );
    assert.equal(await editor(page).getByLabel(label).inputValue(), text);
    await eventually(() => readStore<Action>(page, 'actions'), (rows) => rows[0]?.[field] === text, `stored ${field}`);
    await page.close();
  });
}

test("assessor's note on an item", async () => {
  const text = 'SK pengurus ditunjukkan, cocok dengan salinan';
  const card = (p: Page) => p.getByTestId('review-KLB-1.1');
  const page = await typeAndCloseTab(`/asesor/${copy}`, (p) => card(p).getByLabel('Catatan asesor'), (p) => card(p).getByLabel('Catatan asesor').fill(text));
  assert.equal(await card(page).getByLabel('Catatan asesor').inputValue(), text);
  await eventually(() => readStore<ReviewItem>(page, 'reviews'), (rows) => rows.some((r) => r.assessmentId === copy && r.itemId === 'KLB-1.1' && r.note === text && r.reviewedLevel === 1), 'stored review note');
  await page.close();
});

test("assessor's name", async () => {
  const text = 'Drs. Hendra Gunawan';
  const page = await typeAndCloseTab(`/asesor/${copy}`, (p) => p.getByLabel('Nama asesor'), (p) => p.getByLabel('Nama asesor').fill(text));
  await eventually(() => page.getByLabel('Nama asesor').inputValue(), (v) => v === text, 'name on screen');
  await eventually(() => readStore<{ assessmentId: string; assessorName?: string }>(page, 'reviewMeta'), (rows) => rows.some((r) => r.assessmentId === copy && r.assessorName === text), 'stored name');
  await page.close();
});
