import './zodLocale';
export * from './institution';
export * from './provinces';
export * from './assessment';
export * from './staff';
export * from './evidence';
export * from './action';
export * from './review';
export * from './staffLabels';
