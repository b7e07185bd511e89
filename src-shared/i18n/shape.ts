/** An English catalogue must have exactly the French one's keys (French is the reference). */
export type CatalogueShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };
