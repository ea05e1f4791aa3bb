export * from './model';
export * from './format';
export * from './comparison';
export * from './gapTable';
export * from './actionPlan';
