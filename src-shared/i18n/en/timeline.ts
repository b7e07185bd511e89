import type { CatalogueShape } from '../shape';
import type { timeline as fr } from '../fr/timeline';

export const timeline = {} satisfies CatalogueShape<typeof fr>;
