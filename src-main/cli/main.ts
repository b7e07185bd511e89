import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatcher';
import { defaultDataDir } from '../paths';
import { openApp } from '../services/app';
import { startFailureText } from '../services/start-failure';
import { archiveCliCommands } from './archive';
import { recoveryCliCommands, runStandalone } from './backups';
import { coreCliCommands } from './core';
import { declarationsCliCommands } from './declarations';
import { documentsCliCommands } from './documents';
import { executionCliCommands } from './execution';
import { planningCliCommands } from './planning';
import { sessionCliCommands } from './session';
import { settingsCliCommands } from './settings';
import { CliFailure, EXIT, type CliCommand, type CliIo } from './types';

const COMMANDS: Record<string, CliCommand> = {
  ...coreCliCommands,
  ...planningCliCommands,
  ...documentsCliCommands,
  ...archiveCliCommands,
  ...settingsCliCommands,
  ...sessionCliCommands,
  ...recoveryCliCommands,
  ...declarationsCliCommands,
  ...executionCliCommands,
};
const GLOBAL = { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

function help(): string {
  // Each command's usage on its own line and its summary indented below: one long usage no longer pads every line.
  return [
    'Atelier Coop — headless commands',
    '',
    'Usage: atelier <command> [arguments] [--data-dir DIR] [--json]',
    '',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Data folder: --data-dir, else ATELIER_DATA_DIR, else the per-user default.',
    'Exit codes: 0 ok, 1 failure, 2 bad usage (3: decision needed, 4: not ready).',
  ].join('\n');
}

/** Runs the CLI; returns the exit code (never calls process.exit, so tests can drive it). */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}". Run "atelier --help" for the list.`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL, ...(command.options ?? {}) }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message.split('\n')[0]} Usage: atelier ${command.usage}`);
    return EXIT.usage;
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags.help) {
    io.out(`Usage: atelier ${command.usage}\n${command.summary}`);
    return EXIT.ok;
  }
  const args = parsed.positionals;
  if (args.length < (command.minArgs ?? 0) || args.length > (command.maxArgs ?? Infinity)) {
    io.err(`Wrong number of arguments. Usage: atelier ${command.usage}`);
    return EXIT.usage;
  }
  const dataDir = (flags['data-dir'] as string | undefined) ?? defaultDataDir(env);
  if (command.standalone) return runStandalone(command.standalone, args, flags, { ...io, dataDir, json: flags.json === true });
  let app;
  try {
    app = await openApp({ dataDir, skipDailyBackup: env.ATELIER_SKIP_DAILY_BACKUP === '1' });
  } catch (error) {
    io.err(startFailureText(error, 'fr'));
    return EXIT.failure;
  }
  const dispatch = createDispatcher(app, () => undefined);
  const json = flags.json === true;
  try {
    return await command.run(args, flags, {
      ...io,
      app,
      dispatch,
      json,
      call: async (commandName, payload) => {
        const result = await dispatch(commandName, payload, { transport: 'cli' });
        if (result.ok) return result.value as never;
        const issues = (result.error.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues;
        const detail = issues?.length ? ` (${issues.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ')})` : '';
        throw new CliFailure(`${result.error.message}${detail}`, result.error.code === 'invalid_input' ? EXIT.usage : EXIT.failure, result.error.code, result.error.details);
      },
    });
  } catch (error) {
    if (error instanceof CliFailure) {
      if (json) io.err(JSON.stringify({ error: { code: error.code ?? 'failure', message: error.message, details: error.details } }));
      else io.err(error.message);
      return error.exitCode;
    }
    io.err(`Unexpected error: ${(error as Error).message}`);
    return EXIT.failure;
  } finally {
    app.close();
  }
}
