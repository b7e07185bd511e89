import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { catalogueText } from '../../src-shared/i18n';
import { formatDate } from '../../src-shared/i18n/format';
import { say, unreadableText, usageLine } from './messages';
import { CliFailure, EXIT } from './types';

const fr = (key: string, params: Record<string, string | number> = {}) => catalogueText('fr', key, params);
// Zod's own French messages (« Trop grand : … »), so a refused value reads in the CLI's language.
const zodFrench = z.locales.fr().localeError;

/**
 * Where JSON.parse stopped, in French (its own message is English): « ligne 3, colonne 14 » when it gives a
 * position, else the unexpected character and the text around it, as it quotes them.
 */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = Number(/at position (\d+)/.exec(message)?.[1]);
  if (Number.isInteger(position)) {
    const before = text.slice(0, position).split('\n');
    return say(
      `caractère inattendu ligne ${before.length}, colonne ${before.at(-1)!.length + 1} (vérifiez guillemets, virgules et accolades).`,
    );
  }
  const quoted = /^Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(
    message,
  );
  // The quoted JSON is given as it is, not respaced as French.
  if (quoted)
    return `caractère inattendu «\u202f${quoted[1]}\u202f» dans «\u202f${quoted[2]!.replace(/\s+/g, ' ').trim()}\u202f» (vérifiez guillemets, virgules et accolades).`;
  return say('le texte s’arrête avant la fin ou contient un caractère inattendu.');
}

/** A file a command was given (`--file`, an archive, a template…), or a French refusal saying why it cannot be read. */
export function readGivenFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliFailure(unreadableText(path, error), EXIT.usage);
  }
}

/** The JSON object of a `--file` (`set` commands): anything else is refused before the data folder is touched. */
export function readFieldsFile(file: string, example: string): Record<string, unknown> {
  const text = readGivenFile(file).toString('utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(
      fr('settings.cli.fileNotJson', { file, reason: jsonErrorPlace(text, error) }),
      EXIT.usage,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliFailure(fr('settings.cli.fileNotObject', { file, example }), EXIT.usage);
  }
  const fields = value as Record<string, unknown>;
  if (Object.keys(fields).length === 0) throw new CliFailure(fr('settings.cli.nothing', { file }), EXIT.usage);
  return fields;
}

/**
 * A partial update checked field by field against the model: unknown names, then bad values, each refused with
 * its French label (`labelKey` + name in the catalogue), exit 2. The service validates again when it writes.
 */
export function checkFields(schema: z.ZodObject, fields: Record<string, unknown>, file: string, labelKey: string): void {
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(fields).filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new CliFailure(fr('settings.cli.unknownFields', { file, names: unknown.join(', '), known: known.join(', ') }), EXIT.usage);
  }
  const lines: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const result = (schema.shape[name] as z.ZodType).safeParse(value, { error: zodFrench });
    if (result.success) continue;
    for (const issue of result.error.issues.slice(0, 5)) {
      const path = [name, ...issue.path.map(String)].join('.');
      // Zod says « date ISO invalide »: show the form expected.
      // A rule of the model (each CP year once) says its own words: « <catalogue>.cli.rules.<field> ».
      const rule = `${labelKey.split('.')[0]}.cli.rules.${name}`;
      const message =
        issue.code === 'invalid_format' && issue.format === 'date'
          ? `${issue.message} ${fr('settings.cli.dateForm')}`
          : issue.code === 'custom' && fr(rule) !== rule
            ? fr(rule)
            : issue.message;
      lines.push(fr('settings.cli.invalidValue', { label: fr(`${labelKey}.${name}`), path, message }));
    }
  }
  if (lines.length) throw new CliFailure([fr('settings.cli.invalidValues', { file }), ...lines].join('\n'), EXIT.usage);
}

/** One value as a person reads it: labels for coded values, a name for a file, « — » when empty. */
function shown(key: string, value: unknown, labels: string): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return fr('session.cli.empty');
  if (key === 'sessionDate' && typeof value === 'string') return `${formatDate(value, 'fr', 'long')} (${value})`;
  if (key === 'logo' && typeof value === 'object') return (value as { mimeType: string }).mimeType;
  if (key === 'wordTemplate' && typeof value === 'object') return (value as { name: string }).name;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') {
    const label = catalogueText('fr', `${labels}.${key}.${value}`);
    return label.startsWith(`${labels}.`) ? value : `${label} (${value})`;
  }
  return String(value);
}

/** « Label (name) : value » lines, in the model's order, so a reader finds the name to put in a --file. */
export function fieldLines(object: Record<string, unknown>, fieldLabels: string, valueLabels: string): string[] {
  return Object.entries(object).map(([key, value]) => `${fr(`${fieldLabels}.${key}`)} (${key})\u202f: ${shown(key, value, valueLabels)}`);
}

export function subcommand(args: string[], usage: string, arity: Record<string, number>): string {
  const [action, ...rest] = args;
  if (!action || !(action in arity) || rest.length !== arity[action])
    throw new CliFailure(usageLine(usage), EXIT.usage);
  return action;
}

export function fileFlag(flags: Record<string, string | boolean | undefined>, usage: string): string {
  if (typeof flags.file !== 'string') throw new CliFailure(usageLine(usage), EXIT.usage);
  return flags.file;
}

/** `--lang`: the documents' language, French unless asked otherwise. */
export function langFlag(flags: Record<string, string | boolean | undefined>): 'fr' | 'en' {
  const value = flags.lang ?? 'fr';
  if (value !== 'fr' && value !== 'en') throw new CliFailure(say('--lang vaut fr ou en.'), EXIT.usage);
  return value;
}

/** A flag the command cannot do without (`--out`, `--year`…). */
export function requiredFlag(
  flags: Record<string, string | boolean | undefined>,
  name: string,
  usage: string,
): string {
  const value = flags[name];
  if (typeof value !== 'string' || !value)
    throw new CliFailure(`${say(`Il manque --${name}.`)} ${usageLine(usage)}`, EXIT.usage);
  return value;
}

/** A calendar year between 2000 and 2100, as `--year` gives it. */
export function yearFlag(flags: Record<string, string | boolean | undefined>, usage: string): number {
  const text = requiredFlag(flags, 'year', usage);
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2100))
    throw new CliFailure(
      `${say('--year attend une année entre 2000 et 2100.')} ${usageLine(usage)}`,
      EXIT.usage,
    );
  return year;
}
