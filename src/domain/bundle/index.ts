export * from './schema';
export * from './canonical';
export * from './integrity';
export * from './build';
export * from './parse';
export * from './plan';
export * from './pdf';
export * from './verification';
