export * from './errors';
export * from './define';
export * from './core';
export * from './contract';
export * from './bridge';
