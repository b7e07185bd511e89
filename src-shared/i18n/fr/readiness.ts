/** Strings of the readiness screens (French is the reference catalogue). */
export const readiness = {} as const;
