import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES, DEFAULT_LOCALE, type Locale } from '../src-shared/i18n';

const KEY = 'atelier.lang';

export function storedLocale(): Locale {
  const value = localStorage.getItem(KEY);
  return value === 'en' || value === 'fr' ? value : DEFAULT_LOCALE;
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: CATALOGUES.fr }, en: { translation: CATALOGUES.en } },
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
