import assert from 'node:assert/strict';
import { test, expect } from './support/fixtures';
import AxeBuilder from '@axe-core/playwright';

/** The first screen asks who you are; an assessor and a Dinas user reach their own home in one tap, and it is remembered. */
for (const [role, home, heading, navLabel] of [
  ['Asesor', '/asesor', 'Mode asesor', 'Verifikasi'],
  ['Dinas Sosial', '/rekap', 'Rekap wilayah', 'Rekap'],
] as const) {
  test(`${role}: one tap on the first screen leads home, the menu is the role's own, and it is remembered`, async ({ server, phone }) => {
    const { page, errors } = phone;
    await page.goto(server.url);
    await expect(page.getByTestId('role-chooser')).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
    await page.getByTestId('role-chooser').getByRole('button', { name: new RegExp(`^${role}`) }).click();
    await page.waitForURL(`${server.url}${home}`);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(nav.getByRole('link', { name: navLabel })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Asesmen' }), "the panti's questionnaire is not in this role's menu").toHaveCount(0);
    // Remembered: opening the app again lands on the role's home, not on the panti's Beranda.
    await page.goto(server.url);
    await page.waitForURL(`${server.url}${home}`);
    // Changeable in Pengaturan.
    await page.goto(`${server.url}/pengaturan`);
    await page.getByLabel('Saya memakai aplikasi ini sebagai').selectOption('pengelola');
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible();
    await expect(page.getByTestId('role-chooser')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Asesmen' })).toBeVisible();
    assert.deepEqual(errors, []);
  });
}
