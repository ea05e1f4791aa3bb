export type {
  AnswerInput,
  AnswerMap,
  AspectScore,
  AssessmentScore,
  BalksScore,
  Completion,
  ComponentScore,
  ComputedExplanation,
  Contribution,
  GradeEstimate,
  GradeStatus,
  IndicatorValues,
  ItemScore,
  ItemSource,
  Module,
  ScoreInput,
} from './types';
export { scoreAssessment, aspectsOf } from './scoreAssessment';
export { scoreItem, isAnswered, isApplicable } from './scoreItem';
export { levelFromBands, matchBand, bandContains } from './bands';
export { explainComputed } from './explain';
export { weightedScore, weightedTotal, completionOf } from './aggregate';
export { estimateGrade, gradeForTotal, gradesHighestFirst, nextGradeAbove } from './grade';
export { isCriticalUnmet, unmetCriticalIds } from './critical';
export { roundScore, reaches, SCORE_DECIMALS } from './precision';
export { rankGaps, gainPerLevel, compareGaps, type Gap } from './gaps';
export { nextGradeSet, type NextGradeSet } from './nextGrade';
export { compareAssessments, type AssessmentComparison, type AspectChange, type ItemChange } from './compare';
export { answerSummary } from './answers';
