import { catalogueText, plural } from '../../src-shared/i18n';
import { issueText, type CommandIssue } from '../../src-shared/i18n/issue-text';
import { frenchSpacing } from '../../src-shared/i18n/typography';
import type { ReadinessItem } from '../../src-shared/method/readiness';

/**
 * The CLI speaks French, like the app: its own sentences are written here and in the commands, the app's
 * (errors, readiness, fields) come from the French catalogue. Option names and command names stay as typed.
 */

/** French spacing (narrow no-break space before « : », « ; »…), as the app's French has. */
export const say = (text: string): string => frenchSpacing(text);

const fr = (key: string, params: Record<string, string | number> = {}) => catalogueText('fr', key, params);

/** "Utilisation : atelier show <id>" */
export const usageLine = (usage: string): string => say(`Utilisation : atelier ${usage}`);

/** A readiness item's sentence in French. */
export function itemMessage(item: ReadinessItem): string {
  const params = { ...(item.params ?? {}) };
  if (item.rule === 'document_value' && typeof params.what === 'string') {
    const key = `documents.doc.what.${params.what}`;
    const named = catalogueText('fr', key);
    if (named !== key) params.what = named;
  }
  return catalogueText('fr', item.messageKey, params);
}

/** "3 changements", "1 changement", "0 changement". */
export const countOf = (count: number, one: string, other: string): string =>
  `${count} ${plural(count, 'fr', one, other)}`;

/** Where the app's advice is about its screens, the terminal's is about commands. */
const CLI_ERRORS: Record<string, string> = {
  not_found:
    'Ce qui est demandé n’existe pas ou plus : vérifiez l’identifiant (« atelier list --all » liste les programmes, corbeille comprise).',
  // Code and reason (details.reason), where the reason says more than the code.
  'conflict.no_voted_version':
    'Un avenant part d’une version votée : figez d’abord la version « telle que votée » dans l’Historique de l’application.',
};

/**
 * An error the app returned, in the officer's words: the code's sentence, then each refused value (its field
 * label, or its name as the command spells it, and what is wrong with it). Never the developer's English message.
 */
export function commandErrorText(code: string, details: unknown): string {
  const key = `errors.${code}`;
  const reason = (details as { reason?: unknown } | undefined)?.reason;
  const sentence =
    CLI_ERRORS[`${code}.${String(reason)}`] ??
    CLI_ERRORS[code] ??
    (catalogueText('fr', key) === key ? catalogueText('fr', 'errors.internal') : catalogueText('fr', key));
  const issues = (details as { issues?: CommandIssue[] } | undefined)?.issues ?? [];
  const lines = issues
    .slice(0, 10)
    .map((issue) => `- ${issueText(issue, fr, 'fr')}${issue.path ? ` (${issue.path})` : ''}`);
  return [say(sentence), ...lines.map(say)].join('\n');
}

/** An error of node's argument parser, in French: which option, and what it needs. */
export function parseArgsText(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say(`Option inconnue : ${option}.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message ?? ''))
    return say(`L’option ${option} ne prend pas de valeur.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return say(
      `L’option ${option} attend une valeur (pour une valeur qui commence par un tiret, écrivez ${option}=-valeur).`,
    );
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return say('Argument inattendu.');
  return say('Arguments non reconnus.');
}

/** A file the command was given and could not read, said without node's English (its code in brackets). */
export function unreadableText(file: string, error?: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'il n’existe pas'
      : code === 'EACCES' || code === 'EPERM'
        ? 'accès refusé'
        : code === 'EISDIR'
          ? 'c’est un dossier'
          : 'illisible';
  return say(`Impossible de lire le fichier ${file} (${why}).`);
}
