import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES, DEFAULT_LOCALE, type Locale } from '../src-shared/i18n';
import { frenchSpacing } from '../src-shared/i18n/typography';

const KEY = 'atelier.lang';

export function storedLocale(): Locale {
  const value = localStorage.getItem(KEY);
  return value === 'en' || value === 'fr' ? value : DEFAULT_LOCALE;
}

/** French typography for every interface string, applied once: catalogue authors type ordinary spaces. */
function typesetDeep(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetDeep(v)]));
  return value;
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: typesetDeep(CATALOGUES.fr) as typeof CATALOGUES.fr }, en: { translation: CATALOGUES.en } },
    lng: storedLocale(),
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export const currentLocale = (): Locale => (i18next.language === 'en' ? 'en' : 'fr');
