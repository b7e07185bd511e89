import type { TFunction } from 'i18next';
import { formatNumber } from '../../src-shared/i18n';
import type { Locale } from '../../src-shared/i18n/catalogues';

/** "245 Ko", "12,4 Mo" (decimal prefixes, as mail clients show them). */
export function formatSize(bytes: number, t: TFunction, locale: Locale): string {
  if (bytes < 1000) return t('archive.size.bytes', { value: formatNumber(bytes, locale, 0) });
  if (bytes < 1_000_000) return t('archive.size.kilo', { value: formatNumber(bytes / 1000, locale, 0) });
  return t('archive.size.mega', { value: formatNumber(bytes / 1_000_000, locale, 1) });
}
