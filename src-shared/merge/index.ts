export * from './types';
export { mergeSnapshots, conflictId } from './snapshot';
export { diff3Merge, mergeText } from './diff3';
export { deepEqual } from './equal';
