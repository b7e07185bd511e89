import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../src-shared/i18n/format';
import { budgetTotals } from '../../../src-shared/method/budget';
import { countryName, isLeastDevelopedCountry, LDC_LIST_DATE } from '../../../src-shared/method/countries';
import { explainRule, fundersCounted, SHIPPED_RULE_SETS, type RuleExplanation } from '../../../src-shared/method/rulesets';
import type { BudgetRule } from '../../../src-shared/model';
import { useProgramme, useSettings } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { CheckboxField, NumberCell } from '../../components/kit';

/** The co-financing rule set: pick one (or none), adjust thresholds, see each rule met or not. */
export function RuleSetPanel({ locale }: { locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const { snapshot } = p;
  const leadType = useSettings().authorityType;
  const settings = snapshot.budgetSettings;
  const set = settings.ruleSet;
  const totals = budgetTotals(snapshot);
  const title = (r: BudgetRule) =>
    t(`budget.rules.kinds.${r.kind}`, {
      who: 'funderKinds' in r ? fundersCounted(r.funderKinds, locale, leadType) : '',
      category: r.kind === 'min_category_share' ? t(`budget.categories.${r.category}`) : '',
    });
  const update = (ruleId: string, fields: Record<string, unknown>) => p.run('budget.updateRule', { programmeId: snapshot.id, ruleId, fields });
  const pct = (v: number) => `${formatNumber(v, locale)}\u202f%`;
  const measured = (e: RuleExplanation) => {
    if (e.status === 'disabled') return t('budget.rules.disabled');
    if (e.actual === null) return t('budget.rules.unknown');
    if (e.kind === 'duration_months') return t('budget.rules.measuredDuration', { actual: e.actual, min: e.limit, max: e.max ?? e.limit });
    const key = e.kind.startsWith('min_') ? 'measuredMin' : e.ldcLimit ? 'measuredMaxLdc' : 'measuredMax';
    return t(`budget.rules.${key}`, { actual: pct(e.actual), limit: pct(e.limit) });
  };
  const country = snapshot.framing.partnerCountry;
  const listed = isLeastDevelopedCountry(country);
  const listDate = formatDate(LDC_LIST_DATE, locale, 'long');

  return (
    <section aria-labelledby="budget-rules-title" className="budget-rules">
      <h2 id="budget-rules-title">{t('budget.rules.title')}</h2>
      <p className="step-intro">{t('budget.rules.intro')}</p>
      <div className="field">
        <label htmlFor="budget.ruleSet">{t('budget.rules.set')}</label>
        <select
          id="budget.ruleSet"
          value={set ? set.id : ''}
          onChange={(e) => {
            if (set && e.target.value === set.id) return;
            void p.run('budget.applyRuleSet', { programmeId: snapshot.id, ruleSetId: e.target.value || null }).catch(shownAsFailedSave);
          }}
        >
          <option value="">{t('budget.rules.none')}</option>
          {/* The programme's own copy (edited, or brought by an archive) stays selectable as it is. */}
          {set && !SHIPPED_RULE_SETS.some((s) => s.id === set.id) ? <option value={set.id}>{set.name}</option> : null}
          {SHIPPED_RULE_SETS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {/* The UN list decides for a country it holds; the officer answers only for another one. */}
      {listed === null ? (
        <>
          <p className="field-hint" id="budget-ldc-status">
            {t('budget.rules.ldcUnknownCountry', { date: listDate })}
          </p>
          <CheckboxField
            id="budget.leastDevelopedCountry"
            label={t('budget.rules.ldc')}
            value={settings.leastDevelopedCountry}
            onCommit={(leastDevelopedCountry) => p.updateSection('budgetSettings', { leastDevelopedCountry })}
          />
        </>
      ) : (
        <p className="budget-ldc-status" id="budget-ldc-status" data-testid="budget-ldc-status">
          {t(listed ? 'budget.rules.ldcListed' : 'budget.rules.ldcNotListed', { country: countryName(country, locale), date: listDate })}
        </p>
      )}
      {set ? (
        <ul className="budget-rule-list">
          {set.rules.map((rule) => {
            const explained = explainRule(rule, snapshot, totals);
            const violated = explained.status === 'not_met';
            const id = (f: string) => `budget.rule.${rule.id}.${f}`;
            return (
              <li key={rule.id} className={violated ? 'rule-violated' : 'rule-ok'} data-testid={`budget-rule-${rule.id}`}>
                <div className="budget-rule-head">
                  <strong>{title(rule)}</strong>
                  {explained.status === 'met' || violated ? (
                    <span className={violated ? 'status-blocking' : 'status-ok'}>
                      <span aria-hidden="true">{violated ? '⚠ ' : '✓ '}</span>
                      {violated ? t('budget.rules.violated') : t('budget.rules.ok')}
                    </span>
                  ) : null}
                </div>
                <p className="budget-rule-actual">{measured(explained)}</p>
                <div className="budget-rule-fields">
                  <label className="inline-check">
                    <input type="checkbox" checked={rule.enabled} onChange={(e) => void update(rule.id, { enabled: e.target.checked }).catch(shownAsFailedSave)} />
                    {t('budget.rules.enabled')}
                  </label>
                  {rule.kind === 'duration_months' ? (
                    <>
                      <label htmlFor={id('min')}>{t('budget.rules.min')}</label>
                      <NumberCell id={id('min')} label={t('budget.rules.min')} value={rule.min} integer min={0} max={600} nullable={false} onCommit={(min) => update(rule.id, { min })} />
                      <label htmlFor={id('max')}>{t('budget.rules.max')}</label>
                      <NumberCell id={id('max')} label={t('budget.rules.max')} value={rule.max} integer min={0} max={600} nullable={false} onCommit={(max) => update(rule.id, { max })} />
                    </>
                  ) : (
                    <>
                      <label htmlFor={id('percent')}>{t('budget.rules.percent')}</label>
                      <NumberCell id={id('percent')} label={t('budget.rules.percent')} value={rule.percent} min={0} max={100} nullable={false} onCommit={(percent) => update(rule.id, { percent })} />
                      {rule.kind === 'max_funder_share' ? (
                        <>
                          <label htmlFor={id('percentLdc')}>{t('budget.rules.percentLdc')}</label>
                          <NumberCell id={id('percentLdc')} label={t('budget.rules.percentLdc')} value={rule.percentLdc} min={0} max={100} onCommit={(percentLdc) => update(rule.id, { percentLdc })} />
                        </>
                      ) : null}
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
