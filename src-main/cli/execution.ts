import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PHASES, type Phase } from '../../src-shared/model';
import { refusedOrThrow } from './documents';
import { jsonErrorPlace, langFlag, readGivenFile, requiredFlag, yearFlag } from './fields';
import { countOf, say, usageLine } from './messages';
import { CliFailure, EXIT, type CliCommand } from './types';

/** After the vote: the yearly or final report, the phase, execution entries from a file (issue 14). */

const PHASE_WORDS: Record<Phase, string> = { draft: 'en préparation', voted: 'voté', in_execution: 'en exécution', closed: 'clôturé' };

const REPORT_USAGE = 'report <id> --year <AAAA> --out <dossier> [--final] [--draft] [--lang fr|en]';
const PHASE_USAGE = `phase <id> <${PHASES.join('|')}> [--assessment texte] [--lessons texte] [--sustainability texte]`;
const EXECUTION_USAGE = 'execution <id> --file <écritures.json>';

export const executionCliCommands: Record<string, CliCommand> = {
  report: {
    usage: REPORT_USAGE,
    summary: 'Écrit le compte rendu technique et financier d’une année (--final : le rapport final) : version définitive, sauf avec --draft ; code 4 quand quelque chose manque.',
    options: { year: { type: 'string' }, out: { type: 'string' }, final: { type: 'boolean' }, draft: { type: 'boolean' }, lang: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = requiredFlag(flags, 'out', REPORT_USAGE);
      const year = yearFlag(flags, REPORT_USAGE);
      const lang = langFlag(flags);
      const draft = flags.draft === true;
      const result = await refusedOrThrow(ctx, () =>
        ctx.call<{ fileName: string; base64: string; markers: number }>('documents.report', { programmeId: id, year, final: flags.final === true, draft, locale: lang }),
      );
      if (typeof result === 'number') return result;
      mkdirSync(out, { recursive: true });
      const file = join(out, basename(result.fileName));
      writeFileSync(file, Buffer.from(result.base64, 'base64'));
      if (ctx.json) ctx.out(JSON.stringify({ file: resolve(file), markers: result.markers }, null, 2));
      else {
        ctx.out(file);
        if (draft && result.markers) ctx.out(`Brouillon : ${countOf(result.markers, 'valeur manquante signalée', 'valeurs manquantes signalées')} en surligné.`);
      }
      return EXIT.ok;
    },
  },
  phase: {
    usage: PHASE_USAGE,
    summary: 'Fait passer le programme à une autre phase (le vote et le démarrage demandent la version figée « telle que votée », la clôture les textes du rapport final).',
    options: { assessment: { type: 'string' }, lessons: { type: 'string' }, sustainability: { type: 'string' } },
    minArgs: 2,
    maxArgs: 2,
    async run([id, phase], flags, ctx) {
      if (!(PHASES as readonly string[]).includes(phase!))
        throw new CliFailure(`${say(`Phase inconnue « ${phase} ».`)} ${usageLine(PHASE_USAGE)}`, EXIT.usage);
      const final = {
        ...(typeof flags.assessment === 'string' ? { finalAssessment: flags.assessment } : {}),
        ...(typeof flags.lessons === 'string' ? { lessonsLearned: flags.lessons } : {}),
        ...(typeof flags.sustainability === 'string' ? { sustainability: flags.sustainability } : {}),
      };
      try {
        await ctx.call('execution.setPhase', { programmeId: id, phase, ...(Object.keys(final).length ? { final } : {}) });
      } catch (error) {
        if (error instanceof CliFailure && error.code === 'phase_refused') {
          const details = error.details as { reason?: string; missing?: string[] } | undefined;
          const why =
            details?.reason === 'no_voted_version'
              ? 'figez d’abord la version « telle que votée » dans l’Historique de l’application.'
              : details?.reason === 'final_report_missing'
                ? `le rapport final demande ${details.missing?.map((m) => `--${m === 'finalAssessment' ? 'assessment' : m === 'lessonsLearned' ? 'lessons' : 'sustainability'}`).join(', ')}.`
                : 'ce changement n’est pas possible depuis la phase actuelle.';
          throw new CliFailure(`Changement de phase refusé : ${why}`, EXIT.failure, error.code, error.details);
        }
        throw error;
      }
      const now = ctx.app.programmes.get(id!).execution.phase;
      ctx.out(ctx.json ? JSON.stringify({ phase: now }) : `Le programme est maintenant ${PHASE_WORDS[now]}.`);
      return EXIT.ok;
    },
  },
  execution: {
    usage: EXECUTION_USAGE,
    summary: 'Ajoute des dépenses et des recettes à partir d’un fichier JSON { "expenditures": [...], "receipts": [...] } : toutes, ou aucune quand l’une n’est pas valide.',
    options: { file: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const path = requiredFlag(flags, 'file', EXECUTION_USAGE);
      let data: unknown;
      const text = readGivenFile(path).toString('utf8');
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new CliFailure(
          `${say(`Le fichier ${path} n’est pas du JSON valide :`)} ${jsonErrorPlace(text, error)}`,
          EXIT.usage,
        );
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new CliFailure(
          say(`Le fichier ${path} doit contenir un objet { "expenditures": [...], "receipts": [...] }.`),
          EXIT.usage,
        );
      const { expenditures, receipts, ...rest } = data as Record<string, unknown>;
      if (Object.keys(rest).length)
        throw new CliFailure(
          say(
            `Clés inconnues dans ${path} : ${Object.keys(rest).join(', ')} (seules expenditures et receipts sont lues).`,
          ),
          EXIT.usage,
        );
      const result = await ctx.call<{ added: number }>('execution.import', {
        programmeId: id,
        expenditures: expenditures ?? [],
        receipts: receipts ?? [],
      });
      ctx.out(
        ctx.json
          ? JSON.stringify({ added: result.added })
          : `${countOf(result.added, 'écriture ajoutée', 'écritures ajoutées')}.`,
      );
      return EXIT.ok;
    },
  },
};
