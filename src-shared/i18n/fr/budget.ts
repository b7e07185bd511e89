/** Strings of the budget screens (French is the reference catalogue). */
export const budget = {} as const;
