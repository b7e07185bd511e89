import { formatMoney } from '../../../src-shared/i18n/format';

/** "12 345 €", with cents only when there are some (a gap of 0,50 € must not read "1 €"). */
export const money = (amount: number, locale: 'fr' | 'en') => formatMoney(amount, locale, { cents: !Number.isInteger(Math.round(amount * 100) / 100) });
