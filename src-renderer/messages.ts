import { CATALOGUES, type Locale } from '../src-shared/i18n';
import { interfaceNumber } from '../src-shared/i18n/format';
import { frenchSpacing } from '../src-shared/i18n/typography';

/** How the interface's messages are built (no DOM here, so unit tests run the very same options). */

/** French typography for every interface string, applied once: catalogue authors type ordinary spaces. */
function typesetDeep(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetDeep(v)]));
  return value;
}

/** Message parameters that name something the officer wrote: never shown empty ("La ligne «  »"). */
const NAME_PARAMS = new Set(['name', 'label', 'title', 'who', 'wording', 'partner', 'programme', 'ofName', 'representedBy']);

/**
 * Every value put into a message passes here: numbers are written the locale's way ("655,957",
 * "−180 000", see interfaceNumber) and an empty name reads "sans intitulé".
 */
export function messageValue(value: unknown, key: string | undefined, locale: Locale): unknown {
  if (typeof value === 'number') return interfaceNumber(value, locale);
  if (typeof value === 'string' && value.trim() === '' && key && NAME_PARAMS.has(key)) return CATALOGUES[locale].common.noName;
  return value;
}

export const messageFormatter = {
  type: 'formatter' as const,
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format: string | undefined, lng: string | undefined, options?: { interpolationkey?: string }) =>
    messageValue(value, options?.interpolationkey, lng === 'en' ? 'en' : 'fr'),
};

/** The options the interface's i18next runs with (tests build an instance from them too). */
export const i18nOptions = (lng: Locale) => ({
  resources: { fr: { translation: typesetDeep(CATALOGUES.fr) as typeof CATALOGUES.fr }, en: { translation: CATALOGUES.en } },
  lng,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});

