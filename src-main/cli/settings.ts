import { catalogueText } from '../../src-shared/i18n';
import { AuthoritySettings } from '../../src-shared/model';
import { checkFields, fieldLines, fileFlag, readFieldsFile, subcommand } from './fields';
import { say } from './messages';
import { EXIT, type CliCommand } from './types';

const fr = (key: string, params: Record<string, string | number> = {}) => catalogueText('fr', key, params);

export const settingsCliCommands: Record<string, CliCommand> = {
  settings: {
    usage: 'settings show [--json] | set --file <F.json> | repair',
    summary:
      'Affiche les paramètres de la collectivité, en modifie certains à partir d’un objet JSON de noms de champs (partiel, vérifié), ou répare des paramètres endommagés (champs lisibles gardés, après une sauvegarde).',
    options: { file: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run(args, flags, ctx) {
      const action = subcommand(args, this.usage, { show: 0, set: 0, repair: 0 });
      if (action === 'repair') {
        const out = await ctx.call<{ reset: string[]; backup: string | null }>('settings.repair', {});
        if (ctx.json) ctx.out(JSON.stringify(out, null, 2));
        else if (!out.backup) ctx.out(say('Les paramètres sont sains : rien à réparer.'));
        else {
          ctx.out(say(`Paramètres réparés (sauvegarde préalable : ${out.backup}).`));
          ctx.out(say(out.reset.includes('*') ? 'Le contenu n’était pas lisible : tous les champs sont à ressaisir.' : `Champs remis à vide : ${out.reset.join(', ') || 'aucun'}.`));
        }
        return EXIT.ok;
      }
      if (action === 'show') {
        const settings = await ctx.call<AuthoritySettings>('settings.get', {});
        if (ctx.json) ctx.out(JSON.stringify(settings, null, 2));
        else for (const line of fieldLines(settings, 'settings.fields', 'settings')) ctx.out(line);
        return EXIT.ok;
      }
      const file = fileFlag(flags, this.usage);
      const fields = readFieldsFile(file, 'presidentName');
      checkFields(AuthoritySettings, fields, file, 'settings.fields');
      const before = JSON.stringify(await ctx.call('settings.get', {}));
      const after = await ctx.call<AuthoritySettings>('settings.update', { fields });
      if (ctx.json) ctx.out(JSON.stringify(after, null, 2));
      else ctx.out(JSON.stringify(after) === before ? fr('settings.cli.unchanged') : fr('settings.cli.saved'));
      return EXIT.ok;
    },
  },
};
