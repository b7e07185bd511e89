import type { CliCommand } from './types';

export const documentsCliCommands: Record<string, CliCommand> = {};
