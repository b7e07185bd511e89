import { catalogueText } from '../../src-shared/i18n';
import { formatMoney } from '../../src-shared/i18n/format';
import { SessionParticulars } from '../../src-shared/model';
import { checkFields, fieldLines, fileFlag, readFieldsFile, subcommand } from './fields';
import { EXIT, type CliCommand, type CliContext } from './types';

const fr = (key: string, params: Record<string, string | number> = {}) => catalogueText('fr', key, params);

async function showSession(id: string, ctx: CliContext): Promise<number> {
  const { snapshot } = await ctx.call<{ snapshot: { session: SessionParticulars } }>('programme.get', { programmeId: id });
  const session = snapshot.session;
  if (ctx.json) {
    ctx.out(JSON.stringify(session, null, 2));
    return EXIT.ok;
  }
  const { paymentCredits, ...rest } = session;
  for (const line of fieldLines(rest, 'session.fields', 'session')) ctx.out(line);
  const total = paymentCredits.reduce((sum, c) => sum + Math.round(c.amount * 100), 0) / 100;
  ctx.out(
    `${fr('session.fields.paymentCredits')} (paymentCredits)\u202f: ${
      paymentCredits.length ? fr('session.cli.creditsTotal', { total: formatMoney(total, 'fr', { cents: true }) }) : fr('session.cli.empty')
    }`,
  );
  for (const credit of paymentCredits) ctx.out(`  ${credit.year}\u202f: ${formatMoney(credit.amount, 'fr', { cents: true })}`);
  return EXIT.ok;
}

export const sessionCliCommands: Record<string, CliCommand> = {
  session: {
    usage: 'session show <id> [--json] | set <id> --file <F.json>',
    summary:
      'Affiche le passage en séance d’un programme, ou en modifie certains champs à partir d’un objet JSON de noms de champs.',
    options: { file: { type: 'string' } },
    minArgs: 2,
    maxArgs: 2,
    async run(args, flags, ctx) {
      const action = subcommand(args, this.usage, { show: 1, set: 1 });
      const id = args[1]!;
      if (action === 'show') return showSession(id, ctx);
      const file = fileFlag(flags, this.usage);
      const fields = readFieldsFile(file, 'sessionDate');
      checkFields(SessionParticulars, fields, file, 'session.fields');
      const { snapshot } = await ctx.call<{
        snapshot: { session: SessionParticulars; framing: { title: string } };
      }>('programme.get', { programmeId: id });
      const result = await ctx.call<{ changes: unknown[] }>('section.update', {
        programmeId: id,
        section: 'session',
        fields,
      });
      if (ctx.json) return showSession(id, ctx);
      ctx.out(result.changes.length ? fr('session.cli.saved', { title: snapshot.framing.title }) : fr('session.cli.unchanged'));
      return EXIT.ok;
    },
  },
};
