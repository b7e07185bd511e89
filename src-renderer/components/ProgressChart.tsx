import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../src-shared/i18n/format';
import './ProgressChart.css';

export interface ProgressPoint {
  kind: 'baseline' | 'target' | 'actual';
  date: string;
  value: number;
  /** e.g. "Finale", "Intermédiaire", a comment. */
  note?: string;
}

const W = 560;
const H = 220;
const PAD = { left: 48, right: 16, top: 14, bottom: 34 };

const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * An indicator's progress: baseline (square), targets (diamonds) joined by the intended path (dashed),
 * recorded values (dots) joined by a solid line. Shapes and the legend carry the meaning, not colour;
 * the table under the chart gives the same data.
 */
export function ProgressChart({ code, unit, points }: { code: string; unit: string; points: readonly ProgressPoint[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const titleId = useId();
  const descId = useId();
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return <p className="empty">{t('indicators.chart.empty')}</p>;

  const days = sorted.map((p) => dayOf(p.date));
  const x0 = Math.min(...days);
  const x1 = Math.max(...days, x0 + 86_400_000 * 30);
  const maxValue = Math.max(...sorted.map((p) => p.value), 0);
  const minValue = Math.min(...sorted.map((p) => p.value), 0);
  const yMax = maxValue === minValue ? maxValue + 1 : maxValue + (maxValue - minValue) * 0.1;
  const x = (iso: string) => PAD.left + ((dayOf(iso) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - minValue) / (yMax - minValue)) * (H - PAD.top - PAD.bottom);
  const path = (list: ProgressPoint[]) => list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');

  const baseline = sorted.filter((p) => p.kind === 'baseline');
  const targets = sorted.filter((p) => p.kind === 'target');
  const actuals = sorted.filter((p) => p.kind === 'actual');
  const ticks = [minValue, (minValue + yMax) / 2, yMax];
  const years: number[] = [];
  for (let year = new Date(x0).getUTCFullYear(); year <= new Date(x1).getUTCFullYear(); year++) years.push(year);
  const label = (kind: ProgressPoint['kind']) => t(`indicators.chart.${kind}`);
  const fmt = (v: number) => `${formatNumber(v, locale)}${unit ? `\u202f${unit}` : ''}`;

  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="progress-svg">
        <title id={titleId}>{t('indicators.chart.title', { code })}</title>
        <desc id={descId}>{t('indicators.chart.description')}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="pc-grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="pc-axis">
              {formatNumber(v, locale, 1)}
            </text>
          </g>
        ))}
        {years.map((year) => {
          const iso = `${year}-01-01`;
          const px = x(iso);
          return px >= PAD.left && px <= W - PAD.right ? (
            <text key={year} x={px} y={H - 12} textAnchor="middle" className="pc-axis">
              {year}
            </text>
          ) : null;
        })}
        {baseline.length + targets.length > 1 ? <path d={path([...baseline, ...targets])} className="pc-trajectory" /> : null}
        {actuals.length > 0 ? <path d={path([...baseline, ...actuals].sort((a, b) => a.date.localeCompare(b.date)))} className="pc-actual" /> : null}
        {baseline.map((p) => (
          <rect key={`b${p.date}`} x={x(p.date) - 5} y={y(p.value) - 5} width={10} height={10} className="pc-baseline-mark" />
        ))}
        {targets.map((p, i) => (
          <path key={`t${i}`} d={`M${x(p.date)},${y(p.value) - 7} l7,7 l-7,7 l-7,-7 z`} className="pc-target-mark" />
        ))}
        {actuals.map((p, i) => (
          <circle key={`a${i}`} cx={x(p.date)} cy={y(p.value)} r={5} className="pc-actual-mark" />
        ))}
      </svg>
      <figcaption className="pc-legend">
        <span>
          <svg width="14" height="14" aria-hidden="true"><rect x="2" y="2" width="10" height="10" className="pc-baseline-mark" /></svg> {label('baseline')}
        </span>
        <span>
          <svg width="16" height="16" aria-hidden="true"><path d="M8,1 l7,7 l-7,7 l-7,-7 z" className="pc-target-mark" /></svg> {label('target')}
        </span>
        <span>
          <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="pc-actual-mark" /></svg> {label('actual')}
        </span>
        <span>
          <svg width="26" height="10" aria-hidden="true"><line x1="0" x2="26" y1="5" y2="5" className="pc-trajectory" /></svg> {t('indicators.chart.trajectory')}
        </span>
      </figcaption>
      <table className="table pc-table">
        <caption>{t('indicators.chart.tableCaption', { code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.monitoring.date')}</th>
            <th scope="col">{t('indicators.chart.point')}</th>
            <th scope="col" className="num">
              {t('indicators.monitoring.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p, i) => (
            <tr key={i}>
              <td>{formatDate(p.date, locale)}</td>
              <td>
                {label(p.kind)}
                {p.note ? ` (${p.note})` : ''}
              </td>
              <td className="num">{fmt(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
