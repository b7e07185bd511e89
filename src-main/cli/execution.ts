import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PHASES, type Phase } from '../../src-shared/model';
import { refusedOrThrow } from './documents';
import { countOf } from './messages';
import { CliFailure, EXIT, type CliCommand } from './types';

/** After the vote: the yearly or final report, the phase, execution entries from a file (issue 14). */

const PHASE_WORDS: Record<Phase, string> = { draft: 'en préparation', voted: 'voté', in_execution: 'en exécution', closed: 'clôturé' };

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliFailure(`Cannot read ${path}: ${(error as Error).message}`, EXIT.usage);
  }
}

function yearOf(value: string | boolean | undefined, usage: string): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliFailure(`Missing or invalid --year (2000–2100). Usage: atelier ${usage}`, EXIT.usage);
  return year;
}

const REPORT_USAGE = 'report <id> --year <YYYY> --out <dir> [--final] [--draft] [--lang fr|en]';
const PHASE_USAGE = `phase <id> <${PHASES.join('|')}> [--assessment text] [--lessons text] [--sustainability text]`;
const EXECUTION_USAGE = 'execution <id> --file <entries.json>';

export const executionCliCommands: Record<string, CliCommand> = {
  report: {
    usage: REPORT_USAGE,
    summary: 'Write the technical and financial report of a year (--final: the closing report). Final version unless --draft; exit 4 when something is missing.',
    options: { year: { type: 'string' }, out: { type: 'string' }, final: { type: 'boolean' }, draft: { type: 'boolean' }, lang: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const out = flags.out as string | undefined;
      if (!out) throw new CliFailure(`Missing --out <dir>. Usage: atelier ${REPORT_USAGE}`, EXIT.usage);
      const year = yearOf(flags.year, REPORT_USAGE);
      const lang = (flags.lang as string | undefined) ?? 'fr';
      if (lang !== 'fr' && lang !== 'en') throw new CliFailure('--lang must be fr or en.', EXIT.usage);
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
    summary: 'Move the programme to another phase (voting and starting need the frozen « as voted » version; closing needs the final report’s texts).',
    options: { assessment: { type: 'string' }, lessons: { type: 'string' }, sustainability: { type: 'string' } },
    minArgs: 2,
    maxArgs: 2,
    async run([id, phase], flags, ctx) {
      if (!(PHASES as readonly string[]).includes(phase!)) throw new CliFailure(`Unknown phase "${phase}". Usage: atelier ${PHASE_USAGE}`, EXIT.usage);
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
              ? 'figez d’abord la version « telle que votée » à l’étape Documents de l’application.'
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
    summary: 'Add spending and receipt entries from a JSON file { "expenditures": [...], "receipts": [...] }: all of them, or none when one is invalid.',
    options: { file: { type: 'string' } },
    minArgs: 1,
    maxArgs: 1,
    async run([id], flags, ctx) {
      const path = flags.file as string | undefined;
      if (!path) throw new CliFailure(`Missing --file <entries.json>. Usage: atelier ${EXECUTION_USAGE}`, EXIT.usage);
      let data: unknown;
      try {
        data = JSON.parse(readText(path));
      } catch (error) {
        if (error instanceof CliFailure) throw error;
        throw new CliFailure(`${path} is not valid JSON: ${(error as Error).message}`, EXIT.usage);
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new CliFailure(`${path} must hold an object { "expenditures": [...], "receipts": [...] }.`, EXIT.usage);
      const { expenditures, receipts, ...rest } = data as Record<string, unknown>;
      if (Object.keys(rest).length) throw new CliFailure(`Unknown key(s) in ${path}: ${Object.keys(rest).join(', ')}.`, EXIT.usage);
      const result = await ctx.call<{ added: number }>('execution.import', { programmeId: id, expenditures: expenditures ?? [], receipts: receipts ?? [] });
      ctx.out(ctx.json ? JSON.stringify({ added: result.added }) : `${countOf(result.added, 'écriture ajoutée', 'écritures ajoutées')}.`);
      return EXIT.ok;
    },
  },
};
