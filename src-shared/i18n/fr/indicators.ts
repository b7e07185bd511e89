/** Strings of the indicators screens (French is the reference catalogue). */
export const indicators = {} as const;
