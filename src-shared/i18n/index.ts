export * from './catalogues';
export * from './format';
export type { CatalogueShape } from './shape';
export * from './plural';
