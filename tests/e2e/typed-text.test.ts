import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { test, expect, openApp, type LaunchOptions } from './support/fixtures';
import type { StaticServer } from './support/server';
import { contextOptions } from './support/browser';
import { makeAnswer, makeAssessment, makeStaff, readStore, seedInstitutionWithAssessment, seedStores } from './support/seed';
import { currentUmum } from '../../src/domain/standard/registry';
import type { Action, Answer, ReviewItem, StaffMember } from '../../src/domain/records';

/*
 * Every typed text field of the app, one test each: the text is typed and the tab is closed at once, inside the
 * save pause (before the debounced write, or for a form before it is saved). A new tab shows the text again, and for
 * fields written while typing it is in IndexedDB. Fields written while typing go through the assessment's writer
 * (src/data/writer.ts); forms saved with a button keep a draft (src/data/drafts.ts).
 */
// Nine short journeys, none about wall time: both workers take some, each seeding the data once (beforeAll).
test.describe.configure({ mode: 'parallel' });

const items = currentUmum().aspects.flatMap((a) => a.components.flatMap((c) => c.items));
const naItem = items.find((i) => i.naAllowed && !i.computed)!;

interface Seeded {
  state: Exclude<BrowserContextOptions['storageState'], string | undefined>;
  own: string;
  copy: string;
  staffId: string;
}
interface Place extends Omit<Seeded, 'state'> {
  server: StaticServer;
  context: BrowserContext;
}

/**
 * Every item at level 3 but KLB-1.1 at 1 (a gap, with an action); a staff row; and an assessor's review copy. Kept
 * as a profile (localStorage and IndexedDB) that each test's fresh phone starts from.
 */
async function seedEverything(browser: Browser, server: StaticServer): Promise<Seeded> {
  const context = await browser.newContext(contextOptions({ phone: true }));
  const page = await context.newPage();
  await openApp(page, server.url);
  const { institution, assessment } = await seedInstitutionWithAssessment(page);
  const own = assessment.id;
  const now = new Date().toISOString();
  const action: Action = { id: randomUUID(), assessmentId: own, itemId: 'KLB-1.1', action: 'Urus perpanjangan', responsible: '', targetDate: '', status: 'belum', createdAt: now, updatedAt: now };
  const staff = makeStaff(own, { role: 'pekerja-sosial', unsur: 'operasional', name: 'AS' });
  const review = { ...makeAssessment(institution), origin: { kind: 'review-copy', importedAt: now, fileName: 'lksa.json', hash: 'ab'.repeat(32) } };
  const answers = items.filter((i) => i.id !== naItem.id).map((i) => makeAnswer(own, i.id, i.id === 'KLB-1.1' ? 1 : 3));
  await seedStores(page, {
    answers: [...answers, ...answers.map((a) => ({ ...a, assessmentId: review.id }))],
    actions: [action],
    staff: [staff],
    assessments: [review],
  });
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  return { state, own, copy: review.id, staffId: staff.id };
}

let seeded: Seeded | undefined;
test.beforeAll(async ({ browser, server }) => {
  seeded = await seedEverything(browser, server);
});

/** A fresh phone on the seeded profile. */
async function place(server: StaticServer, launch: (options?: LaunchOptions) => Promise<{ context: BrowserContext }>): Promise<Place> {
  const { state, ...ids } = seeded!;
  const { context } = await launch({ phone: true, storageState: state });
  return { server, context, ...ids };
}

/** Opens `path` in a new tab, types with `type`, closes the tab at once, and returns a new tab on `path`. */
async function typeAndCloseTab({ server, context }: Place, path: string, ready: (page: Page) => Locator, type: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await expect(ready(page)).toBeVisible();
  await type(page);
  await page.close({ runBeforeUnload: false }); // inside the pause: nothing has been written yet by the debounce
  const again = await context.newPage();
  await again.goto(`${server.url}${path}`);
  await expect(ready(again)).toBeVisible();
  return again;
}

/** Waits until the rows of `store` satisfy `check` (the write may still be landing when the new tab opens). */
async function storedEventually<T>(page: Page, store: string, check: (rows: T[]) => boolean, what: string): Promise<void> {
  await expect.poll(async () => check(await readStore<T>(page, store)), { message: what, timeout: 10_000 }).toBe(true);
}

test('questionnaire note', async ({ server, launch }) => {
  const at = await place(server, launch);
  const text = 'Akta pendirian ada di map biru, lemari arsip';
  const page = await typeAndCloseTab(at, `/asesmen/${at.own}/butir/KLB-1.2`, (p) => p.getByTestId('note'), (p) => p.getByTestId('note').fill(text));
  await expect(page.getByTestId('note')).toHaveValue(text);
  await storedEventually<Answer>(page, 'answers', (rows) => rows.some((r) => r.assessmentId === at.own && r.itemId === 'KLB-1.2' && r.note === text && r.level === 3), 'stored note, the level kept');
  await page.close();
});

