import type { CatalogueShape } from '../shape';
import type { framing as fr } from '../fr/framing';

export const framing = {} satisfies CatalogueShape<typeof fr>;
