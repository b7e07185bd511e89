import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../src-shared/i18n/format';
import type { BudgetTotals } from '../../../src-shared/method/budget';
import { FUNDER_KINDS } from '../../../src-shared/model';
import { useProgramme } from '../../state/programme';
import { money } from './money';
import { focusWhenReady } from '../../components/focusWhenReady';
import { shownAsFailedSave } from '../../state/store';
import { NumberCell, SelectCell, TextCell } from '../../components/kit';

/** Funders, each with its contributions per year (cash or in kind), its total and its share. */
export function Funders({ totals, locale }: { totals: BudgetTotals; locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const { funders, contributions } = p.snapshot;
  const defaultYear = p.snapshot.framing.startDate ? Number(p.snapshot.framing.startDate.slice(0, 4)) : null;
  const addFunder = async () => {
    const id = await p.add('funders', { kind: funders.length === 0 ? 'lead_authority' : 'other' });
    focusWhenReady(`funder.${id}.name`);
  };
  const addContribution = async (funderId: string) => {
    const id = await p.add('contributions', { funderId, year: defaultYear });
    focusWhenReady(`contribution.${id}.amount`);
  };
  return (
    <section aria-labelledby="budget-funders-title">
      <h2 id="budget-funders-title">{t('budget.funders.title')}</h2>
      {funders.length === 0 ? <p className="empty">{t('budget.funders.none')}</p> : null}
      <div className="budget-funders">
        {funders.map((f, index) => {
          const n = index + 1;
          const name = f.name || t('budget.funders.unnamed');
          const total = totals.byFunder.find((x) => x.funderId === f.id);
          const mine = contributions.filter((c) => c.funderId === f.id);
          const cell = (column: string, m: number) => t('budget.funders.contribution', { column: t(`budget.funders.columns.${column}`), n: m, name });
          return (
            <article key={f.id} className="budget-funder" aria-label={name}>
              <div className="budget-funder-head">
                <TextCell id={`funder.${f.id}.name`} label={t('budget.funders.name', { n })} value={f.name} multiline={false} onCommit={(v) => p.update('funders', f.id, { name: v })} className="budget-funder-name" />
                <SelectCell
                  id={`funder.${f.id}.kind`}
                  label={t('budget.funders.kind', { n })}
                  value={f.kind}
                  options={FUNDER_KINDS.map((k) => ({ value: k, label: t(`budget.funders.kinds.${k}`) }))}
                  onCommit={(kind) => kind && p.update('funders', f.id, { kind })}
                />
                <span className="budget-funder-total">
                  {t('budget.funders.summary', { total: money(total?.total ?? 0, locale), share: formatPercent(total?.share ?? 0, locale) })}
                </span>
                <button
                  type="button"
                  className="button-danger"
                  aria-label={t('budget.funders.remove', { name })}
                  onClick={() => window.confirm(t('budget.funders.removeConfirm', { name })) && void p.remove('funders', f.id).catch(shownAsFailedSave)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
              {mine.length > 0 ? (
                <table className="table budget-contributions">
                  <thead>
                    <tr>
                      <th scope="col">{t('budget.funders.columns.year')}</th>
                      <th scope="col">{t('budget.funders.columns.nature')}</th>
                      <th scope="col" className="num">
                        {t('budget.funders.columns.amount')}
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">{t('logframe.columns.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((c, ci) => (
                      <tr key={c.id}>
                        <td>
                          <NumberCell id={`contribution.${c.id}.year`} label={cell('year', ci + 1)} value={c.year} integer min={2000} max={2100} onCommit={(year) => p.update('contributions', c.id, { year })} />
                        </td>
                        <td>
                          <SelectCell
                            id={`contribution.${c.id}.nature`}
                            label={cell('nature', ci + 1)}
                            value={c.nature}
                            options={(['cash', 'in_kind'] as const).map((v) => ({ value: v, label: t(`budget.natures.${v}`) }))}
                            onCommit={(nature) => nature && p.update('contributions', c.id, { nature })}
                          />
                        </td>
                        <td>
                          <NumberCell id={`contribution.${c.id}.amount`} label={cell('amount', ci + 1)} value={c.amount} min={0} nullable={false} onCommit={(amount) => p.update('contributions', c.id, { amount: amount ?? 0 })} />
                        </td>
                        <td>
                          <button type="button" className="button-danger" aria-label={t('budget.funders.removeContribution', { n: ci + 1, name })} onClick={() => void p.remove('contributions', c.id).catch(shownAsFailedSave)}>
                            <span aria-hidden="true">✕</span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <button type="button" onClick={() => void addContribution(f.id).catch(shownAsFailedSave)} aria-label={t('budget.funders.addContribution', { name })}>
                + {t('budget.funders.addContributionShort')}
              </button>
            </article>
          );
        })}
      </div>
      <button type="button" id="budget.addFunder" onClick={() => void addFunder().catch(shownAsFailedSave)}>
        + {t('budget.funders.add')}
      </button>
    </section>
  );
}
