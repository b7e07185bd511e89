import type { ProgrammeSummary } from '../../src-shared/api/core';
import type { EditResult } from '../../src-shared/api/define';
import { demoAuthoritySettings } from '../../src-shared/demo/authority';
import { catalogueText } from '../../src-shared/i18n';
import { AuthoritySettings } from '../../src-shared/model';
import type { CliCommand } from './types';

const line = (p: ProgrammeSummary) => `${p.id}  ${p.title}${p.deletedAt ? '  (corbeille)' : ''}`;

export const coreCliCommands: Record<string, CliCommand> = {
  list: {
    usage: 'list [--all]',
    summary: 'List programmes (--all includes the bin).',
    options: { all: { type: 'boolean' } },
    maxArgs: 0,
    async run(_args, flags, ctx) {
      const list = await ctx.call<ProgrammeSummary[]>('programme.list', { includeDeleted: flags.all === true });
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0) ctx.out('No programme yet. Create one with: atelier create --title "…"');
      else list.forEach((p) => ctx.out(line(p)));
      return 0;
    },
  },
  create: {
    usage: 'create --title <title>',
    summary: 'Create an empty programme and print its id.',
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
    summary: 'Print the programme snapshot as JSON.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const { snapshot } = await ctx.call<{ snapshot: unknown }>('programme.get', { programmeId: id });
      ctx.out(JSON.stringify(snapshot, null, 2));
      return 0;
    },
  },
  demo: {
    usage: 'demo',
    summary: 'Add the example programme and print its id; a data folder without settings also gets the example authority’s.',
    maxArgs: 0,
    async run(_args, _flags, ctx) {
      const created = await ctx.call<ProgrammeSummary>('programme.createDemo', {});
      // "No settings" is a folder where nothing was ever set: its settings are the defaults. Nothing else is overwritten.
      const current = await ctx.call<AuthoritySettings>('settings.get', {});
      let exampleAuthority: string | null = null;
      if (JSON.stringify(current) === JSON.stringify(AuthoritySettings.parse({}))) {
        exampleAuthority = (await ctx.call<AuthoritySettings>('settings.update', { fields: demoAuthoritySettings() })).name;
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
    summary: 'Undo the last change of a programme.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const result = await ctx.call<EditResult>('history.undo', { programmeId: id });
      ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `Undone (${result.changes.length} ${result.changes.length === 1 ? 'change' : 'changes'}).`);
      return 0;
    },
  },
  redo: {
    usage: 'redo <id>',
    summary: 'Redo the last undone change of a programme.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const result = await ctx.call<EditResult>('history.redo', { programmeId: id });
      ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `Redone (${result.changes.length} ${result.changes.length === 1 ? 'change' : 'changes'}).`);
      return 0;
    },
  },
};
