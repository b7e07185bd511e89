import type { CatalogueShape } from '../shape';
import type { budget as fr } from '../fr/budget';

export const budget = {} satisfies CatalogueShape<typeof fr>;
