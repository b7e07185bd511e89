/** Strings of the settings screens (French is the reference catalogue). */
export const settings = {} as const;
