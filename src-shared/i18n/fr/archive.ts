/** Strings of the archive screens (French is the reference catalogue). */
export const archive = {} as const;
