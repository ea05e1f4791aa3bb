export * from './schema';
export * from './canonical';
export * from './integrity';
export * from './build';
