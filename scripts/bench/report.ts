import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { evidenceDocSchema, type Answer, type EvidenceDoc } from '../../src/domain/records';
import { currentKhususFor, currentUmum } from '../../src/domain/standard/registry';
import { allItems } from '../../src/domain/standard/validate';
import { makeAnswer, seedInstitutionWithAssessment } from '../../tests/e2e/support/seed';
import { benchContext, throttle, type BenchWindow } from './browser';

/** Photos in the report's assessment: 20 (the budget's case); 4 in quick mode, which only checks the bench still runs. */
export const PHOTOS = process.env.BENCH_QUICK === '1' ? 4 : 20;

/**
 * Setup (not measured): an LKSA with a draft assessment where every item of the Standar Umum and of its standar khusus
 * is answered (with a note on every third item), and PHOTOS photo evidence entries linked to items.
 */
export async function seedFullAssessment(page: Page): Promise<{ assessmentId: string; photoBytes: number }> {
  const institutionType = 'lksa';
  const umum = currentUmum();
  const khusus = currentKhususFor(institutionType);
  const items = [...allItems(umum), ...(khusus ? allItems(khusus) : [])].filter((i) => i.answerType === 'level');
  const { assessment } = await seedInstitutionWithAssessment(page, { institution: { type: institutionType, name: 'LKSA Bench Lengkap' } });
  const answers: Answer[] = items.map((item, n) =>
    makeAnswer(assessment.id, item.id, ((n * 7) % 5) as 0 | 1 | 2 | 3 | 4, n % 3 === 0 ? `Catatan asesmen mandiri untuk butir ${item.id}: kondisi sudah dicek di lapangan.` : ''),
  );
  const now = new Date().toISOString();
  const docs: EvidenceDoc[] = Array.from({ length: PHOTOS }, (_, i) =>
    evidenceDocSchema.parse({
      id: randomUUID(),
      assessmentId: assessment.id,
      kind: 'Foto kegiatan/sarana',
      title: `Foto sarana ${i + 1}`,
      itemIds: [items[(i * 5) % items.length]!.id],
      fileName: `foto-${i + 1}.jpg`,
      mime: 'image/jpeg',
      size: 1,
      width: 1600,
      height: 1200,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await page.evaluate(
    async ({ rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('swanilai-panti');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('answers', 'readwrite');
        for (const row of rows) tx.objectStore('answers').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rows: answers },
  );
  const photoBytes = (await page.evaluate(`window.__bench.seedPhotos(${JSON.stringify(docs)})`)) as number;
  return { assessmentId: assessment.id, photoBytes };
}

export interface ReportRun {
  rate: number;
  withPhotoFiles: boolean;
  /** click on "Unduh laporan PDF" → the app hands the file to the browser (its download link clicked), ms */
  ms: number[];
  bytes: number;
}

/**
 * Builds the report through the UI (the "Unduh laporan PDF" button; the file arrives as a real download) for one
 * seeded assessment, for each step of the plan: `runs` times at CPU slowdown `rate`, with or without the photo files.
 */
export async function measureReport(
  browser: Browser,
  origin: string,
  plan: { rate: number; runs: number; withPhotoFiles: boolean }[],
): Promise<{ runs: ReportRun[]; photoBytes: number }> {
  const context = await benchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    const { assessmentId, photoBytes } = await seedFullAssessment(page);
    const cdp = await throttle(page, 1);
    const runs: ReportRun[] = [];
    for (const step of plan) {
      const run: ReportRun = { rate: step.rate, withPhotoFiles: step.withPhotoFiles, ms: [], bytes: 0 };
      for (let i = 0; i < step.runs; i++) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.goto(`${origin}/laporan/${assessmentId}`);
        const button = page.getByRole('button', { name: 'Unduh laporan PDF' });
        await button.waitFor({ timeout: 30_000 });
        if (step.withPhotoFiles) await page.getByRole('checkbox', { name: /Sertakan berkas foto/ }).check();
        await page.waitForTimeout(300);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: step.rate });
        const before = (await page.evaluate('window.__bench.clicks.length')) as number;
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
        await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench as unknown as { downloads: number[] }).downloads.length > 0, undefined, {
          timeout: 120_000,
          polling: 100,
        });
        const t = (await page.evaluate(`[window.__bench.clicks[${before}], window.__bench.downloads[0]]`)) as [number, number];
        run.ms.push(t[1] - t[0]);
        if (!download.suggestedFilename().endsWith('.pdf')) throw new Error(`download is not a PDF: ${download.suggestedFilename()}`);
        run.bytes = statSync(await download.path()).size;
      }
      runs.push(run);
    }
    return { runs, photoBytes };
  } finally {
    await context.close();
  }
}
