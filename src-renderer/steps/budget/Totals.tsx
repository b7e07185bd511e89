import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../src-shared/i18n/format';
import type { BudgetTotals } from '../../../src-shared/method/budget';
import { BUDGET_CATEGORIES } from '../../../src-shared/model';
import { money } from './money';

/** Totals per category, per year (expenses and revenue) and per side and nature. */
export function Totals({ totals, locale }: { totals: BudgetTotals; locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const share = (v: number) => formatPercent(totals.expenses > 0 ? v / totals.expenses : 0, locale);
  return (
    <section aria-labelledby="budget-totals-title" className="budget-totals">
      <h2 id="budget-totals-title">{t('budget.totals.title')}</h2>
      <div className="budget-totals-grid">
        <table className="table">
          <caption>{t('budget.totals.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.totals.category')}</th>
              <th scope="col" className="num">{t('budget.totals.amount')}</th>
              <th scope="col" className="num">{t('budget.totals.share')}</th>
            </tr>
          </thead>
          <tbody>
            {BUDGET_CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t(`budget.categories.${c}`)}</th>
                <td className="num">{money(totals.byCategory[c], locale)}</td>
                <td className="num">{share(totals.byCategory[c])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>{t('budget.totals.byYear')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.totals.year')}</th>
              <th scope="col" className="num">{t('budget.totals.expenses')}</th>
              <th scope="col" className="num">{t('budget.totals.revenue')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.byYear.map((y) => (
              <tr key={y.year ?? 'none'}>
                <th scope="row">{y.year ?? t('budget.totals.noYear')}</th>
                <td className="num">{money(y.expenses, locale)}</td>
                <td className="num">{money(y.revenue, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>{t('budget.totals.bySide')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.totals.item')}</th>
              <th scope="col" className="num">{t('budget.totals.amount')}</th>
              <th scope="col" className="num">{t('budget.totals.share')}</th>
            </tr>
          </thead>
          <tbody>
            {(['france', 'partner'] as const).map((side) => (
              <tr key={side}>
                <th scope="row">{t(`budget.sides.${side}`)}</th>
                <td className="num">{money(totals.bySide[side], locale)}</td>
                <td className="num">{share(totals.bySide[side])}</td>
              </tr>
            ))}
            {(['cash', 'in_kind'] as const).map((nature) => (
              <tr key={nature}>
                <th scope="row">{t(`budget.natures.${nature}`)}</th>
                <td className="num">{money(totals.byNature[nature], locale)}</td>
                <td className="num">{share(totals.byNature[nature])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
