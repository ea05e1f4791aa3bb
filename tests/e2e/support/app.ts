/**
 * Shared steps of the "fill an assessment" journey, driven the way a user does it (labels and buttons, no
 * database shortcuts). Reused by other browser tests: keep the signatures stable.
 *
 *   const { institutionId } = await createInstitution(page, baseUrl, { name: 'Panti Uji' });
 *   const { assessmentId } = await startAssessment(page, '2026');
 *   await openItem(page, baseUrl, assessmentId, 'KLB-1.1');
 *   await answerItem(page, 'KLB-1.1', 3);   // on the item's page: chooses level 3 and waits for "Tersimpan"
 */
import type { Page } from 'playwright-core';

export interface InstitutionFields {
  name: string;
  /** Option value of the type select, e.g. 'lksa', 'lanjut-usia'. */
  type: string;
  ownership: 'pemerintah' | 'masyarakat';
  province: string;
  address: string;
  kabupaten: string;
  capacity: string;
  clientsMale: string;
  clientsFemale: string;
  registrationNumber: string;
  headName: string;
}

/** A complete profile (every field the finalise check requires). */
export const DEFAULT_INSTITUTION: InstitutionFields = {
  name: 'Panti Asuhan Harapan Bangsa',
  type: 'lksa',
  ownership: 'masyarakat',
  province: 'Jawa Barat',
  address: 'Jl. Merdeka No. 10, RT 02/RW 05',
  kabupaten: 'Kota Bandung',
  capacity: '40',
  clientsMale: '12',
  clientsFemale: '15',
  registrationNumber: '460/123/Dinsos/2024',
  headName: 'Siti Rahmawati',
};

const LABELS: Record<keyof InstitutionFields, string> = {
  name: 'Nama lembaga (wajib)',
  type: 'Jenis panti (wajib)',
  ownership: 'Status kepemilikan (wajib)',
  province: 'Provinsi (wajib)',
  address: 'Alamat (jalan, nomor, RT/RW)',
  kabupaten: 'Kabupaten / kota',
  capacity: 'Kapasitas (orang)',
  clientsMale: 'Penerima manfaat laki-laki',
  clientsFemale: 'Penerima manfaat perempuan',
  registrationNumber: 'Nomor tanda daftar LKS',
  headName: 'Nama kepala / pimpinan lembaga',
};
const SELECTS = new Set<keyof InstitutionFields>(['type', 'ownership', 'province']);

/** Fills the profile form that is open on the page (new or existing) with the given fields. Does not submit. */
export async function fillInstitutionForm(page: Page, fields: Partial<InstitutionFields>): Promise<void> {
  for (const [key, value] of Object.entries(fields) as [keyof InstitutionFields, string][]) {
    const control = page.getByLabel(LABELS[key], { exact: true });
    if (SELECTS.has(key)) await control.selectOption(value);
    else await control.fill(value);
  }
}

/** Opens "Tambah lembaga", fills the profile (DEFAULT_INSTITUTION overridden by `fields`), saves it. */
export async function createInstitution(page: Page, baseUrl: string, fields: Partial<InstitutionFields> = {}): Promise<{ institutionId: string }> {
  await page.goto(`${baseUrl}/lembaga/baru`);
  await page.getByRole('heading', { name: 'Tambah lembaga' }).waitFor();
  await fillInstitutionForm(page, { ...DEFAULT_INSTITUTION, ...fields });
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await page.waitForURL(/\/lembaga\/(?!baru)[^/]+$/);
  await page.getByRole('heading', { name: 'Asesmen lembaga ini' }).waitFor();
  const institutionId = new URL(page.url()).pathname.split('/').pop()!;
  return { institutionId };
}

/** On an institution's profile page: starts an assessment for `period`; ends on the assessment overview. */
export async function startAssessment(page: Page, period: string): Promise<{ assessmentId: string }> {
  await page.getByLabel('Periode asesmen').fill(period);
  await page.getByRole('button', { name: 'Mulai asesmen baru' }).click();
  await page.waitForURL(/\/asesmen\/[^/]+$/);
  await page.getByRole('heading', { name: /^Asesmen .* periode / }).waitFor();
  const assessmentId = new URL(page.url()).pathname.split('/').pop()!;
  return { assessmentId };
}

export async function openItem(page: Page, baseUrl: string, assessmentId: string, itemId: string): Promise<void> {
  await page.goto(`${baseUrl}/asesmen/${assessmentId}/butir/${itemId}`);
  await page.getByTestId('item-id').filter({ hasText: itemId }).waitFor();
}

/** Waits until the save indicator says "Tersimpan" (every write of this item committed). */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: /^Tersimpan$/ }).waitFor({ timeout: 10_000 });
}

/** On the item's page: chooses a level (0–4) or 'na' (then types `naReason`), and waits for "Tersimpan". */
export async function answerItem(page: Page, itemId: string, level: 0 | 1 | 2 | 3 | 4 | 'na', naReason = 'Tidak berlaku untuk panti ini'): Promise<void> {
  await page.getByTestId('item-id').filter({ hasText: itemId }).waitFor();
  await page.getByTestId(`level-${level}`).check();
  if (level === 'na') await page.getByTestId('na-reason').fill(naReason);
  await waitSaved(page);
}

/** On the item's page: types a note and waits for "Tersimpan". */
export async function writeNote(page: Page, note: string): Promise<void> {
  await page.getByTestId('note').fill(note);
  await waitSaved(page);
}

/** Clicks "Berikutnya" and waits for the next item's page. */
export async function nextItem(page: Page, nextItemId: string): Promise<void> {
  await page.getByRole('link', { name: 'Berikutnya ›' }).click();
  await page.getByTestId('item-id').filter({ hasText: nextItemId }).waitFor();
}

/**
 * Like support/browser.ts waitForServiceWorker, but keeps reloading (up to ~15 s) until the service worker
 * controls the page: on this machine the first control can take several reloads after activation.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, {
    timeout: 30_000,
  });
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await page.evaluate(() => Boolean(navigator.serviceWorker.controller))) return;
    await page.waitForTimeout(250 * Math.min(attempt + 1, 4));
    await page.reload();
  }
  throw new Error('the service worker never took control of the page');
}
