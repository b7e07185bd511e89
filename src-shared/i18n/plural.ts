import { CATALOGUES, type Locale } from './catalogues';
import { formatNumber } from './format';
import { frenchSpacing } from './typography';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * One of two forms by the count, as each language's grammar wants: in French 0 and 1 take the singular
 * ("0 atelier", "1 atelier", "2 ateliers"), in English only 1 does. Never "atelier(s)" in a council document.
 */
export function plural<T>(count: number, locale: Locale, one: T, other: T): T {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count) === 'one' ? one : other;
}

/**
 * A catalogue entry by dotted key, filled with {{params}}, outside React (CLI, documents). Like i18next, a plural
 * entry is stored as `key_one` / `key_other` and picked by `params.count`. Unknown keys come back as the key itself.
 */
export function catalogueText(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const parts = key.split('.');
  const leaf = parts.pop()!;
  const parent = parts.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[locale]) as
    | Record<string, unknown>
    | undefined;
  const count = params.count;
  const entry =
    parent?.[leaf] ?? (typeof count === 'number' ? parent?.[plural(count, locale, `${leaf}_one`, `${leaf}_other`)] : undefined);
  if (typeof entry !== 'string') return key;
  // As the app's screens do (i18n.ts): French strings get their narrow no-break spaces.
  const text = locale === 'fr' ? frenchSpacing(entry) : entry;
  const filled = text.replace(/\{\{(\w+)(?:,\s*number)?\}\}/g, (_m, name: string) => {
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, locale) : String(value ?? '');
  });
  // Nesting, as i18next does after interpolation: "$t(documents.doc.what.seat)" becomes that entry's text.
  return filled.replace(/\$t\(([\w.]+)\)/g, (_m, nested: string) => catalogueText(locale, nested));
}
