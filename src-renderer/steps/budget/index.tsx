import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetTotals } from '../../../src-shared/method/budget';
import { logframeCodes } from '../../../src-shared/method/numbering';
import { ruleSetViolations } from '../../../src-shared/method/rulesets';
import { FinancingChart } from '../../components/FinancingChart';
import { useProgramme } from '../../state/programme';
import { ActivityCosts } from './ActivityCosts';
import { BalanceBar } from './BalanceBar';
import { Currency } from './Currency';
import { Funders } from './Funders';
import { LinesTable } from './LinesTable';
import { RuleSetPanel } from './RuleSetPanel';
import { Totals } from './Totals';
import './budget.css';

/**
 * An activity's wording as its option shows it: whole up to about forty characters, else cut at a word
 * with "…", so the select shows its whole value in the table (the select's title and the activity
 * costs table give the whole wording).
 */
export function shortWording(text: string, max = 42): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export default function BudgetStep() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const p = useProgramme();
  const { snapshot } = p;
  const totals = useMemo(() => budgetTotals(snapshot), [snapshot]);
  const violations = useMemo(() => ruleSetViolations(snapshot), [snapshot]);
  const activities = useMemo(() => {
    const codes = logframeCodes(snapshot.logframe);
    return snapshot.logframe
      .filter((r) => r.level === 'activity')
      .map((r) => ({ value: r.id, label: `${codes.get(r.id) ?? ''} ${shortWording(r.text)}`.trim() }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr', { numeric: true }));
  }, [snapshot.logframe]);

  return (
    <div className="budget-screen">
      <h1>{t('budget.title')}</h1>
      <p className="step-intro">{t('budget.intro')}</p>
      <BalanceBar totals={totals} settings={snapshot.budgetSettings} locale={locale} />
      {violations.length > 0 ? (
        <div className="banner banner-warning" role="status">
          <span aria-hidden="true">⚠</span>
          <p>
            {t('budget.rules.violationsCount', { count: violations.length })}
          </p>
        </div>
      ) : null}
      <LinesTable activities={activities} locale={locale} total={totals.expenses} />
      <ActivityCosts locale={locale} />
      <Funders totals={totals} locale={locale} />
      <section aria-labelledby="budget-chart-title">
        <h2 id="budget-chart-title">{t('budget.chart.title')}</h2>
        <FinancingChart
          total={totals.revenue}
          slices={totals.byFunder.map((f) => ({ id: f.funderId, label: f.name || t('budget.funders.unnamed'), amount: f.total, share: f.share }))}
        />
      </section>
      <Totals totals={totals} locale={locale} />
      <RuleSetPanel locale={locale} />
      <Currency />
    </div>
  );
}
