/** Strings of the framing screens (French is the reference catalogue). */
export const framing = {} as const;
