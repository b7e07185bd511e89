import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { GeneratedFile } from '../../src-shared/api/documents';
import type { ReadinessItem } from '../../src-shared/method/readiness';
import { langFlag, readGivenFile, requiredFlag } from './fields';
import { countOf, itemMessage } from './messages';
import { CliFailure, EXIT, type CliCommand, type CliContext } from './types';

/** Exit code when the final documents are refused because something is missing (as `check`). */
const EXIT_NOT_READY = 4;

export async function refusedOrThrow<T>(ctx: CliContext, run: () => Promise<T>): Promise<T | number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliFailure && error.code === 'document_incomplete') {
      const items = (error.details as { items?: ReadinessItem[] } | undefined)?.items ?? [];
      if (ctx.json) ctx.err(JSON.stringify({ error: { code: error.code, items } }, null, 2));
      else {
        ctx.err(
          `Version définitive refusée : ${countOf(items.length, 'élément bloquant', 'éléments bloquants')} à compléter (ou utilisez --draft) :`,
        );
        for (const item of items)
          ctx.err(`- [${item.step}] ${itemMessage(item)}${item.focus ? ` (champ ${item.focus})` : ''}`);
      }
      return EXIT_NOT_READY;
    }
    throw error;
  }
}

export const documentsCliCommands: Record<string, CliCommand> = {
  docs: {
    usage: 'docs <id> --out <dossier> [--draft] [--lang fr|en] [--template modèle.docx]',
    summary: 'Écrit le dossier de délibération (.docx) : version définitive, sauf avec --draft ; code 4 quand quelque chose l’empêche.',
    options: {
      out: { type: 'string' },
      draft: { type: 'boolean' },
      lang: { type: 'string' },
      template: { type: 'string' },
    },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = requiredFlag(flags, 'out', this.usage);
      const lang = langFlag(flags);
      const draft = flags.draft === true;
      const templatePath = flags.template as string | undefined;
      const templateBase64 = templatePath ? readGivenFile(templatePath).toString('base64') : undefined;
      const result = await refusedOrThrow(ctx, () =>
        ctx.call<{ files: GeneratedFile[]; markers: number }>('documents.generate', {
          programmeId: id,
          draft,
          locale: lang,
        }),
      );
      if (typeof result === 'number') return result;
      const files = result.files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.base64, 'base64') }));
      const unknown = new Set<string>();
      if (templateBase64) {
        for (const kind of ['rapport', 'deliberation'] as const) {
          const filled = await ctx.call<{ base64: string; unknown: string[] }>('template.fill', {
            programmeId: id,
            kind,
            base64: templateBase64,
            draft,
            locale: lang,
          });
          const target = files[result.files.findIndex((f) => f.kind === kind)];
          if (target) target.bytes = Buffer.from(filled.base64, 'base64');
          filled.unknown.forEach((u) => unknown.add(u));
        }
      }
      mkdirSync(out, { recursive: true });
      for (const f of files) writeFileSync(join(out, basename(f.name)), f.bytes);
      if (ctx.json)
        ctx.out(
          JSON.stringify(
            {
              folder: resolve(out),
              files: files.map((f) => f.name),
              markers: result.markers,
              unknownPlaceholders: [...unknown],
            },
            null,
            2,
          ),
        );
      else {
        files.forEach((f) => ctx.out(join(out, basename(f.name))));
        if (draft && result.markers)
          ctx.out(`Brouillon : ${countOf(result.markers, 'valeur manquante signalée', 'valeurs manquantes signalées')} en surligné.`);
        if (unknown.size)
          ctx.out(`Espaces réservés inconnus du modèle (laissés tels quels) : ${[...unknown].join(', ')}`);
      }
      return EXIT.ok;
    },
  },
  xlsx: {
    usage: 'xlsx <id> --out <fichier.xlsx> [--budget] [--lang fr|en]',
    summary: 'Exporte le cadre logique (ou, avec --budget, le budget) dans un classeur Excel.',
    options: { out: { type: 'string' }, budget: { type: 'boolean' }, lang: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = requiredFlag(flags, 'out', this.usage);
      const locale = langFlag(flags);
      const result = await ctx.call<{ base64: string }>(
        flags.budget ? 'xlsx.exportBudget' : 'xlsx.exportLogframe',
        { programmeId: id, locale },
      );
      writeFileSync(out, Buffer.from(result.base64, 'base64'));
      ctx.out(ctx.json ? JSON.stringify({ file: resolve(out) }) : out);
      return EXIT.ok;
    },
  },
  'xlsx-import': {
    usage: 'xlsx-import <fichier.xlsx> [--into <id>] [--title <titre>]',
    summary:
      'Importe un cadre logique d’un classeur .xlsx présenté comme l’export : dans un programme, ou comme un nouveau.',
    options: { into: { type: 'string' }, title: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([file], flags, ctx) {
      const base64 = readGivenFile(file!).toString('base64');
      const into = flags.into as string | undefined;
      if (into) {
        const result = await ctx.call<{ changes: unknown[] }>('xlsx.importLogframe', {
          programmeId: into,
          base64,
        });
        ctx.out(
          ctx.json
            ? JSON.stringify(result, null, 2)
            : `Cadre logique importé dans ${into} (${countOf(result.changes.length, 'changement', 'changements')}).`,
        );
      } else {
        const title = (flags.title as string | undefined) ?? basename(file!).replace(/\.xlsx$/i, '');
        const created = await ctx.call<{ id: string; rows: number }>('xlsx.importLogframeAsNew', {
          base64,
          title,
        });
        ctx.out(ctx.json ? JSON.stringify(created, null, 2) : created.id);
      }
      return EXIT.ok;
    },
  },
};
