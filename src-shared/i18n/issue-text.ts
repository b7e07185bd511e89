import { CATALOGUES, type Locale } from './catalogues';

/** One refused value as the dispatcher reports it (zod issue: dotted path, code, English message). */
export interface CommandIssue {
  path: string;
  code?: string;
  message: string;
}

type Translate = (key: string, params?: Record<string, string>) => string;

/**
 * A refused value in the officer's words: the field's own label (the labels the history and conflict
 * review use) and what is wrong with it, by zod issue code; never zod's English text or a code name.
 */
export function issueText(issue: CommandIssue, t: Translate, locale: Locale): string {
  const labels = CATALOGUES[locale].history.fields as Record<string, string>;
  const field = issue.path
    .split('.')
    .reverse()
    .find((part) => Object.hasOwn(labels, part));
  const issues = CATALOGUES[locale].common.issues as Record<string, string>;
  // A value not given at all is « missing », not of the wrong type (zod says "received undefined").
  const code =
    issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'missing' : issue.code;
  const problem = t(`common.issues.${code && Object.hasOwn(issues, code) ? code : 'custom'}`);
  return field
    ? t('common.issues.field', { field: labels[field]!, problem })
    : t('common.issues.anyField', { problem });
}
