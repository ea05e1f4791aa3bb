import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import type { Page } from 'playwright-core';
import { PHONE } from './support/browser';
import { makeAnswer, makeAssessment, makeInstitution, seedStores } from './support/seed';
import { currentKhususFor, currentUmum } from '../../src/domain/standard/registry';

/*
 * Long pages are where a phone user gets lost. For a fully answered LKSA assessment (Standar Umum plus the LKSA
 * module, a realistic spread of levels so there are many gaps), the full-page height at 360 × 740 must stay within:
 *   Hasil            8 screens: summary, chart, top gaps with a pager, the action plan, the comparison
 *   an item          3.5 screens for the longest of the 178 items (the most descriptor text, five expected pieces of
 *                    evidence, a critical-item warning), explanation closed; Next/Previous stay on screen (sticky), so
 *                    the length is reading, never hunting for the way on
 *   Mode asesor     13 screens: "Semua butir" shows one aspect, 10 item cards at a time (each about a screen: the
 *                    self answer, evidence and roster folded, the verified level, finding and note), below the
 *                    score comparison and the aspect navigation; 178 cards on one page were 130,000 px
 * A screen is the 740 px viewport. These are limits a user can scroll in a few flicks, not design targets.
 * Set SHOTS=1 to save the pages as /tmp/h-*.png, 3000 px per file.
 */
const SCREEN = PHONE.viewport.height;
const LIMITS = { hasil: 8, item: 3.5, asesor: 13 };

async function height(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
}

test('at 360 px, Hasil, the longest item and Mode asesor of a fully answered LKSA assessment stay within their height limits', async ({ server, phone }) => {
  const { page } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
  const institution = makeInstitution({ type: 'lksa', typeOther: '' });
  const assessment = makeAssessment(institution);
  const umum = currentUmum();
  const khusus = currentKhususFor('lksa')!;
  const items = [...umum.aspects, ...khusus.aspects].flatMap((a) => a.components.flatMap((c) => c.items));
  const answers = items.map((item, i) => makeAnswer(assessment.id, item.id, item.critical ? 4 : ([4, 3, 2, 4, 1, 3, 4, 2] as const)[i % 8]!));
  await seedStores(page, { institutions: [institution], assessments: [assessment], answers });

  await page.goto(`${server.url}/hasil/${assessment.id}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByTestId('total-score')).toBeVisible();
  const hasil = await height(page);
  if (process.env.SHOTS)
    for (let y = 0, i = 0; y < hasil; y += 3000, i++)
      await page.screenshot({ path: `/tmp/h-hasil-${i}.png`, fullPage: true, clip: { x: 0, y, width: 360, height: Math.min(3000, hasil - y) }, scale: 'css' });

  // The longest item: the most text in its level descriptors.
  const longest = [...items].sort((a, b) => b.levels.join('').length - a.levels.join('').length)[0]!;
  await page.goto(`${server.url}/asesmen/${assessment.id}/butir/${longest.id}`);
  await expect(page.getByTestId('item-id').filter({ hasText: longest.id })).toBeVisible();
  const item = await height(page);
  if (process.env.SHOTS)
    for (let y = 0, i = 0; y < item; y += 3000, i++)
      await page.screenshot({ path: `/tmp/h-item-${i}.png`, fullPage: true, clip: { x: 0, y, width: 360, height: Math.min(3000, item - y) }, scale: 'css' });

  // Mode asesor on the same assessment, as an assessor's review copy.
  const copy = { ...makeAssessment(institution), origin: { kind: 'review-copy', importedAt: new Date().toISOString(), fileName: 'lksa.json', hash: 'ab'.repeat(32) } };
  await seedStores(page, { assessments: [copy], answers: answers.map((a) => ({ ...a, assessmentId: copy.id })) });
  await page.goto(`${server.url}/asesor/${copy.id}`);
  await expect(page.getByRole('heading', { name: 'Verifikasi asesor' })).toBeVisible();
  await expect(page.locator('li.review-item').first()).toBeVisible();
  const asesor = await height(page);
  const cards = await page.locator('li.review-item').count();
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/h-asesor-0.png', fullPage: true, clip: { x: 0, y: 0, width: 360, height: 3000 }, scale: 'css' });
  console.log(`# Mode asesor ${asesor} px (${(asesor / SCREEN).toFixed(1)} screens), ${cards} item cards shown`);

  console.log(`# heights at 360 px: Hasil ${hasil} px (${(hasil / SCREEN).toFixed(1)} screens), item ${longest.id} ${item} px (${(item / SCREEN).toFixed(1)} screens)`);
  assert.ok(hasil <= LIMITS.hasil * SCREEN, `Hasil is ${hasil} px, over ${LIMITS.hasil} screens`);
  assert.ok(cards <= 10, `Mode asesor shows ${cards} cards at once`);
  assert.ok(asesor <= LIMITS.asesor * SCREEN, `Mode asesor is ${asesor} px, over ${LIMITS.asesor} screens`);
  assert.ok(item <= LIMITS.item * SCREEN, `item ${longest.id} is ${item} px, over ${LIMITS.item} screens`);
});
