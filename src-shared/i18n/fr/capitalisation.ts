/** Strings of the capitalisation screens (French is the reference catalogue). */
export const capitalisation = {} as const;
