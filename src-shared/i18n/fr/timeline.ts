/** Strings of the timeline screens (French is the reference catalogue). */
export const timeline = {} as const;
