import type { Dispatch } from '../api/dispatcher';
import type { AppContext } from '../services/app';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext extends CliIo {
  app: AppContext;
  /** Runs a command through the same dispatcher as the UI; throws CliFailure on an error envelope. */
  call: <T = unknown>(name: string, payload: unknown) => Promise<T>;
  dispatch: Dispatch;
  json: boolean;
}

export interface CliCommand {
  /** e.g. "show <id>" */
  usage: string;
  summary: string;
  /** parseArgs option definitions beyond the global ones (--data-dir, --json, --help). */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  minArgs?: number;
  maxArgs?: number;
  run(args: string[], flags: Record<string, string | boolean | undefined>, ctx: CliContext): Promise<number>;
  /** Runs without opening the app (recovery: the database may be damaged); `run` is then never called. */
  standalone?: (args: string[], flags: Record<string, string | boolean | undefined>, ctx: CliIo & { dataDir: string; json: boolean }) => Promise<number>;
}

/** Exit codes: 0 ok, 1 failure, 2 bad usage; domains add their own (3 decision needed, 4 not ready). */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    readonly code?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
