import type { CatalogueShape } from '../shape';
import type { readiness as fr } from '../fr/readiness';

export const readiness = {} satisfies CatalogueShape<typeof fr>;
