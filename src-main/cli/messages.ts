import { catalogueText, plural } from '../../src-shared/i18n';
import type { ReadinessItem } from '../../src-shared/method/readiness';

/** A readiness item's sentence in French (the CLI speaks French, like the app). */
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
export const countOf = (count: number, one: string, other: string): string => `${count} ${plural(count, 'fr', one, other)}`;
