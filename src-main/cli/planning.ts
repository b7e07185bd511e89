import type { ReadinessReport } from '../../src-shared/api/planning';
import { countOf, itemMessage } from './messages';
import type { CliCommand } from './types';

/** Exit code of `check` when the programme is not ready for the deliberation. */
export const EXIT_NOT_READY = 4;

export const planningCliCommands: Record<string, CliCommand> = {
  check: {
    usage: 'check <id> [--json]',
    summary:
      'Vérifie que le programme est prêt pour la délibération : code 0 quand il l’est, 4 quand quelque chose manque.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const report = await ctx.call<ReadinessReport>('readiness.check', { programmeId: id });
      if (ctx.json) {
        ctx.out(JSON.stringify(report.items, null, 2));
      } else if (report.ready) {
        ctx.out('Prêt pour la délibération\u202f: rien ne manque.');
      } else {
        ctx.out(`${countOf(report.items.length, 'point', 'points')} à compléter avant la délibération\u202f:`);
        for (const item of report.items) {
          const mark = item.severity === 'blocking' ? 'bloquant' : 'à vérifier';
          ctx.out(`- [${item.step}] ${itemMessage(item)} (${mark}${item.focus ? `\u202f; champ ${item.focus}` : ''})`);
        }
      }
      return report.ready ? 0 : EXIT_NOT_READY;
    },
  },
};
