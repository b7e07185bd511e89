export * from './steps';
export * from './numbering';
export * from './structure';
export * from './readiness';
