import { CommandError } from '../../src-shared/api/errors';
import { backupStatuses, restoreBackup } from '../services/recovery';
import { commandErrorText, say, usageLine } from './messages';
import { CliFailure, EXIT, type CliCommand, type CliIo } from './types';

type Standalone = NonNullable<CliCommand['standalone']>;

/** Runs a recovery command; a CommandError is said with the catalogue's French sentence and its code. */
export async function runStandalone(
  run: Standalone,
  args: string[],
  flags: Record<string, string | boolean | undefined>,
  ctx: CliIo & { dataDir: string; json: boolean },
): Promise<number> {
  try {
    return await run(args, flags, ctx);
  } catch (error) {
    if (error instanceof CliFailure) {
      ctx.err(error.message);
      return error.exitCode;
    }
    if (error instanceof CommandError) {
      ctx.err(
        ctx.json
          ? JSON.stringify({ error: { code: error.code, message: commandErrorText(error.code, error.details), details: error.details } })
          : `${commandErrorText(error.code, error.details)} (${error.code})`,
      );
      return EXIT.failure;
    }
    ctx.err(say(`Erreur inattendue : ${(error as Error).message}`));
    return EXIT.failure;
  }
}

const sizeText = (bytes: number) => `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 0 })}\u202fKo`;

export const recoveryCliCommands: Record<string, CliCommand> = {
  backups: {
    usage: 'backups list | restore <nom>',
    summary:
      'Liste les sauvegardes du dossier de données (la plus récente d’abord, chacune vérifiée), ou en restaure une (même quand la base est endommagée).',
    minArgs: 1,
    maxArgs: 2,
    run: async () => EXIT.usage,
    standalone: async ([verb, name], _flags, ctx) => {
      if (verb === 'list') {
        const list = backupStatuses(ctx.dataDir);
        if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
        else if (list.length === 0) ctx.out(say(`Aucune sauvegarde dans ${ctx.dataDir}/backups.`));
        else for (const b of list) ctx.out(say(`${b.name}  ${sizeText(b.size)}  ${b.problem ? `inutilisable : ${b.problem}` : 'saine'}`));
        return EXIT.ok;
      }
      if (verb === 'restore' && name) {
        const out = await restoreBackup(ctx.dataDir, name);
        if (ctx.json) ctx.out(JSON.stringify(out, null, 2));
        else {
          ctx.out(say(`Sauvegarde restaurée : ${out.restored}.`));
          if (out.keptAside) ctx.out(say(`Le fichier endommagé est conservé à part : ${out.keptAside}.`));
          if (out.safetyBackup) ctx.out(say(`L’état précédent est sauvegardé : ${out.safetyBackup}.`));
        }
        return EXIT.ok;
      }
      throw new CliFailure(usageLine('backups list | restore <nom>'), EXIT.usage);
    },
  },
};
