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
import { commandErrorText, parseArgsText, say, usageLine } from './messages';
import { CliFailure, EXIT, type CliCommand, type CliIo } from './types';

export const COMMANDS: Record<string, CliCommand> = {
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
    'Atelier Coop — commandes sans fenêtre',
    '',
    usageLine('<commande> [arguments] [--data-dir DOSSIER] [--json]'),
    '',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${say(c.summary)}`]),
    '',
    say('Dossier de données : --data-dir, sinon ATELIER_DATA_DIR, sinon celui de l’utilisateur.'),
    say('Codes de sortie : 0 réussi, 1 échec, 2 commande mal formée (3 : décision à prendre, 4 : pas prêt).'),
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
    io.err(say(`Commande inconnue « ${name} » : « atelier --help » donne la liste.`));
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL, ...(command.options ?? {}) }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${parseArgsText(error)} ${usageLine(command.usage)}`);
    return EXIT.usage;
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags.help) {
    io.out(`${usageLine(command.usage)}\n${say(command.summary)}`);
    return EXIT.ok;
  }
  const args = parsed.positionals;
  if (args.length < (command.minArgs ?? 0) || args.length > (command.maxArgs ?? Infinity)) {
    io.err(
      `${say(args.length < (command.minArgs ?? 0) ? 'Il manque un argument.' : 'Trop d’arguments.')} ${usageLine(command.usage)}`,
    );
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
        const { code, details } = result.error;
        throw new CliFailure(
          commandErrorText(code, details),
          code === 'invalid_input' ? EXIT.usage : EXIT.failure,
          code,
          details,
        );
      },
    });
  } catch (error) {
    if (error instanceof CliFailure) {
      if (json) io.err(JSON.stringify({ error: { code: error.code ?? 'failure', message: error.message, details: error.details } }));
      else io.err(error.message);
      return error.exitCode;
    }
    io.err(say(`Erreur inattendue : ${(error as Error).message}`));
    return EXIT.failure;
  } finally {
    app.close();
  }
}
