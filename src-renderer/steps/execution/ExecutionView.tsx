import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatNumber } from '../../../src-shared/i18n/format';
import { executionFacts, indicatorProgress, type Executed } from '../../../src-shared/method/execution';
import { indicatorCodes } from '../../../src-shared/method/numbering';
import { useSnapshot } from '../../state/programme';
import { money } from '../budget/money';
import { ExecutionChart } from './ExecutionChart';

/** Budget execution against the voted budget for a year (by category, funder, line) and indicators against targets. */
export function ExecutionView({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const snapshot = useSnapshot();
  const facts = useMemo(() => executionFacts(snapshot, year), [snapshot, year]);
  const progress = useMemo(
    () => indicatorProgress(snapshot, indicatorCodes(snapshot.logframe, snapshot.indicators)).filter((i) => i.quantitative),
    [snapshot],
  );
  const c = (k: string) => t(`execution.view.columns.${k}`);
  const rate = (r: number | null) => (r === null ? '—' : formatPercent(r, locale));
  const cells = (e: Executed) => (
    <>
      <td className="num">{money(e.planned, locale)}</td>
      <td className="num">{money(e.executed, locale)}</td>
      <td className="num">{money(e.cash, locale)}</td>
      <td className="num">{money(e.inKind, locale)}</td>
      <td className="num">{rate(e.rate)}</td>
    </>
  );
  const head = (
    <tr>
      {['what', 'planned', 'executed', 'cash', 'inKind', 'rate'].map((k) => <th key={k} scope="col">{c(k)}</th>)}
    </tr>
  );
  return (
    <section aria-labelledby="execution-view-title" className="exec-view">
      <h2 id="execution-view-title">{t('execution.view.title', { year })}</h2>
      <ExecutionChart facts={facts} year={year} />
      <h3>{t('execution.view.byCategory')}</h3>
      <table className="exec-table" id="execution.byCategory">
        <thead>{head}</thead>
        <tbody>
          {facts.byCategory.map((r) => (
            <tr key={r.category}>
              <th scope="row">{t(`budget.categories.${r.category}`)}</th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('execution.view.total')}</th>
            {cells(facts.total)}
          </tr>
        </tfoot>
      </table>
      <h3>{t('execution.view.byLine')}</h3>
      <table className="exec-table">
        <thead>{head}</thead>
        <tbody>
          {facts.lines.map((r) => (
            <tr key={r.lineId}>
              <th scope="row">{r.label || t(`budget.categories.${r.category}`)}</th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('execution.view.byFunder')}</h3>
      <table className="exec-table" id="execution.byFunder">
        <thead>
          <tr>
            {['what', 'planned', 'received', 'rate'].map((k) => <th key={k} scope="col">{c(k)}</th>)}
          </tr>
        </thead>
        <tbody>
          {facts.byFunder.map((f) => (
            <tr key={f.funderId}>
              <th scope="row">{f.name || t('budget.funders.unnamed')}</th>
              <td className="num">{money(f.planned, locale)}</td>
              <td className="num">{money(f.received, locale)}</td>
              <td className="num">{rate(f.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('execution.indicators.title')}</h3>
      <p className="field-hint">{t('execution.indicators.hint')}</p>
      {progress.length === 0 ? (
        <p className="empty">{t('execution.indicators.none')}</p>
      ) : (
        <table className="exec-table">
          <thead>
            <tr>
              {['code', 'wording', 'baseline', 'latest', 'target', 'achieved'].map((k) => <th key={k} scope="col">{t(`execution.indicators.columns.${k}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {progress.map((i) => (
              <tr key={i.indicatorId}>
                <th scope="row">{i.code}</th>
                <td>{i.wording}</td>
                <td className="num">{i.baseline ? formatNumber(i.baseline.value, locale) : '—'}</td>
                <td className="num">{i.latest ? formatNumber(i.latest.value, locale) : '—'}</td>
                <td className="num">{i.finalTarget === null ? '—' : formatNumber(i.finalTarget, locale)}</td>
                <td className="num">
                  {i.achieved === null ? '—' : (
                    <span className="exec-progress">
                      <span className="exec-progress-track" aria-hidden="true">
                        <span className="exec-progress-bar" style={{ width: `${Math.min(100, Math.max(0, i.achieved * 100))}%` }} />
                      </span>
                      {formatPercent(i.achieved, locale)}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
