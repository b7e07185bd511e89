import type { CatalogueShape } from '../shape';
import type { diagnosis as fr } from '../fr/diagnosis';

export const diagnosis = {} satisfies CatalogueShape<typeof fr>;
