import type { CliCommand } from './types';

export const archiveCliCommands: Record<string, CliCommand> = {};
