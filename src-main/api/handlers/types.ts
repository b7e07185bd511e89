import type { CommandName, CommandOutput, CommandParsedInput } from '../../../src-shared/api/contract';

export interface CallMeta {
  transport: 'ipc' | 'http' | 'cli' | 'test';
}

export type Handler<N extends CommandName> = (
  input: CommandParsedInput<N>,
  meta: CallMeta,
) => CommandOutput<N> | Promise<CommandOutput<N>>;

export type Handlers<N extends CommandName> = { [K in N]: Handler<K> };
