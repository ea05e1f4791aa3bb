import assert from 'node:assert/strict';
import { test, expect, openApp, seedProfile } from './support/fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { tempProfileDir } from './support/browser';
import { makeAnswer, makeStaff, readEvidenceFile, readStore, seedEvidenceFile, seedStores } from './support/seed';
import { evidenceDocSchema } from '../../src/domain/records';
import { currentUmum } from '../../src/domain/standard/registry';
import { PNG_1x1 } from '../unit/domain/bundle/sample';

test('a full backup made on one phone restores everything on a fresh one, evidence images included', async ({ server, phone, launch }) => {
  // Phone A: an institution with an assessment, answers, staff, and an evidence photo.
  const { page: pageA, errors: errorsA } = phone;
  const items = currentUmum().aspects.flatMap((x) => x.components.flatMap((c) => c.items.map((i) => i.id)));
  const { institution, assessment } = await seedProfile(pageA, server.url, {
    institution: { name: 'Panti Werdha Kasih Ibu' },
    assessment: { period: 'Semester II 2026' },
  });
  const answers = items.slice(0, 12).map((id, i) => makeAnswer(assessment.id, id, (i % 5) as 0 | 1 | 2 | 3 | 4, `catatan ${id}`));
  const now = new Date().toISOString();
  const evidence = evidenceDocSchema.parse({
    id: 'ev-photo-1', assessmentId: assessment.id, kind: 'Foto kegiatan/sarana', title: 'Foto ruang makan', itemIds: [items[0]],
    fileName: 'ruang-makan.png', mime: 'image/png', size: 68, width: 1, height: 1, createdAt: now, updatedAt: now,
  });
  await seedStores(pageA, {
    answers,
    staff: [makeStaff(assessment.id, { role: 'pekerja-sosial', unsur: 'operasional', empowermentCapable: true })],
    evidence: [evidence],
  });
  await seedEvidenceFile(pageA, evidence.id, PNG_1x1, 'image/png');

  await pageA.goto(`${server.url}/berkas`);
  await expect(pageA.getByRole('heading', { name: 'Berkas asesmen' })).toBeVisible();
  await expect(pageA.getByTestId('last-backup')).toHaveText('belum pernah');
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByRole('button', { name: 'Cadangkan semua data' }).click()]);
  assert.match(download.suggestedFilename(), /^swanilai-cadangan-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = join(tempProfileDir('swanilai-download-'), download.suggestedFilename());
  await download.saveAs(file);
  await expect(pageA.getByText(/Cadangan swanilai-cadangan-.*dibuat: 1 asesmen, 1 berkas bukti/)).toBeVisible();
  await expect(pageA.getByTestId('last-backup')).not.toHaveText('belum pernah');
  // A zip: the sealed bundle beside the evidence files, so no backup is ever one string.
  const entries = unzipSync(readFileSync(file));
  const backup = JSON.parse(strFromU8(entries['cadangan.json']!));
  assert.equal(backup.kind, 'backup');
  assert.deepEqual(backup.files, []);
  assert.equal(JSON.parse(strFromU8(entries['berkas/daftar.json']!)).length, 1);

  const axe = await new AxeBuilder({ page: pageA }).analyze();
  assert.deepEqual(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);

  // Phone B: a fresh profile restores the backup.
  const { page: pageB, errors: errorsB } = await launch({ phone: true });
  await openApp(pageB, server.url);
  await pageB.goto(`${server.url}/berkas`);
  await pageB.getByLabel(/^Pilih berkas \(/).setInputFiles(file);
  const preview = pageB.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByText('Cadangan seluruh data perangkat')).toBeVisible();
  await expect(preview.getByText('12 jawaban')).toBeVisible();
  await expect(preview.getByText('1 bukti (1 berkas foto/dokumen)')).toBeVisible();
  await expect(preview.getByTestId('plan-entry').locator('.badge')).toHaveText(['Ditambahkan', 'Ditambahkan']);
  // Nothing is written before the user confirms.
  assert.equal((await readStore(pageB, 'assessments')).length, 0);
  await pageB.getByRole('button', { name: 'Impor ke perangkat ini' }).click();
  await expect(pageB.getByTestId('import-done').getByText('Impor selesai: 1 profil lembaga, 1 asesmen disimpan di perangkat ini.')).toBeVisible();

  assert.deepEqual(await readStore(pageB, 'institutions'), [institution]);
  assert.deepEqual(await readStore(pageB, 'assessments'), [assessment]);
  const restoredAnswers = await readStore<{ itemId: string; note: string }>(pageB, 'answers');
  assert.equal(restoredAnswers.length, 12);
  assert.ok(restoredAnswers.some((r) => r.note === `catatan ${items[0]}`));
  assert.equal((await readStore(pageB, 'staff')).length, 1);
  assert.deepEqual(await readStore(pageB, 'evidence'), [evidence]);
  assert.deepEqual(await readEvidenceFile(pageB, evidence.id), { base64: PNG_1x1, type: 'image/png' });
  // The restored assessment is offered for export on phone B too (the app reads it).
  await expect(pageB.getByLabel('Asesmen', { exact: true }).locator('option', { hasText: 'Panti Werdha Kasih Ibu — Semester II 2026' })).toBeAttached();

  // Importing the same backup again changes nothing.
  await pageB.getByLabel(/^Pilih berkas \(/).setInputFiles(file);
  await expect(pageB.getByTestId('import-preview')).toBeVisible();
  await expect(pageB.getByTestId('plan-entry').locator('.badge')).toHaveText(['Sudah ada, sama persis', 'Sudah ada, sama persis']);
  await expect(pageB.getByRole('button', { name: 'Impor ke perangkat ini' })).toBeDisabled();

  assert.deepEqual(errorsA, []);
  assert.deepEqual(errorsB, []);
});
