import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/i18n/format';
import type { BudgetTotals } from '../../../src-shared/method/budget';
import { toPartnerCurrency } from '../../../src-shared/method/budget';
import type { BudgetSettings } from '../../../src-shared/model';
import { money } from './money';

/** Always visible (sticky): expenses, revenue and the gap, with the status in words and an icon. */
export function BalanceBar({ totals, settings, locale }: { totals: BudgetTotals; settings: BudgetSettings; locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const gap = Math.abs(totals.balance);
  const status = totals.balanced ? t('budget.balance.balanced') : t(totals.balance < 0 ? 'budget.balance.deficit' : 'budget.balance.surplus', { amount: money(gap, locale) });
  const partner = settings.partnerCurrency ? toPartnerCurrency(totals.expenses, settings.exchangeRate) : null;
  return (
    <section id="budget.balance" tabIndex={-1} className={`budget-balance ${totals.balanced ? 'is-balanced' : 'is-unbalanced'}`} aria-label={t('budget.balance.label')}>
      <dl>
        <div>
          <dt>{t('budget.balance.expenses')}</dt>
          <dd data-testid="budget-expenses">{money(totals.expenses, locale)}</dd>
        </div>
        <div>
          <dt>{t('budget.balance.revenue')}</dt>
          <dd data-testid="budget-revenue">{money(totals.revenue, locale)}</dd>
        </div>
        <div>
          <dt>{t('budget.balance.gap')}</dt>
          <dd>{money(totals.balance, locale)}</dd>
        </div>
      </dl>
      <p className={totals.balanced ? 'status-ok' : 'status-blocking'} role="status" data-testid="budget-status">
        <span aria-hidden="true">{totals.balanced ? '✓ ' : '⚠ '}</span>
        {status}
      </p>
      {partner !== null && settings.partnerCurrency ? (
        <p className="budget-partner-currency">
          {t('budget.balance.partner', {
            amount: formatMoney(partner, locale, { currency: settings.partnerCurrency }),
            rate: settings.exchangeRate,
            currency: settings.partnerCurrency,
          })}
        </p>
      ) : null}
    </section>
  );
}
