import type { CatalogueShape } from '../shape';
import type { history as fr } from '../fr/history';

export const history = {} satisfies CatalogueShape<typeof fr>;
