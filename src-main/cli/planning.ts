import type { ReadinessReport } from '../../src-shared/api/planning';
import { CATALOGUES } from '../../src-shared/i18n';
import { formatNumber } from '../../src-shared/i18n/format';
import type { CliCommand } from './types';

/** Exit code of `check` when the programme is not ready for the deliberation. */
export const EXIT_NOT_READY = 4;

/** Resolves "readiness.rules.x" in the French catalogue and fills {{params}} (the CLI speaks French, like the app). */
function message(key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES.fr);
  const text = typeof template === 'string' ? template : key;
  return text.replace(/\{\{(\w+)(?:,\s*number)?\}\}/g, (_m, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, 'fr') : String(value ?? '');
  });
}

export const planningCliCommands: Record<string, CliCommand> = {
  check: {
    usage: 'check <id> [--json]',
    summary: 'Readiness check for the deliberation: exit 0 when ready, 4 when something is missing.',
    minArgs: 1,
    maxArgs: 1,
    async run([id], _flags, ctx) {
      const report = await ctx.call<ReadinessReport>('readiness.check', { programmeId: id });
      if (ctx.json) {
        ctx.out(JSON.stringify(report.items, null, 2));
      } else if (report.ready) {
        ctx.out('Prêt pour la délibération\u202f: rien ne manque.');
      } else {
        ctx.out(`${report.items.length} point(s) à compléter avant la délibération\u202f:`);
        for (const item of report.items) {
          const mark = item.severity === 'blocking' ? 'bloquant' : 'à vérifier';
          ctx.out(`- [${item.step}] ${message(item.messageKey, item.params)} (${mark}${item.focus ? `\u202f; champ ${item.focus}` : ''})`);
        }
      }
      return report.ready ? 0 : EXIT_NOT_READY;
    },
  },
};
