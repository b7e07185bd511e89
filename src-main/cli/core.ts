import type { ProgrammeSummary } from '../../src-shared/api/core';
import type { EditResult } from '../../src-shared/api/define';
import { demoSettingsFor } from '../../src-shared/demo';
import { catalogueText } from '../../src-shared/i18n';
import { AUTHORITY_TYPES, AuthoritySettings, type AuthorityType } from '../../src-shared/model';
import { countOf, say } from './messages';
import type { CliCommand } from './types';

const line = (p: ProgrammeSummary) => `${p.id}  ${p.title}${p.deletedAt ? '  (corbeille)' : ''}`;

export const coreCliCommands: Record<string, CliCommand> = {
  list: {
    usage: 'list [--all]',
    summary: 'Liste les programmes (--all : corbeille comprise).',
    options: { all: { type: 'boolean' } },
    maxArgs: 0,
    async run(_args, flags, ctx) {
      const list = await ctx.call<ProgrammeSummary[]>('programme.list', { includeDeleted: flags.all === true });
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0)
        ctx.out(say('Aucun programme pour l’instant. Créez-en un : atelier create --title « … »'));
      else list.forEach((p) => ctx.out(line(p)));
      return 0;
    },
  },
  create: {
    usage: 'create --title <titre>',
    summary: 'Crée un programme vide et affiche son identifiant.',
    options: { title: { type: 'string' } },
    maxArgs: 0,
    async run(_args, flags, ctx) {
      const created = await ctx.call<ProgrammeSummary>('programme.create', { title: flags.title });
      ctx.out(ctx.json ? JSON.stringify(created, null, 2) : created.id);
      return 0;
    },
  },
  show: {
    usage: 'show <id>',
    summary: 'Affiche le contenu du programme en JSON.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const { snapshot } = await ctx.call<{ snapshot: unknown }>('programme.get', { programmeId: id });
      ctx.out(JSON.stringify(snapshot, null, 2));
      return 0;
    },
  },
  demo: {
    usage: 'demo [--author departement|commune|epci|region|association]',
    summary:
      'Ajoute le programme d’exemple d’un type d’auteur (le département par défaut) et affiche son identifiant ; un dossier de données sans paramètres reçoit aussi ceux de la collectivité d’exemple.',
    options: { author: { type: 'string' } },
    maxArgs: 0,
    async run(_args, flags, ctx) {
      const author = flags.author === undefined ? 'departement' : flags.author;
      if (typeof author !== 'string' || !(AUTHORITY_TYPES as readonly string[]).includes(author)) {
        ctx.err(catalogueText('fr', 'leadAuthors.cli.unknownType', { value: String(author), known: AUTHORITY_TYPES.join(', ') }));
        return 2;
      }
      const type = author as AuthorityType;
      const created = await ctx.call<ProgrammeSummary>('programme.createDemo', { author: type });
      // "No settings" is a folder where nothing was ever set: its settings are the defaults. Nothing else is overwritten.
      const current = await ctx.call<AuthoritySettings>('settings.get', {});
      let exampleAuthority: string | null = null;
      if (JSON.stringify(current) === JSON.stringify(AuthoritySettings.parse({}))) {
        exampleAuthority = (await ctx.call<AuthoritySettings>('settings.update', { fields: demoSettingsFor(type) })).name;
      } else if (current.authorityType !== type) {
        ctx.err(catalogueText('fr', 'leadAuthors.cli.otherType', { type: catalogueText('fr', `leadAuthors.types.${current.authorityType}`) }));
      }
      if (ctx.json) ctx.out(JSON.stringify({ ...created, exampleSettings: exampleAuthority !== null }, null, 2));
      else {
        ctx.out(created.id);
        if (exampleAuthority !== null) ctx.err(catalogueText('fr', 'settings.cli.demoWritten', { name: exampleAuthority }));
      }
      return 0;
    },
  },
  undo: {
    usage: 'undo <id>',
    summary: 'Annule la dernière modification d’un programme.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const result = await ctx.call<EditResult>('history.undo', { programmeId: id });
      ctx.out(
        ctx.json
          ? JSON.stringify(result, null, 2)
          : `Annulé (${countOf(result.changes.length, 'changement', 'changements')}).`,
      );
      return 0;
    },
  },
  redo: {
    usage: 'redo <id>',
    summary: 'Rétablit la dernière modification annulée d’un programme.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const result = await ctx.call<EditResult>('history.redo', { programmeId: id });
      ctx.out(
        ctx.json
          ? JSON.stringify(result, null, 2)
          : `Rétabli (${countOf(result.changes.length, 'changement', 'changements')}).`,
      );
      return 0;
    },
  },
};
