import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';
import { makeAnswer, makeAssessment, makeInstitution, seedStores } from './support/seed';
import { findUmum } from '../../src/domain/standard/registry';

/*
 * The known pattern, computed by hand from the weights in standards/standar-umum-1.0.0.json 1.0.0
 * (counted with a throw-away script: Σ item weight per aspect and the weight-3 items):
 *
 *   aspect (weight)   items  Σ item weight   weight-3 items
 *   KLB  (15)          20      44
 *   SDM  (20)          30      55
 *   SPR  (15)          28      50
 *   PBY  (15)          20      39            PBY-1.2, PBY-2.2, PBY-3.1, PBY-3.2, PBY-3.5
 *   PSD  (20)          36      73
 *   MON  (15)          18      40            MON-1.1, MON-1.2, MON-1.3, MON-2.1, MON-2.8
 *   grades: A ≥ 91, B ≥ 81 (3 years), C ≥ 71 (2 years); critical items need level ≥ 3.
 *
 * Current assessment: every PSD item at level 4, every other item at level 3 (no roster, so the computed SDM
 * items use the level answered by hand). Every critical item (KLB-1.3, KLB-1.4 at 3; PSD-1.1, PSD-2.1 at 4) is met.
 *   Aspect scores: PSD = 100; every other aspect = 3/4 = 75, whatever its item weights.
 *   Total = (15·75 + 20·75 + 15·75 + 15·75 + 20·100 + 15·75) ÷ 100 = (80·75 + 20·100) ÷ 100 = 6000/100 + 2000/100 = 80
 *   → grade estimate C (Cukup), valid 2 years.
 *   Gap gain of an item at level 3 = (aspect weight ÷ 100) × (item weight ÷ Σ aspect item weight) × 100 ÷ 4:
 *     PBY weight 3: 0.15 × 3/39 × 25 = 45/156 = 0.28846 (the largest: MON w3 = 0.15 × 3/40 × 25 = 0.28125,
 *     SDM w3 = 0.20 × 3/55 × 25 = 0.27273, KLB w3 = 0.25568, SPR w3 = 0.225; PSD has no gap).
 *     Ties are ordered by id → first gap PBY-1.2, "+0,29 poin".
 *   Next grade B needs 81 − 80 = 1 point: 3 × 0.28846 = 0.865 < 1, 4 × 0.28846 = 1.154 ≥ 1
 *     → the set is PBY-1.2, PBY-2.2, PBY-3.1, PBY-3.2; resulting total 80 + 1.154 = 81.15 → "81,2", B (Baik).
 *   Gaps: 152 − 36 PSD items = 116; in MON (filter) the first is MON-1.1 (0.28125, first id among the MON w3 items).
 *
 * Earlier assessment of the same institution (a year before): every item at level 3 → every aspect 75, total 75.
 *   Change per aspect: PSD +25, every other aspect 0; total +5. Items that rose: the 36 PSD items; none fell.
 */

// An assessment started on 1.0.0 keeps scoring on 1.0.0 after 2.0.0 ships: the hand-computed figures stay exact.
const umum = findUmum('standar-umum', '1.0.0')!;
const V1 = { standardVersion: '1.0.0', khususId: null, khususVersion: null };
const allItems = umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => ({ aspectId: a.id, item: i }))));

