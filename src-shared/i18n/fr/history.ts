/** Strings of the history screens (French is the reference catalogue). */
export const history = {} as const;
