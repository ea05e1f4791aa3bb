import { afterEach, describe, expect, it } from 'vitest';
import { buildReportModel, localDateOf } from '../../../../src/domain/report/model';
import { fullSnapshot } from './reportFixture';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('report dates are in the user’s local time, the same everywhere in one document', () => {
  it('an export at 20:00 UTC on 1 December is 2 December in WIT, 1 December in UTC', () => {
    process.env.TZ = 'Asia/Jayapura';
    expect(localDateOf('2026-12-01T20:00:00.000Z')).toBe('2026-12-02');
    process.env.TZ = 'UTC';
    expect(localDateOf('2026-12-01T20:00:00.000Z')).toBe('2026-12-01');
  });

  it('the cover’s export date and the overdue checks use that local date; the roster is a table', () => {
    process.env.TZ = 'Asia/Jakarta';
    const f = fullSnapshot({ status: 'final', version: '2.0.0' });
    const m = buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: 'a'.repeat(64), exportedAt: '2026-12-01T20:00:00.000Z' });
    expect(m.cover.rows.find(([k]) => k === 'Tanggal ekspor')?.[1]).toBe('2 Desember 2026');
    expect(m.exportedAtText).toBe('2 Desember 2026');
    expect(m.staff.length).toBe(f.snapshot.staff.length);
    expect(m.staff[0]![0]).not.toMatch(/^[a-z-]+$/); // a readable role label, not an internal id
  });

  it('an expired permit or registration in the profile is marked on the profile page', () => {
    const f = fullSnapshot({ status: 'final' });
    f.snapshot.institution.permitExpiry = '2025-01-01';
    const m = buildReportModel({ snapshot: f.snapshot, umum: f.umum, khusus: f.khusus, integrityHash: 'a'.repeat(64), exportedAt: '2026-12-01T08:00:00.000Z' });
    expect(m.profile.map(([, v]) => v).join(' ')).toMatch(/1 Januari 2025 — KEDALUWARSA/);
  });
});

describe('a type without a standar khusus module', () => {
  it('says so plainly on the cover and on the basis page', () => {
    const f = fullSnapshot({ status: 'final', version: '2.0.0' });
    const ids = new Set(f.khusus.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id))));
    const snapshot = { ...f.snapshot, answers: f.snapshot.answers.filter((a) => !ids.has(a.itemId)), assessment: { ...f.snapshot.assessment, khususId: null, khususVersion: null } };
    const m = buildReportModel({ snapshot, umum: f.umum, khusus: null, integrityHash: 'a'.repeat(64), exportedAt: '2026-12-01T08:00:00.000Z' });
    expect(m.cover.rows.find(([k]) => k === 'Modul standar khusus')?.[1]).toMatch(/^Belum ada untuk jenis panti ini/);
    expect(m.basis.moduleNote).toMatch(/belum memuat standar khusus/);
  });
});
