import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { collectPageErrors, launchPersistent, tempProfileDir } from './support/browser';
import { startServer, type StaticServer } from './support/server';
import { DIST } from './support/env';

/** The first screen asks who you are; an assessor and a Dinas user reach their own home in one tap, and it is remembered. */
let server: StaticServer;
before(async () => {
  server = await startServer(DIST);
});
after(async () => {
  await server.close();
});

for (const [role, home, heading, navLabel] of [
  ['Asesor', '/asesor', 'Mode asesor', 'Verifikasi'],
  ['Dinas Sosial', '/rekap', 'Rekap wilayah', 'Rekap'],
] as const) {
  test(`${role}: one tap on the first screen leads home, the menu is the role's own, and it is remembered`, async () => {
    const context = await launchPersistent(tempProfileDir(), { phone: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = collectPageErrors(page);
      await page.goto(server.url);
      await page.getByTestId('role-chooser').waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
      await page.getByTestId('role-chooser').getByRole('button', { name: new RegExp(`^${role}`) }).click();
      await page.waitForURL(`${server.url}${home}`);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Menu utama' });
      await nav.getByRole('link', { name: navLabel }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Asesmen' }).count(), 0, "the panti's questionnaire is not in this role's menu");
      // Remembered: opening the app again lands on the role's home, not on the panti's Beranda.
      await page.goto(server.url);
      await page.waitForURL(`${server.url}${home}`);
      // Changeable in Pengaturan.
      await page.goto(`${server.url}/pengaturan`);
      await page.getByLabel('Saya memakai aplikasi ini sebagai').selectOption('pengelola');
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Beranda' }).waitFor();
      assert.equal(await page.getByTestId('role-chooser').count(), 0);
      await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Asesmen' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
