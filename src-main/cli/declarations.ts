import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { AmendmentView } from '../../src-shared/api/declarations';
import { catalogueText } from '../../src-shared/i18n';
import { amountInDocument } from '../../src-shared/i18n/typography';
import type { ActesAct } from '../../src-shared/method/actes';
import { authorProfile } from '../../src-shared/method/lead-author';
import type { AuthoritySettings } from '../../src-shared/model';
import type { ApdTotal } from '../../src-shared/method/apd';
import type { ScdlProblem, ScdlRow } from '../../src-shared/method/scdl';
import { refusedOrThrow } from './documents';
import { langFlag, requiredFlag, yearFlag } from './fields';
import { countOf } from './messages';
import { CliFailure, EXIT, type CliCommand } from './types';

/** Exit code when something the act needs is missing (as `check` and `docs`). */
const EXIT_NOT_READY = 4;
const euros = (n: number) => amountInDocument(n, 'fr').replace(/\u202f|\u00a0/g, ' ');

/** What the amendment changes, one line each, in French (the CLI speaks French, like the app). */
function differenceLines(view: AmendmentView): string[] {
  const d = view.diff;
  const t = (key: string, params: Record<string, string | number>) => catalogueText('fr', `declarations.screen.amendment.${key}`, params);
  return [
    ...(d.total ? [t('total', { before: euros(d.total.before), after: euros(d.total.after) })] : []),
    ...d.funders.map((f) => t('funder', { name: f.name, before: euros(f.before.total), after: euros(f.after.total) })),
    ...(d.period ? [t('period', { before: `${d.period.before.start ?? '?'} – ${d.period.before.end ?? '?'}`, after: `${d.period.after.start ?? '?'} – ${d.period.after.end ?? '?'}` })] : []),
    ...d.activities.added.map((a) => t('added', { code: a.code, text: a.text })),
    ...d.activities.removed.map((a) => t('removed', { code: a.code, text: a.text })),
    ...d.activities.renamed.map((a) => t('renamed', { code: a.code, text: a.text, before: a.before })),
    ...d.parties.changed.map((x) => t('party', { before: x.before.name, after: x.after.name })),
    ...d.parties.added.map((x) => t('partyAdded', { name: x.name })),
    ...d.parties.removed.map((x) => t('partyRemoved', { name: x.name })),
  ];
}

const problemText = (p: ScdlProblem) => catalogueText('fr', `declarations.screen.transmission.scdlProblems.${p.problem}`, { field: p.field });

export const declarationsCliCommands: Record<string, CliCommand> = {
  avenant: {
    usage: 'avenant <id> --out <dossier> [--draft] [--version <id de version>] [--lang fr|en]',
    summary: 'Écrit l’avenant à la dernière version votée et sa délibération (.docx) ; code 4 quand quelque chose l’empêche.',
    options: { out: { type: 'string' }, draft: { type: 'boolean' }, version: { type: 'string' }, lang: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = requiredFlag(flags, 'out', this.usage);
      const locale = langFlag(flags);
      const versionId = flags.version as string | undefined;
      const ref = { programmeId: id, ...(versionId ? { versionId } : {}) };
      const view = await ctx.call<AmendmentView>('amendment.differences', ref);
      const result = await refusedOrThrow(ctx, () =>
        ctx.call<{ files: Array<{ fileName: string; base64: string }>; markers: number }>('amendment.generate', {
          ...ref,
          draft: flags.draft === true,
          locale,
        }),
      );
      if (typeof result === 'number') return result;
      mkdirSync(out, { recursive: true });
      const written = result.files.map((f) => {
        const path = join(out, basename(f.fileName));
        writeFileSync(path, Buffer.from(f.base64, 'base64'));
        return path;
      });
      if (ctx.json) ctx.out(JSON.stringify({ folder: resolve(out), files: written.map((p) => basename(p)), number: view.number, diff: view.diff, reread: view.reread, markers: result.markers }, null, 2));
      else {
        written.forEach((p) => ctx.out(p));
        ctx.out(`Avenant n° ${view.number} à la version ${view.version.number} (délibération ${view.version.deliberationNumber}) :`);
        differenceLines(view).forEach((line) => ctx.out(`- ${line}`));
        for (const key of view.reread) {
          const article = view.articles.find((a) => a.key === key);
          ctx.err(`À relire : le texte de l’article ${article?.n ?? '?'} a été rédigé pour la version votée ; vérifiez qu’il énonce les nouveaux montants et dates.`);
        }
        if (flags.draft === true && result.markers)
          ctx.out(`Brouillon : ${countOf(result.markers, 'valeur manquante signalée', 'valeurs manquantes signalées')} en surligné.`);
      }
      return EXIT.ok;
    },
  },
  scdl: {
    usage: 'scdl <id> --out <fichier.csv>',
    summary: 'Écrit la délibération comme une ligne du schéma SCDL « délibérations » (CSV, UTF-8) ; code 4 tant que la ligne enfreint le schéma.',
    options: { out: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = requiredFlag(flags, 'out', this.usage);
      const sheet = await ctx.call<{ acts: ActesAct[]; scdl: { row: ScdlRow; problems: ScdlProblem[] } }>(
        'declarations.transmission',
        { programmeId: id },
      );
      const settings = await ctx.call<AuthoritySettings>('settings.get', {});
      // Refused input, as a bad flag or a bad entry is (exit 2): an association's acts have no SCDL row.
      if (!authorProfile(settings.authorityType).publicLaw)
        throw new CliFailure(catalogueText('fr', 'declarations.screen.transmission.notApplicable'), EXIT.usage, 'invalid_input');
      if (sheet.scdl.problems.length) {
        if (ctx.json) ctx.err(JSON.stringify({ error: { code: 'scdl_invalid', problems: sheet.scdl.problems } }, null, 2));
        else {
          ctx.err(`Ligne SCDL refusée : ${countOf(sheet.scdl.problems.length, 'champ à corriger', 'champs à corriger')} :`);
          sheet.scdl.problems.forEach((p) => ctx.err(`- ${problemText(p)}`));
        }
        return EXIT_NOT_READY;
      }
      const { csv } = await ctx.call<{ csv: string }>('declarations.scdl', { programmeId: id });
      writeFileSync(out, csv, 'utf8');
      ctx.out(ctx.json ? JSON.stringify({ file: resolve(out), row: sheet.scdl.row }) : out);
      return EXIT.ok;
    },
  },
  apd: {
    usage: 'apd --year <AAAA> --out <fichier.xlsx> [--lang fr|en]',
    summary: 'Écrit le classeur e-APD d’une année civile : chaque programme par pays partenaire et code objet CAD, en numéraire et en nature.',
    options: { year: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    minArgs: 0,
    maxArgs: 0,
    async run(_args, flags, ctx) {
      const year = yearFlag(flags, this.usage);
      const out = requiredFlag(flags, 'out', this.usage);
      const result = await ctx.call<{ base64: string; totals: ApdTotal[] }>('declarations.apd', {
        year,
        locale: langFlag(flags),
      });
      writeFileSync(out, Buffer.from(result.base64, 'base64'));
      if (ctx.json) ctx.out(JSON.stringify({ file: resolve(out), totals: result.totals }, null, 2));
      else {
        ctx.out(out);
        for (const t of result.totals) ctx.out(`- ${t.country || '?'} ${t.purposeCode} : ${euros(t.cash)} en numéraire, ${euros(t.inKind)} en nature`);
      }
      return EXIT.ok;
    },
  },
};
