import { describe, expect, it } from 'vitest';
import { checkFinalise } from '../../../../src/features/questionnaire/finaliseCheck';
import { placeItems, scoreStored } from '../../../../src/ui/instrument';
import type { Answer, Institution } from '../../../../src/domain/records';
import { makeUmum } from '../../domain/fixtures';

const umum = makeUmum();
const placed = placeItems(umum, null);
const institution = {
  id: 'i', name: 'Panti', type: 'lksa', typeOther: '', ownership: 'masyarakat', registrationNumber: '460/1', registrationDate: '',
  registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '', address: 'Jl. A', kelurahan: '', kecamatan: '',
  kabupaten: 'Bandung', province: 'Jawa Barat', capacity: 30, clientsMale: 5, clientsFemale: 5, headName: 'Siti', phone: '', email: '',
  createdAt: '', updatedAt: '',
} satisfies Institution;
const row = (itemId: string, p: Partial<Answer>): Answer => ({ assessmentId: 'a', itemId, level: null, na: false, naReason: '', note: '', updatedAt: 'x', ...p });

function check(answers: Answer[], inst: Institution = institution) {
  const { score } = scoreStored(umum, null, answers, [], inst);
  return checkFinalise(placed, score, new Map(answers.map((a) => [a.itemId, a])), inst);
}

describe('checkFinalise', () => {
  it('is ready when every item is answered or N/A with a reason and the profile is complete', () => {
    const answers = placed.map((p) => (p.item.naAllowed ? row(p.item.id, { na: true, naReason: 'tidak ada' }) : row(p.item.id, { level: 2 })));
    expect(check(answers)).toMatchObject({ ready: true, missingItems: [], missingProfile: [] });
  });

  it('lists unanswered items, N/A without a reason, and empty required profile fields', () => {
    const answers = placed.slice(1).map((p) => (p.item.naAllowed ? row(p.item.id, { na: true, naReason: ' ' }) : row(p.item.id, { level: 1 })));
    const result = check(answers, { ...institution, kabupaten: '', headName: '  ', capacity: 0 });
    expect(result.ready).toBe(false);
    expect(result.missingItems.map((m) => [m.itemId, m.reason])).toEqual([
      [placed[0]!.item.id, 'unanswered'],
      ['SPR-1.2', 'na-without-reason'],
    ]);
    expect(result.missingProfile.map((m) => m.field)).toEqual(['kabupaten', 'capacity', 'headName']);
  });
});
