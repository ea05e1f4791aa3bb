export * from './model';
export * from './format';
