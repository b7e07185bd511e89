import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '../src-shared/i18n';
import { i18nOptions, messageFormatter } from './messages';

const KEY = 'atelier.lang';

export function storedLocale(): Locale {
  const value = localStorage.getItem(KEY);
  return value === 'en' || value === 'fr' ? value : DEFAULT_LOCALE;
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).use(messageFormatter).init(i18nOptions(storedLocale()));
  document.documentElement.lang = i18next.language;
}

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export const currentLocale = (): Locale => (i18next.language === 'en' ? 'en' : 'fr');
