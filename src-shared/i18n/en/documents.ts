import type { CatalogueShape } from '../shape';
import type { documents as fr } from '../fr/documents';

export const documents = {} satisfies CatalogueShape<typeof fr>;
