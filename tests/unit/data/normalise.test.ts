import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../src/domain/records';
import { normalise, normaliseAll, normaliseAnswer, normaliseAssessment, normaliseInstitution } from '../../../src/data/normalise';

const institution = {
  id: 'i1',
  name: 'Panti Asuhan Harapan',
  type: 'lksa',
  ownership: 'masyarakat',
  province: 'Jawa Barat',
  capacity: 40,
  clientsMale: 10,
  clientsFemale: 12,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('restore', () => {
  it('fills the defaults of an institution with only the required fields', () => {
    const r = normaliseInstitution(institution);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ address: '', kabupaten: '', registrationNumber: '', registrationDate: '' });
  });

  it('rejects a negative capacity, letters in a number and an unknown province, naming the field', () => {
    for (const [field, value] of [
      ['capacity', -1],
      ['clientsMale', '12a'],
      ['province', 'Atlantis'],
    ] as const) {
      const r = normaliseInstitution({ ...institution, [field]: value });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.join()).toContain(field);
    }
  });

  it('restores a version 1 assessment as a draft with empty history', () => {
    const r = normaliseAssessment({ id: 'a', institutionId: 'i', period: '2025', standardId: 's', standardVersion: '1.0.0', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(r).toMatchObject({ ok: true, value: { status: 'draft', history: [], khususId: null, lastItemId: null } });
  });

  it('cuts an over-long note at NOTE_MAX instead of rejecting the answer', () => {
    const r = normaliseAnswer({ assessmentId: 'a', itemId: 'KLB-1.1', level: 2, note: 'x'.repeat(10_000), updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.note).toHaveLength(NOTE_MAX);
      expect(r.value).toMatchObject({ level: 2, na: false, naReason: '' });
    }
  });

  it('an assessment is a draft, or final with a declaration: a "final" without one reads as a draft', () => {
    const base = { id: 'a', institutionId: 'i', period: '2025', standardId: 's', standardVersion: '1.0.0', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
    const declaration = { name: 'Siti', position: 'Kepala Panti', place: 'Bandung', date: '2026-01-02' };
    expect(normaliseAssessment({ ...base, status: 'final', declaration: null })).toMatchObject({ ok: true, value: { status: 'draft', declaration: null, finalisedAt: null } });
    // Final with its declaration but no time: the last change is when it was made final.
    expect(normaliseAssessment({ ...base, status: 'final', declaration, finalisedAt: null })).toMatchObject({ ok: true, value: { status: 'final', declaration, finalisedAt: base.updatedAt } });
    expect(normaliseAssessment({ ...base, status: 'draft', declaration, finalisedAt: base.updatedAt })).toMatchObject({ ok: true, value: { status: 'draft', declaration: null, finalisedAt: null } });
    // A declaration field holding something else is damage: refused, not silently read as none.
    expect(normaliseAssessment({ ...base, status: 'draft', declaration: 2 })).toMatchObject({ ok: false });
    expect(normaliseAssessment({ ...base, status: 'final', declaration: 'Siti' })).toMatchObject({ ok: false });
    expect(normaliseAssessment({ ...base, status: 'selesai' }).ok).toBe(false);
  });

  it('reads a level stored beside N/A as no level (N/A always won), keeping the reason and any unknown field', () => {
    const r = normaliseAnswer({ assessmentId: 'a', itemId: 'KLB-1.1', level: 3, na: true, naReason: 'Tidak ada layanan ini', futureField: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(r).toMatchObject({ ok: true, value: { na: true, level: null, naReason: 'Tidak ada layanan ini', futureField: 1 } });
  });

  it('rejects an impossible level and things that are not records', () => {
    expect(normaliseAnswer({ assessmentId: 'a', itemId: 'KLB-1.1', level: 7, updatedAt: '2026-01-01T00:00:00.000Z' }).ok).toBe(false);
    expect(normalise('answer', null).ok).toBe(false);
    expect(normalise('institution', [1, 2]).ok).toBe(false);
    expect(normalise('assessment', 'text').ok).toBe(false);
  });

  it('normaliseAll keeps the good rows and names the bad ones', () => {
    const { values, rejected } = normaliseAll(
      [{ assessmentId: 'a', itemId: 'KLB-1.1', level: 1, updatedAt: '2026-01-01T00:00:00.000Z' }, { itemId: 'KLB-1.2' }],
      normaliseAnswer,
    );
    expect(values).toHaveLength(1);
    expect(rejected.map((r) => r.index)).toEqual([1]);
  });
});

describe('timestamps', () => {
  it('a record whose createdAt is not a date is rejected at the door, with the field named', () => {
    const r = normaliseAssessment({ id: 'a', institutionId: 'i', period: '2025', standardId: 's', standardVersion: '1.0.0', createdAt: { $date: 1 }, updatedAt: 'kemarin' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join(' ')).toMatch(/createdAt/);
    expect(!r.ok && r.problems.join(' ')).toMatch(/updatedAt: bukan tanggal-waktu/);
  });
});

describe('messages of a rejected record', () => {
  it('are Indonesian, never zod English', () => {
    const r = normaliseAnswer({ assessmentId: 'a', itemId: 'KLB-1.1', level: 'empat', na: 'ya', updatedAt: 'kemarin' });
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.join('\n');
    expect(text).toMatch(/tidak valid|diharapkan/i);
    expect(text).not.toMatch(/Invalid|expected|received/);
  });
});
