import type { CatalogueShape } from '../shape';
import type { indicators as fr } from '../fr/indicators';

export const indicators = {} satisfies CatalogueShape<typeof fr>;
