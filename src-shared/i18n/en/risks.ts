import type { CatalogueShape } from '../shape';
import type { risks as fr } from '../fr/risks';

export const risks = {} satisfies CatalogueShape<typeof fr>;
