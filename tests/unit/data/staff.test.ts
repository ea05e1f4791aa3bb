import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { addStaff, deleteStaff, listStaff, loadRosterContext, updateStaff, type StaffInput } from '../../../src/data/staff';
import type { Assessment, Institution } from '../../../src/domain/records';

const T0 = '2026-01-01T00:00:00.000Z';
const institution: Institution = {
  id: 'inst-1', name: 'Panti Werdha Kasih', type: 'lanjut-usia', typeOther: '', ownership: 'masyarakat',
  registrationNumber: '', registrationDate: '', registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '',
  address: '', kelurahan: '', kecamatan: '', kabupaten: '', province: 'Jawa Barat', capacity: 30, clientsMale: 8, clientsFemale: 12,
  headName: '', phone: '', email: '', createdAt: T0, updatedAt: T0,
};
const assessment: Assessment = {
  id: 'asm-1', institutionId: 'inst-1', period: '2026', standardId: 'standar-umum', standardVersion: '1.0.0', khususId: null,
  khususVersion: null, status: 'draft', lastItemId: null, declaration: null, finalisedAt: null, history: [], createdAt: T0, updatedAt: T0,
};
const worker: StaffInput = {
  name: 'AS', role: 'pekerja-sosial', unsur: 'operasional', education: 'S1/D4', employment: 'tetap',
  certified: true, trainedLast12Months: false, empowermentCapable: true,
};

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.institutions.put(institution);
  await db.assessments.put(assessment);
});

describe('staff roster repository', () => {
  it('adds staff in the order they were entered and marks the assessment changed', async () => {
    const a = await addStaff('asm-1', worker);
    const b = await addStaff('asm-1', { ...worker, name: '  ', role: 'juru-masak', unsur: 'penunjang', certified: false });
    const list = await listStaff('asm-1');
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(list[1]).toMatchObject({ name: '', role: 'juru-masak', unsur: 'penunjang', assessmentId: 'asm-1' });
    expect((await db.assessments.get('asm-1'))!.updatedAt > T0).toBe(true);
    expect(await listStaff('other')).toEqual([]);
  });

  it('never writes an invalid member', async () => {
    await expect(addStaff('asm-1', { ...worker, role: 'astronaut' as never })).rejects.toThrow();
    await expect(addStaff('asm-1', { ...worker, name: 'x'.repeat(201) })).rejects.toThrow();
    const ok = await addStaff('asm-1', worker);
    await expect(updateStaff(ok.id, { education: 'S9' as never })).rejects.toThrow();
    expect(await db.staff.count()).toBe(1);
    expect((await db.staff.get(ok.id))!.education).toBe('S1/D4');
  });

  it('refuses staff for an unknown assessment', async () => {
    await expect(addStaff('missing', worker)).rejects.toMatchObject({ code: 'assessment-missing' });
    expect(await db.staff.count()).toBe(0);
  });

  it('updates and deletes one member', async () => {
    const a = await addStaff('asm-1', worker);
    const updated = await updateStaff(a.id, { trainedLast12Months: true, name: 'Bu Sari' });
    expect(updated).toMatchObject({ id: a.id, trainedLast12Months: true, name: 'Bu Sari', certified: true, createdAt: a.createdAt });
    expect(await db.staff.get(a.id)).toEqual(updated);
    await deleteStaff(a.id);
    expect(await listStaff('asm-1')).toEqual([]);
    await expect(updateStaff(a.id, { name: 'x' })).rejects.toMatchObject({ code: 'row-missing' });
  });

  it('a final assessment is read-only', async () => {
    const a = await addStaff('asm-1', worker);
    await db.assessments.update('asm-1', { status: 'final' });
    await expect(addStaff('asm-1', worker)).rejects.toMatchObject({ code: 'assessment-final' });
    await expect(updateStaff(a.id, { name: 'x' })).rejects.toMatchObject({ code: 'assessment-final' });
    await expect(deleteStaff(a.id)).rejects.toMatchObject({ code: 'assessment-final' });
    expect(await listStaff('asm-1')).toEqual([a]);
  });

  it('loads the assessment with its institution (for the number of clients)', async () => {
    const ctx = await loadRosterContext('asm-1');
    expect(ctx?.assessment.id).toBe('asm-1');
    expect(ctx?.institution?.clientsFemale).toBe(12);
    expect(await loadRosterContext('nope')).toBeNull();
  });
});