test('Hasil shows the hand-computed total, estimate, aspect scores, first gap, next-grade set and comparison', async ({ server, phone }) => {
  assert.equal(umum.version, '1.0.0', 'the hand-computed numbers below are for Standar Umum 1.0.0');
  assert.equal(allItems.length, 152);
  const { page, errors } = phone;
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();

  const institution = makeInstitution({ name: 'Panti Werdha Kasih Ibu', type: 'lanjut-usia' });
  const earlier = makeAssessment(institution, { ...V1, period: '2025', createdAt: '2025-11-01T08:00:00.000Z', updatedAt: '2025-11-01T08:00:00.000Z' });
  const current = makeAssessment(institution, { ...V1, period: '2026', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });
  assert.equal(current.khususId, null, 'a panti werdha has no standar khusus module');
  await seedStores(page, {
    institutions: [institution],
    assessments: [earlier, current],
    answers: [
      ...allItems.map(({ item }) => makeAnswer(earlier.id, item.id, 3)),
      ...allItems.map(({ aspectId, item }) => makeAnswer(current.id, item.id, aspectId === 'PSD' ? 4 : 3)),
    ],
  });

  await page.goto(`${server.url}/hasil`);
  await page.getByRole('link', { name: /Panti Werdha Kasih Ibu.*2026/ }).click();
  await expect(page.getByRole('heading', { name: 'Hasil asesmen' })).toBeVisible();

  await expect(page.getByTestId('total-score')).toHaveText('80');
  await expect(page.getByTestId('grade-estimate')).toHaveText('C (Cukup)');
  const note = (await page.getByTestId('grade-note').textContent()) ?? '';
  assert.match(note, /perkiraan/);
  assert.match(note, /berlaku 2 tahun/);
  await expect(page.getByTestId('completion')).toHaveText(/152 dari 152 butir terjawab \(100%\)/);
  await expect(page.getByTestId('unmet-critical')).toHaveCount(0);

  const expectedAspects: Record<string, string> = { KLB: '75', SDM: '75', SPR: '75', PBY: '75', PSD: '100', MON: '75' };
  for (const [id, value] of Object.entries(expectedAspects)) {
    await expect(page.getByTestId(`aspect-score-${id}`), `aspect ${id}`).toHaveText(value);
  }
  // The chart's text alternative names every aspect with its score.
  const chart = page.getByRole('img', { name: /Skor per aspek/ });
  const alt = (await chart.getAttribute('aria-label')) ?? '';
  for (const a of umum.aspects) assert.ok(alt.includes(`${a.name} ${expectedAspects[a.id]}`), `${a.name} in "${alt}"`);
  assert.match(alt, /Garis putus-putus: batas peringkat C 71, B 81, A 91\./, 'the grade lines are named');
  const box = await chart.boundingBox();
  assert.ok(box && box.width <= 360 && box.width > 250, `chart fits the phone: ${box?.width}`);

  const gaps = page.getByTestId('gap-list').locator(':scope > li');
  // The top five first, then more on request.
  await expect(gaps).toHaveCount(5);
  await page.getByTestId('gap-more').getByRole('button', { name: 'Tampilkan 5 celah berikutnya' }).click();
  await expect(gaps).toHaveCount(10);
  await page.getByTestId('gap-more').getByRole('button', { name: 'Tampilkan semua (116)' }).click();
  await expect(gaps).toHaveCount(116);
  await expect(page.getByTestId('gap-more')).toHaveCount(0);
  await expect(gaps.first()).toHaveAttribute('data-item', 'PBY-1.2');
  await expect(gaps.first()).toHaveText(/\+0,29 poin/);

  const next = page.getByTestId('next-grade-list').locator(':scope > li');
  assert.deepEqual(await next.evaluateAll((els) => els.map((e) => e.getAttribute('data-item'))), ['PBY-1.2', 'PBY-2.2', 'PBY-3.1', 'PBY-3.2']);
  const pby12 = umum.aspects.find((a) => a.id === 'PBY')!.components.flatMap((c) => c.items).find((i) => i.id === 'PBY-1.2')!;
  assert.ok(((await next.first().textContent()) ?? '').includes(pby12.statement), 'each item names its statement');
  // Its recommendation is one tap away, in the gap's card (not repeated in full here).
  assert.ok(((await gaps.first().textContent()) ?? '').includes(pby12.recommendation), 'the gap card carries the recommendation');
  const nextText = (await page.getByTestId('next-grade').textContent()) ?? '';
  assert.match(nextText, /B \(Baik\)/);
  assert.match(nextText, /kurang 1 poin/);
  assert.match(nextText, /menjadi 81,2/);

  await page.getByLabel('Tampilkan celah dari aspek').selectOption('MON');
  await expect(gaps).toHaveCount(5);
  await page.getByTestId('gap-more').getByRole('button', { name: 'Tampilkan semua (18)' }).click();
  await expect(gaps).toHaveCount(18);
  await expect(gaps.first()).toHaveAttribute('data-item', 'MON-1.1');
  await page.getByLabel('Tampilkan celah dari aspek').selectOption('');

  // Compared with the earlier assessment of the same institution.
  await expect(page.getByTestId('change-PSD')).toHaveText('+25');
  await expect(page.getByTestId('change-KLB')).toHaveText('0');
  await expect(page.getByTestId('change-total')).toHaveText('+5');
  await expect(page.getByTestId('compare-rose').locator('summary')).toHaveText(/Butir yang naik \(36\)/);
  await expect(page.getByTestId('compare-fell')).toHaveCount(0);

  // Nothing is wider than the phone.
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scrolling at 360 px');
  if (process.env.SHOTS) await page.screenshot({ path: '/tmp/results-360.png', fullPage: false });

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);
  assert.deepEqual(errors, []);
});
