/** Strings of the documents screens (French is the reference catalogue). */
export const documents = {} as const;
