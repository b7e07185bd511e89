import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../src-shared/i18n/format';
import './FinancingChart.css';

export interface FinancingSlice {
  id: string;
  label: string;
  amount: number;
  share: number;
}

/** Patterns as well as colours, so funders are told apart without colour (and in print). */
const FILLS = ['#1f4e8c', '#8a5300', '#1b6e3a', '#6b3fa0', '#b3261e', '#0f6e74', '#5d6470', '#a04a7a'];

/**
 * The financing plan as one stacked bar (100 %) with each funder's share written on its legend line,
 * plus a table with the same figures.
 */
export function FinancingChart({ slices, total }: { slices: readonly FinancingSlice[]; total: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const titleId = useId();
  const descId = useId();
  const shown = slices.filter((s) => s.amount > 0);
  if (total <= 0 || shown.length === 0) return <p className="empty">{t('budget.chart.empty')}</p>;
  const W = 600;
  let x = 0;
  return (
    <figure className="financing-chart">
      <svg viewBox={`0 0 ${W} 48`} role="img" aria-labelledby={`${titleId} ${descId}`} className="fc-svg">
        <title id={titleId}>{t('budget.chart.title')}</title>
        <desc id={descId}>
          {shown.map((s) => `${s.label} ${formatPercent(s.share, locale)}`).join(' ; ')}
        </desc>
        <defs>
          {FILLS.map((colour, i) => (
            <pattern key={i} id={`fc-p${i}-${titleId.replace(/[^a-z0-9]/gi, '')}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={`rotate(${i * 45})`}>
              <rect width="8" height="8" fill={colour} />
              {i % 2 === 1 ? <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" strokeWidth="2" /> : null}
            </pattern>
          ))}
        </defs>
        {shown.map((s, i) => {
          const w = s.share * W;
          const rect = <rect key={s.id} x={x} y={4} width={Math.max(w, 1)} height={40} fill={`url(#fc-p${i % FILLS.length}-${titleId.replace(/[^a-z0-9]/gi, '')})`} stroke="#fff" strokeWidth="1" />;
          x += w;
          return rect;
        })}
      </svg>
      <table className="table fc-table">
        <caption className="visually-hidden">{t('budget.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.chart.funder')}</th>
            <th scope="col" className="num">{t('budget.chart.amount')}</th>
            <th scope="col" className="num">{t('budget.chart.share')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s, i) => (
            <tr key={s.id}>
              <th scope="row">
                <span className="fc-swatch" aria-hidden="true" style={{ background: FILLS[i % FILLS.length] }} />
                {s.label}
              </th>
              <td className="num">{formatMoney(s.amount, locale)}</td>
              <td className="num">{formatPercent(s.share, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
