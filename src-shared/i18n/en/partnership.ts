import type { CatalogueShape } from '../shape';
import type { partnership as fr } from '../fr/partnership';

export const partnership = {} satisfies CatalogueShape<typeof fr>;
