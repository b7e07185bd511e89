import type { CatalogueShape } from '../shape';
import type { archive as fr } from '../fr/archive';

export const archive = {} satisfies CatalogueShape<typeof fr>;
