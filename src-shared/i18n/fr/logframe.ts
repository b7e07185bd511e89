/** Strings of the logframe screens (French is the reference catalogue). */
export const logframe = {} as const;
