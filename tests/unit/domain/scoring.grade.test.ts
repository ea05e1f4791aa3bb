import { describe, it, expect } from 'vitest';
import { estimateGrade, gradeForTotal, nextGradeAbove, scoreAssessment, type AnswerInput } from '../../../src/domain/scoring';
import { L, allAt, makeKhusus, makeUmum, referenceAnswers } from './fixtures';

const rules = makeUmum().scoring;

describe('grade thresholds (A ≥ 91, B ≥ 81, C ≥ 71)', () => {
  it.each([
    [70.99, null],
    [71, 'C'],
    [71.0, 'C'],
    [70.99999999999999, 'C'], // float noise of an exact 71
    [71.00000000000001, 'C'],
    [80.99, 'C'],
    [81, 'B'],
    [90.99, 'B'],
    [91, 'A'],
    [90.99999999999999, 'A'],
    [100, 'A'],
    [0, null],
  ] as const)('total %s → %s', (total, grade) => {
    expect(gradeForTotal(rules, total)?.grade ?? null).toBe(grade);
    const est = estimateGrade(rules, total, []);
    expect(est.grade).toBe(grade);
    expect(est.status).toBe(grade ? 'grade' : 'below');
  });

  it('reports label and validity years; below every grade gets belowLabel', () => {
    expect(estimateGrade(rules, 95, [])).toEqual({ status: 'grade', grade: 'A', label: 'Perkiraan A (Sangat Baik)', validityYears: 5, unmetCritical: [] });
    expect(estimateGrade(rules, 85, [])).toMatchObject({ grade: 'B', validityYears: 3 });
    expect(estimateGrade(rules, 71, [])).toMatchObject({ grade: 'C', validityYears: 2 });
    expect(estimateGrade(rules, 50, [])).toEqual({ status: 'below', grade: null, label: 'Belum memenuhi', validityYears: null, unmetCritical: [] });
    expect(estimateGrade(rules, null, [])).toMatchObject({ status: 'below', grade: null });
  });

  it('does not trust the order of grades in the file', () => {
    const shuffled = { ...rules, grades: [rules.grades[2]!, rules.grades[0]!, rules.grades[1]!] };
    expect(gradeForTotal(shuffled, 92)?.grade).toBe('A');
    expect(gradeForTotal(shuffled, 82)?.grade).toBe('B');
    expect(nextGradeAbove(shuffled, 'C')?.grade).toBe('B');
    expect(nextGradeAbove(shuffled, null)?.grade).toBe('C');
    expect(nextGradeAbove(shuffled, 'A')).toBeNull();
  });

  it('an end-to-end total that is exactly a threshold on paper reaches it despite float noise', () => {
    // Aspect weights 0.1/0.2/0.3/0.1/0.2/0.1 and these levels give, on paper,
    // KLB 75, SDM 50, SPR 37.5, PBY 37.5, PSD 75, MNV 25 → 7.5 + 10 + 11.25 + 3.75 + 15 + 2.5 = 50 exactly;
    // in floating point the sum comes out as 49.999999999999986.
    const umum = makeUmum();
    [0.1, 0.2, 0.3, 0.1, 0.2, 0.1].forEach((w, i) => (umum.aspects[i]!.weight = w));
    umum.scoring.grades[2]!.min = 50;
    const levels = [4, 4, 0, 4, 1, 4, 2, 1, 3, 0, 4, 0, 4, 3, 4, 0] as const;
    const ids = umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)));
    const answers = Object.fromEntries(ids.map((id, i) => [id, L(levels[i]!)]));
    const s = scoreAssessment({ umum, answers });
    expect(s.total).toBeCloseTo(50, 10);
    expect(s.grade.grade).toBe('C');
  });

  it('grades an assessment end to end', () => {
    const umum = makeUmum();
    // reference + SDM-1.1 at 4: 65.8333… + 20 × (2 ÷ 3 × 0.5) × 100 ÷ 100 = 65.8333… + 6.6666… = 72.5 → C
    const s = scoreAssessment({ umum, answers: { ...referenceAnswers(), 'SDM-1.1': L(4) } });
    expect(s.total).toBeCloseTo(72.5, 10);
    expect(s.grade).toMatchObject({ status: 'grade', grade: 'C', label: 'Perkiraan C (Cukup)' });
    expect(scoreAssessment({ umum, answers: allAt(4, umum) }).grade.grade).toBe('A');
  });
});

describe('critical rule', () => {
  const umum = makeUmum();

  it('an unanswered critical item means "belum memenuhi syarat" whatever the total', () => {
    const answers = { ...allAt(4, umum) } as Record<string, AnswerInput>;
    delete answers['KLB-1.1'];
    const s = scoreAssessment({ umum, answers });
    // KLB = (0 + 1 + 2 + 2) ÷ 8 = 62.5 → total = 100 − 20 × 37.5 ÷ 100 = 92.5 (would be A)
    expect(s.total).toBeCloseTo(92.5, 10);
    expect(s.grade).toEqual({
      status: 'critical-unmet',
      grade: null,
      label: 'Belum memenuhi syarat (butir kritis)',
      validityYears: null,
      unmetCritical: ['KLB-1.1'],
    });
  });

  it('a critical item below criticalMinLevel (3) is unmet; at the minimum it is met', () => {
    const at = (level: 0 | 1 | 2 | 3 | 4) => scoreAssessment({ umum, answers: { ...allAt(4, umum), 'KLB-1.1': L(level) } }).grade;
    expect(at(2)).toMatchObject({ status: 'critical-unmet', unmetCritical: ['KLB-1.1'] });
    expect(at(3)).toMatchObject({ status: 'grade', grade: 'A', unmetCritical: [] });
  });

  it('an N/A on a critical item (never allowed) is unanswered, hence unmet', () => {
    const s = scoreAssessment({ umum, answers: { ...allAt(4, umum), 'KLB-1.1': { level: null, na: true } } });
    expect(s.grade.unmetCritical).toEqual(['KLB-1.1']);
  });

  it('critical items of the khusus module count too', () => {
    const khusus = makeKhusus();
    const s = scoreAssessment({ umum, khusus, answers: { ...allAt(4, umum), 'LKA-1.1': L(1), 'LKA-1.2': L(4) } });
    expect(s.grade).toMatchObject({ status: 'critical-unmet', unmetCritical: ['LKA-1.1'] });
    const missing = scoreAssessment({ umum, khusus, answers: allAt(4, umum) });
    expect(missing.grade.unmetCritical).toEqual(['LKA-1.1']);
  });
});
