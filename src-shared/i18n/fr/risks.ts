/** Strings of the risks screens (French is the reference catalogue). */
export const risks = {} as const;
