/** Strings of the diagnosis screens (French is the reference catalogue). */
export const diagnosis = {} as const;
