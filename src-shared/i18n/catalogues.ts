import { en } from './en';
import { fr } from './fr';
import type { CatalogueShape } from './shape';

export const CATALOGUES = { fr, en: en satisfies CatalogueShape<typeof fr> } as const;
export type Locale = keyof typeof CATALOGUES;
export const LOCALES: Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';
