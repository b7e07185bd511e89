import type { CatalogueShape } from '../shape';
import type { logframe as fr } from '../fr/logframe';

export const logframe = {} satisfies CatalogueShape<typeof fr>;
