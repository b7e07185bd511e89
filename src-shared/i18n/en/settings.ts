import type { CatalogueShape } from '../shape';
import type { settings as fr } from '../fr/settings';

export const settings = {} satisfies CatalogueShape<typeof fr>;
