import type { Grade, ScoringRules } from '../standard/schema';
import { reaches } from './precision';
import type { GradeEstimate } from './types';

/** The grades, highest min first (the file says so, but never trust the order). */
export function gradesHighestFirst(rules: ScoringRules): Grade[] {
  return [...rules.grades].sort((a, b) => b.min - a.min);
}

/** The highest grade whose min the total reaches (floating-point safe), or null. */
export function gradeForTotal(rules: ScoringRules, total: number | null): Grade | null {
  if (total === null) return null;
  return gradesHighestFirst(rules).find((g) => reaches(total, g.min)) ?? null;
}

/**
 * Grade estimate: a critical item answered below its minimum overrides everything; below the standard's
 * minCompletionForGrade no estimate is given (the screen shows the score of what is answered); then an unmet
 * (also unanswered) critical item overrides the total.
 */
export function estimateGrade(
  rules: ScoringRules,
  total: number | null,
  unmetCritical: string[],
  progress?: { completion: number; answeredBelow: string[] },
): GradeEstimate {
  const answeredBelow = progress?.answeredBelow ?? unmetCritical;
  if (answeredBelow.length > 0) {
    return { status: 'critical-unmet', grade: null, label: rules.criticalUnmetLabel, validityYears: null, unmetCritical };
  }
  if (progress && rules.minCompletionForGrade !== undefined && progress.completion < rules.minCompletionForGrade) {
    return {
      status: 'incomplete',
      grade: null,
      label: `Belum ada perkiraan (baru ${Math.floor(progress.completion)}% terjawab; perkiraan muncul setelah ${rules.minCompletionForGrade}%)`,
      validityYears: null,
      unmetCritical,
    };
  }
  if (unmetCritical.length > 0) {
    return { status: 'critical-unmet', grade: null, label: rules.criticalUnmetLabel, validityYears: null, unmetCritical };
  }
  const grade = gradeForTotal(rules, total);
  if (!grade) return { status: 'below', grade: null, label: rules.belowLabel, validityYears: null, unmetCritical };
  return { status: 'grade', grade: grade.grade, label: grade.label, validityYears: grade.validityYears, unmetCritical };
}

/** The next grade above `current` (the lowest grade when current is null); null at the top. */
export function nextGradeAbove(rules: ScoringRules, current: Grade['grade'] | null): Grade | null {
  const ordered = gradesHighestFirst(rules);
  if (current === null) return ordered[ordered.length - 1] ?? null;
  const i = ordered.findIndex((g) => g.grade === current);
  return i > 0 ? (ordered[i - 1] ?? null) : null;
}
