import type { CatalogueShape } from '../shape';
import type { capitalisation as fr } from '../fr/capitalisation';

export const capitalisation = {} satisfies CatalogueShape<typeof fr>;
