import type { CommandSpec } from './define';

/** Commands of this domain (see contract.ts). */
export const documentsCommands = {} satisfies Record<string, CommandSpec>;
