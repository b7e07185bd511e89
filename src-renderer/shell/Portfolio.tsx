import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../src-shared/api/core';
import { formatDate, formatMoney } from '../../src-shared/i18n/format';
import { countryName } from '../../src-shared/method/countries';
import type { PortfolioSummary, ProgrammeStanding } from '../../src-shared/method/portfolio';
import { hrefOf } from '../router';
import { runCommand } from '../state/store';

/**
 * Across the programmes: each one's phase, next report and next deadline, and the amounts per year and partner
 * country (what the e-APD declaration asks). Read again whenever the list changes.
 */
export function Portfolio({ items }: { items: readonly ProgrammeSummary[] | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const [summary, setSummary] = useState<PortfolioSummary | null>(null);
  useEffect(() => {
    let live = true;
    runCommand('portfolio.summary', {}).then((s) => live && setSummary(s), () => live && setSummary(null));
    return () => {
      live = false;
    };
  }, [items]);
  if (!summary || summary.programmes.length === 0) return null;
  // Cents shown when there are any, as on the budget screen: a total must read as the sum of its entries.
  const money = (n: number) => formatMoney(n, locale, { cents: !Number.isInteger(Math.round(n * 100) / 100) });
  const report = (s: ProgrammeStanding) => {
    if (!s.nextReport) return t('execution.portfolio.nothing');
    const text = s.nextReport.kind === 'yearly' ? t('execution.portfolio.report.yearly', { year: s.nextReport.year }) : t('execution.portfolio.report.final');
    return s.nextReport.overdue ? `${text} (${t('execution.portfolio.report.overdue')})` : text;
  };
  const deadline = (s: ProgrammeStanding) =>
    s.nextDeadline ? t(`execution.portfolio.deadline.${s.nextDeadline.what}`, { date: formatDate(s.nextDeadline.date, locale) }) : t('execution.portfolio.nothing');
  const c = (k: string) => t(`execution.portfolio.columns.${k}`);
  return (
    <section className="portfolio" aria-labelledby="portfolio-title">
      <h2 id="portfolio-title">{t('execution.portfolio.title')}</h2>
      <table className="table" id="portfolio.standing">
        <thead>
          <tr>
            <th scope="col">{t('shell.list.columns.title')}</th>
            <th scope="col">{t('execution.portfolio.phase')}</th>
            <th scope="col">{t('execution.portfolio.nextReport')}</th>
            <th scope="col">{t('execution.portfolio.nextDeadline')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.programmes.map((s) => (
            <tr key={s.programmeId}>
              {/* The list above links each title to the programme: here the phase links to its follow-up, so no two
                  links share a name and lead to different places. */}
              <th scope="row">{s.title || t('shell.untitled')}</th>
              <td className={`phase-${s.phase}`}>
                <a href={hrefOf.programme(s.programmeId, 'execution')}>{t(`execution.phases.${s.phase}`)}</a>
              </td>
              <td>{report(s)}</td>
              <td>{deadline(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('execution.portfolio.byYearCountry')}</h3>
      <p className="field-hint" id="portfolio-sums">{t('execution.portfolio.sums')}</p>
      {summary.totals.length === 0 ? (
        <p className="empty">{t('execution.portfolio.none')}</p>
      ) : (
        <table className="table" id="portfolio.totals" aria-describedby="portfolio-sums">
          <thead>
            <tr>
              {['year', 'country', 'planned', 'executed', 'programmes'].map((k) => (
                <th key={k} scope="col">{c(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.totals.map((r) => (
              <tr key={`${r.year}-${r.country}`}>
                <th scope="row">{r.year}</th>
                <td>{r.country ? countryName(r.country, locale) : t('execution.portfolio.noCountry')}</td>
                <td className="num">{money(r.plannedCash + r.plannedInKind)}</td>
                <td className="num">{money(r.executedCash + r.executedInKind)}</td>
                <td className="num">{r.programmeIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
