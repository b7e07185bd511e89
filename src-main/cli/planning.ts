import type { CliCommand } from './types';

export const planningCliCommands: Record<string, CliCommand> = {};
