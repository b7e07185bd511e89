import { writeFileSync } from 'node:fs';
import type { ArchiveInspection, ImportResult } from '../../src-shared/api/archive';
import { jsonErrorPlace, readGivenFile } from './fields';
import { say, usageLine } from './messages';
import { CliFailure, EXIT, type CliCommand } from './types';

/** Exit code when the import needs a decision (conflicts, or keep-both/replace). */
const DECISION_NEEDED = 3;

const IMPORT_MODES: Record<Extract<ImportResult, { status: 'imported' }>['mode'], string> = {
  new: 'nouveau programme',
  merged: 'fusionné',
  'keep-both': 'importé à côté de l’existant',
  replace: 'remplacé',
  unchanged: 'déjà à jour',
};

/** A password file holds the password on its first line (a trailing newline is not part of it). */
function password(flags: Record<string, string | boolean | undefined>): string | undefined {
  const file = flags['password-file'];
  if (typeof file !== 'string') return undefined;
  const value = readGivenFile(file).toString('utf8').replace(/\r?\n$/, '');
  if (!value) throw new CliFailure(say(`Le fichier de mot de passe ${file} est vide.`), EXIT.usage);
  return value;
}

const readArchive = (file: string): string => readGivenFile(file).toString('base64');

export const archiveCliCommands: Record<string, CliCommand> = {
  archive: {
    usage: 'archive export <id> <fichier> | import <fichier> [--strategy merge|keep-both|replace] [--decisions f] | inspect <fichier>  [--password-file f]',
    summary: 'Exporte un programme dans un fichier .atelier, en importe un (code 3 et les conflits en JSON quand une décision est à prendre), ou en décrit un.',
    options: { 'password-file': { type: 'string' }, strategy: { type: 'string' }, decisions: { type: 'string' } },
    minArgs: 2,
    maxArgs: 3,
    async run(args, flags, ctx) {
      const [action, first, second] = args as [string, string, string | undefined];
      if (action === 'export') {
        if (!second) throw new CliFailure(usageLine('archive export <id> <fichier>'), EXIT.usage);
        const out = await ctx.call<{ base64: string; size: number; warnLarge: boolean; exportId: string }>(
          'archive.export',
          {
            programmeId: first,
            ...(password(flags) ? { password: password(flags) } : {}),
          },
        );
        writeFileSync(second, Buffer.from(out.base64, 'base64'));
        if (ctx.json)
          ctx.out(
            JSON.stringify({
              file: second,
              size: out.size,
              exportId: out.exportId,
              warnLarge: out.warnLarge,
            }),
          );
        else
          ctx.out(
            say(
              `${second} (${out.size.toLocaleString('fr-FR')} octets)${out.warnLarge ? ' — plus de 10 Mo : il risque de ne pas passer par courriel.' : ''}`,
            ),
          );
        return EXIT.ok;
      }
      if (second !== undefined) throw new CliFailure(usageLine(this.usage), EXIT.usage);
      if (action === 'inspect') {
        const info = await ctx.call<ArchiveInspection>('archive.inspect', {
          base64: readArchive(first),
          ...(password(flags) ? { password: password(flags) } : {}),
        });
        ctx.out(JSON.stringify(info, null, 2));
        return EXIT.ok;
      }
      if (action === 'import') {
        const strategy = flags.strategy ?? 'merge';
        if (!['merge', 'keep-both', 'replace'].includes(strategy as string))
          throw new CliFailure(
            say('--strategy vaut merge (fusionner), keep-both (garder les deux) ou replace (remplacer).'),
            EXIT.usage,
          );
        let decisions: unknown = {};
        if (typeof flags.decisions === 'string') {
          const text = readGivenFile(flags.decisions).toString('utf8');
          try {
            decisions = JSON.parse(text);
          } catch (error) {
            throw new CliFailure(
              `${say(`Le fichier de décisions ${flags.decisions} n’est pas du JSON valide :`)} ${jsonErrorPlace(text, error)}`,
              EXIT.usage,
            );
          }
        }
        const result = await ctx.call<ImportResult>('archive.import', {
          base64: readArchive(first),
          strategy,
          decisions,
          ...(password(flags) ? { password: password(flags) } : {}),
        });
        if (result.status !== 'imported') {
          // The caller decides: conflicts (or the lack of a base) go to stdout as JSON.
          ctx.out(JSON.stringify(result, null, 2));
          return DECISION_NEEDED;
        }
        ctx.out(
          ctx.json ? JSON.stringify(result, null, 2) : `${result.programmeId} (${IMPORT_MODES[result.mode]})`,
        );
        return EXIT.ok;
      }
      throw new CliFailure(`${say(`Action inconnue « ${action} ».`)} ${usageLine(this.usage)}`, EXIT.usage);
    },
  },
};
