import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activityBudgets } from '../../../src-shared/method/activity-costs';
import { hrefOf } from '../../router';
import { useSnapshot } from '../../state/programme';
import { money } from './money';

/** Each activity's cost in the logframe beside its attached budget lines; differences stand out. */
export function ActivityCosts({ locale }: { locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const rows = useMemo(() => activityBudgets(snapshot), [snapshot]);
  const differing = rows.filter((r) => r.gap !== null && r.gap !== 0).length;
  return (
    <section aria-labelledby="budget-activity-costs-title" className="budget-activity-costs">
      <h2 id="budget-activity-costs-title">{t('budget.activityCosts.title')}</h2>
      <p className="step-intro">{t('budget.activityCosts.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('budget.activityCosts.none')}</p>
      ) : (
        <>
          {differing > 0 ? (
            <p className="status-todo" role="status" data-testid="activity-cost-differences">
              <span aria-hidden="true">⚠ </span>
              {t('budget.activityCosts.differences', { count: differing })}
            </p>
          ) : null}
          <div className="table-scroll">
            <table className="table activity-costs-table">
              <thead>
                <tr>
                  <th scope="col">{t('budget.activityCosts.activity')}</th>
                  <th scope="col" className="num">
                    {t('budget.activityCosts.stated')}
                  </th>
                  <th scope="col">{t('budget.activityCosts.lines')}</th>
                  <th scope="col" className="num">
                    {t('budget.activityCosts.linesTotal')}
                  </th>
                  <th scope="col">{t('budget.activityCosts.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.activityId} data-testid={`activity-cost-${r.code}`}>
                    <th scope="row">
                      <a id={`activityCost.${r.activityId}`} href={hrefOf.programme(snapshot.id, 'logframe', `logframe.${r.activityId}.cost`)}>
                        <strong>{r.code}</strong> {r.text}
                      </a>
                    </th>
                    <td className="num">{r.stated === null ? t('budget.activityCosts.noStated') : money(r.stated, locale)}</td>
                    <td>
                      {r.lines.length === 0 ? (
                        t('budget.activityCosts.noLine')
                      ) : (
                        <ul className="compact-list">
                          {r.lines.map((l) => (
                            <li key={l.id}>
                              {l.label || t('common.noName')} — {money(l.amount, locale)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="num">{money(r.linesTotal, locale)}</td>
                    <td>
                      {r.gap === null ? null : r.gap === 0 ? (
                        <span className="status-ok">
                          <span aria-hidden="true">✓ </span>
                          {t('budget.activityCosts.agree')}
                        </span>
                      ) : (
                        <span className="status-todo">
                          <span aria-hidden="true">⚠ </span>
                          {t('budget.activityCosts.differ', { gap: money(r.gap, locale) })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
