import type { CommandSpec } from './define';

/** Commands of this domain (see contract.ts). */
export const archiveCommands = {} satisfies Record<string, CommandSpec>;
