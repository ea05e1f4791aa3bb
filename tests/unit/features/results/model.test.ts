import { describe, expect, it } from 'vitest';
import { buildComparison, buildResults } from '../../../../src/features/results/model';
import { currentUmum } from '../../../../src/domain/standard/registry';
import type { AssessmentSnapshot } from '../../../../src/domain/bundle';
import { resolveInstrument } from '../../../../src/domain/assessment';
import { instrumentErrorText } from '../../../../src/ui/messages';
import type { Instrument } from '../../../../src/ui/instrument';

const umum = currentUmum();
const ids = umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)));
const at = '2026-11-01T00:00:00.000Z';

function snapshot(version: string, level: 0 | 1 | 2 | 3 | 4): AssessmentSnapshot {
  return {
    institution: {
      id: 'i', name: 'Panti', type: 'lanjut-usia', typeOther: '', ownership: 'masyarakat', registrationNumber: '', registrationDate: '',
      registrationExpiry: '', permitNumber: '', permitDate: '', permitExpiry: '', address: '', kelurahan: '', kecamatan: '', kabupaten: '',
      province: 'Jawa Barat', capacity: 10, clientsMale: 5, clientsFemale: 5, headName: '', phone: '', email: '', createdAt: at, updatedAt: at,
    },
    assessment: {
      id: `a-${version}`, institutionId: 'i', period: '2026', standardId: umum.id, standardVersion: version, khususId: null, khususVersion: null,
      status: 'draft', lastItemId: null, declaration: null, finalisedAt: null, history: [], createdAt: at, updatedAt: at,
    },
    answers: ids.map((itemId) => ({ assessmentId: `a-${version}`, itemId, level, na: false, naReason: '', note: '', updatedAt: at })),
    staff: [],
    evidence: [],
    actions: [],
    reviews: [],
    reviewMeta: null,
  };
}

/** The instrument as the screen's useInstrument gives it (the same files, the failure in words). */
function instrumentOf(s: AssessmentSnapshot): Instrument {
  const r = resolveInstrument(s.assessment);
  return r.ok ? r : { ok: false, message: instrumentErrorText(r.error) };
}
const results = (s: AssessmentSnapshot) => buildResults(s, instrumentOf(s), '2026-12-01');

describe('results model (glue to the scoring engine)', () => {
  it('scores the assessment on the standard version it was started on', () => {
    const model = results(snapshot(umum.version, 4));
    expect(model.ok).toBe(true);
    if (!model.ok) return;
    expect(model.score.total).toBe(100);
    expect(model.gaps).toEqual([]);
    expect(model.next).toBeNull(); // already the highest grade
    expect(model.indicators.tksCount.value).toBeNull(); // empty roster: unavailable, not 0
  });

  it('says so in Indonesian, instead of scoring on another version, when the version is unknown', () => {
    const model = results(snapshot('9.9.9', 3));
    expect(model).toEqual({ ok: false, message: expect.stringContaining('versi 9.9.9') });
    const later = results(snapshot(umum.version, 3));
    if (!later.ok) throw new Error(later.message);
    const older = snapshot('9.9.9', 2);
    expect(buildComparison(older, instrumentOf(older), later.input)).toMatchObject({ ok: false });
  });
});
