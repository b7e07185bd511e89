import type { z } from 'zod';
import { archiveCommands } from './archive';
import { authoringCommands } from './authoring';
import { coreCommands } from './core';
import type { CommandSpec } from './define';
import { documentsCommands } from './documents';
import { executionCommands } from './execution';
import { jobsCommands } from './jobs';
import { planningCommands } from './planning';

/** The one command table both transports serve. Names are "<domain>.<verb>". */
export const CONTRACT = {
  ...coreCommands,
  ...authoringCommands,
  ...planningCommands,
  ...documentsCommands,
  ...archiveCommands,
  ...jobsCommands,
  ...executionCommands,
} satisfies Record<string, CommandSpec>;

export type Contract = typeof CONTRACT;
export type CommandName = keyof Contract;
export type CommandInput<N extends CommandName> = z.input<Contract[N]['input']>;
export type CommandParsedInput<N extends CommandName> = z.output<Contract[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Contract[N]['output']>;

export const COMMAND_NAMES = Object.keys(CONTRACT) as CommandName[];
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(CONTRACT, name);

/** Electron IPC channel of a command; nothing else is accepted. */
export const channelOf = (name: CommandName): string => `atelier:${name}`;