test('N/A reason', async ({ server, launch }) => {
  const at = await place(server, launch);
  const text = 'Panti tidak menyelenggarakan layanan ini';
  const page = await typeAndCloseTab(
    at,
    `/asesmen/${at.own}/butir/${naItem.id}`,
    (p) => p.getByTestId('note'),
    async (p) => {
      await p.getByTestId('level-na').check();
      await p.getByTestId('na-reason').fill(text);
    },
  );
  await expect(page.getByTestId('na-reason')).toHaveValue(text);
  await storedEventually<Answer>(page, 'answers', (rows) => rows.some((r) => r.assessmentId === at.own && r.itemId === naItem.id && r.na && r.naReason === text && r.level === null), 'stored N/A');
  await page.close();
});

test('roster: the name of a staff member', async ({ server, launch }) => {
  const at = await place(server, launch);
  const text = 'Bu Ani Rahmawati';
  const open = async (p: Page) => {
    await p.getByRole('button', { name: /^Ubah AS/ }).click();
  };
  const page = await typeAndCloseTab(
    at,
    `/asesmen/${at.own}/sdm`,
    (p) => p.getByTestId('staff-row').first(),
    async (p) => {
      await open(p);
      await p.getByTestId('staff-row').first().getByLabel('Nama / inisial (boleh kosong)').fill(text);
    },
  );
  await expect(page.getByTestId('staff-row').first().getByText(text)).toBeVisible();
  await storedEventually<StaffMember>(page, 'staff', (rows) => rows.find((r) => r.id === at.staffId)?.name === text, 'stored name');
  await page.close();
});

test('roster: a staff member typed in "Tambah SDM" but not added', async ({ server, launch }) => {
  const at = await place(server, launch);
  const form = (p: Page) => p.getByRole('form', { name: 'Tambah SDM' });
  const page = await typeAndCloseTab(
    at,
    `/asesmen/${at.own}/sdm`,
    (p) => form(p).getByLabel('Peran'),
    async (p) => {
      await form(p).getByLabel('Peran').selectOption('perawat');
      await form(p).getByLabel('Nama / inisial (boleh kosong)').fill('Rina W.');
    },
  );
  await expect(form(page).getByLabel('Nama / inisial (boleh kosong)')).toHaveValue('Rina W.');
  await expect(form(page).getByLabel('Peran')).toHaveValue('perawat');
  await page.close();
});

test('evidence form, not yet saved', async ({ server, launch }) => {
  const at = await place(server, launch);
  const form = (p: Page) => p.getByRole('form', { name: 'Tambah bukti' });
  const path = `/asesmen/${at.own}/bukti`;
  const page = await at.context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  await form(page).getByLabel('Judul / keterangan').fill('SK pengurus 2025');
  await form(page).getByLabel('Nomor dokumen').fill('12/SK/2025');
  await page.close({ runBeforeUnload: false });
  const again = await at.context.newPage();
  await again.goto(`${server.url}${path}`);
  await expect(again.getByTestId('evidence-draft-restored')).toBeVisible();
  await expect(form(again).getByLabel('Judul / keterangan')).toHaveValue('SK pengurus 2025');
  await expect(form(again).getByLabel('Nomor dokumen')).toHaveValue('12/SK/2025');
  await again.close();
});

for (const [label, field, text] of [
  ['Tindakan', 'action', 'Ajukan perpanjangan tanda daftar ke Dinas Sosial kota'],
  ['Penanggung jawab', 'responsible', 'Bu Sari (sekretaris)'],
] as const) {
  test(`action plan: ${label}`, async ({ server, launch }) => {
    const at = await place(server, launch);
    const editor = (p: Page) => p.getByTestId('action-KLB-1.1');
    const page = await typeAndCloseTab(
      at,
      `/hasil/${at.own}#aksi-KLB-1.1`,
      (p) => editor(p).getByLabel(label),
      (p) => editor(p).getByLabel(label).fill(text),
    );
    await expect(editor(page).getByLabel(label)).toHaveValue(text);
    await storedEventually<Action>(page, 'actions', (rows) => rows[0]?.[field] === text, `stored ${field}`);
    await page.close();
  });
}

test("assessor's note on an item", async ({ server, launch }) => {
  const at = await place(server, launch);
  const text = 'SK pengurus ditunjukkan, cocok dengan salinan';
  const card = (p: Page) => p.getByTestId('review-KLB-1.1');
  const page = await typeAndCloseTab(at, `/asesor/${at.copy}`, (p) => card(p).getByLabel('Catatan asesor'), (p) => card(p).getByLabel('Catatan asesor').fill(text));
  await expect(card(page).getByLabel('Catatan asesor')).toHaveValue(text);
  await storedEventually<ReviewItem>(page, 'reviews', (rows) => rows.some((r) => r.assessmentId === at.copy && r.itemId === 'KLB-1.1' && r.note === text && r.reviewedLevel === 1), 'stored review note');
  await page.close();
});

test("assessor's name", async ({ server, launch }) => {
  const at = await place(server, launch);
  const text = 'Drs. Hendra Gunawan';
  const page = await typeAndCloseTab(at, `/asesor/${at.copy}`, (p) => p.getByLabel('Nama asesor'), (p) => p.getByLabel('Nama asesor').fill(text));
  await expect(page.getByLabel('Nama asesor')).toHaveValue(text);
  await storedEventually<{ assessmentId: string; assessorName?: string }>(page, 'reviewMeta', (rows) => rows.some((r) => r.assessmentId === at.copy && r.assessorName === text), 'stored name');
  await page.close();
});
