import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExecutionFacts } from '../../../src-shared/method/execution';
import { money } from '../budget/money';

const ROW = 34;
const LABEL = 200;
const CAPTION = 190;
const W = 640;
const BAR = 12;

/** Planned (light) against executed (dark) by category, as horizontal bar pairs; the table beside gives the figures. */
export function ExecutionChart({ facts, year }: { facts: ExecutionFacts; year: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const titleId = useId();
  const descId = useId();
  const rows = facts.byCategory;
  const max = Math.max(1, ...rows.flatMap((r) => [r.planned, r.executed]));
  const width = (v: number) => (v / max) * (W - LABEL - CAPTION - 10);
  const height = rows.length * ROW + 30;
  return (
    <figure className="exec-chart">
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${W} ${height}`} width="100%">
        <title id={titleId}>{t('execution.view.chartTitle', { year })}</title>
        <desc id={descId}>{t('execution.view.chartDesc')}</desc>
        {rows.map((r, i) => {
          const y = 8 + i * ROW;
          return (
            <g key={r.category}>
              <text x={LABEL - 8} y={y + BAR + 3} textAnchor="end" className="exec-chart-label">
                {t(`budget.categories.${r.category}`)}
              </text>
              <rect x={LABEL} y={y} width={width(r.planned)} height={BAR} className="exec-bar-planned" />
              <rect x={LABEL} y={y + BAR} width={width(r.executed)} height={BAR} className="exec-bar-executed" />
              <text x={W - CAPTION} y={y + BAR + 4} className="exec-chart-value">
                {money(r.executed, locale)} / {money(r.planned, locale)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${height - 14})`}>
          <rect width="12" height="10" className="exec-bar-planned" />
          <text x="16" y="9">{t('execution.view.legendPlanned')}</text>
          <rect x="110" width="12" height="10" className="exec-bar-executed" />
          <text x="126" y="9">{t('execution.view.legendExecuted')}</text>
        </g>
      </svg>
    </figure>
  );
}
