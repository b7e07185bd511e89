/** Strings of the partnership screens (French is the reference catalogue). */
export const partnership = {} as const;
