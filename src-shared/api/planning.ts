import type { CommandSpec } from './define';

/** Commands of this domain (see contract.ts). */
export const planningCommands = {} satisfies Record<string, CommandSpec>;
