import type { CommandSpec } from './define';

/** Commands of this domain (see contract.ts). */
export const authoringCommands = {} satisfies Record<string, CommandSpec>;
