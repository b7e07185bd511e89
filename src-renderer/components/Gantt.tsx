import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../src-shared/i18n/format';
import { addMonths, monthIndex, monthPosition, monthPositionEnd } from './gantt-dates';
import './Gantt.css';

export interface GanttRow {
  id: string;
  code: string;
  text: string;
  start: string | null;
  end: string | null;
}
export interface GanttMilestone {
  id: string;
  date: string;
  label: string;
}

const LABEL_W = 96;
const ROW_H = 30;
const HEAD_H = 40;

interface Drag {
  id: string;
  mode: 'move' | 'end';
  x0: number;
  dx: number;
}

/**
 * Activities as bars over months or quarters. A bar moves by pointer drag (its right edge resizes)
 * or by keyboard (arrows move, Shift+arrows resize), one month or one quarter per step; the change
 * is committed once, at the end of the gesture or key press.
 */
export function Gantt(props: {
  rows: readonly GanttRow[];
  milestones: readonly GanttMilestone[];
  period: { start: string | null; end: string | null };
  scale: 'month' | 'quarter';
  onChange: (id: string, start: string, end: string) => unknown;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const [drag, setDrag] = useState<Drag | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const step = props.scale === 'month' ? 1 : 3;
  const unitW = props.scale === 'month' ? 20 : 12; // pixels per month

  const dates = [props.period.start, props.period.end, ...props.rows.flatMap((r) => [r.start, r.end]), ...props.milestones.map((m) => m.date)].filter(
    (d): d is string => !!d,
  );
  if (dates.length === 0) return null;
  let first = Math.min(...dates.map(monthIndex));
  let last = Math.max(...dates.map(monthIndex));
  if (props.scale === 'quarter') {
    first -= first % 3;
    last += 2 - (last % 3);
  }
  const months = last - first + 1;
  const width = LABEL_W + months * unitW + 8;
  const height = HEAD_H + (props.rows.length + 1) * ROW_H + 4;
  const x = (pos: number) => LABEL_W + (pos - first) * unitW;

  const shifted = (row: GanttRow): { start: string; end: string } | null => {
    if (!row.start || !row.end) return null;
    if (!drag || drag.id !== row.id) return { start: row.start, end: row.end };
    const units = Math.round(drag.dx / (unitW * step)) * step;
    if (drag.mode === 'move') return { start: addMonths(row.start, units), end: addMonths(row.end, units) };
    const end = addMonths(row.end, units);
    return { start: row.start, end: end < row.start ? row.start : end };
  };

  const onPointerDown = (e: PointerEvent, row: GanttRow, mode: Drag['mode']) => {
    if (!row.start || !row.end) return;
    e.preventDefault();
    (e.target as Element).setPointerCapture(e.pointerId);
    setDrag({ id: row.id, mode, x0: e.clientX, dx: 0 });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    // The SVG scales with its box: convert screen pixels to SVG units.
    const scale = svgRef.current ? width / svgRef.current.getBoundingClientRect().width : 1;
    setDrag({ ...drag, dx: (e.clientX - drag.x0) * scale });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const row = props.rows.find((r) => r.id === drag.id);
    const next = row ? shifted(row) : null;
    setDrag(null);
    if (row && next && (next.start !== row.start || next.end !== row.end)) void props.onChange(row.id, next.start, next.end);
  };
  const onKeyDown = (e: KeyboardEvent, row: GanttRow) => {
    if (!row.start || !row.end || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    const units = (e.key === 'ArrowLeft' ? -1 : 1) * step;
    if (e.shiftKey) {
      const end = addMonths(row.end, units);
      if (end >= row.start) void props.onChange(row.id, row.start, end);
    } else {
      void props.onChange(row.id, addMonths(row.start, units), addMonths(row.end, units));
    }
  };

  const ticks: Array<{ pos: number; label: string; year: boolean }> = [];
  for (let m = first; m <= last; m += step) {
    const month0 = ((m % 12) + 12) % 12;
    const label = props.scale === 'month' ? String(month0 + 1) : t('timeline.quarterLabel', { n: Math.floor(month0 / 3) + 1 });
    ticks.push({ pos: m, label, year: month0 === 0 || m === first });
  }

  return (
    <div className="gantt-scroll">
      <p id="gantt-keyboard" className="gantt-hint">
        {t('timeline.keyboard')}
      </p>
      <svg
        ref={svgRef}
        className="gantt"
        viewBox={`0 0 ${width} ${height}`}
        // Fits the column when it can (a 36-month programme reads at a glance); scrolls beyond that.
        style={{ width: '100%', maxWidth: width, minWidth: Math.min(width, 640), height: 'auto' }}
        role="group"
        aria-label={t('timeline.chart')}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {ticks.map((tick) => (
          <g key={tick.pos} aria-hidden="true">
            <line x1={x(tick.pos)} x2={x(tick.pos)} y1={tick.year ? 2 : HEAD_H - 16} y2={height} className={tick.year ? 'g-year-line' : 'g-grid'} />
            {tick.year ? (
              <text x={x(tick.pos) + 3} y={13} className="g-year">
                {Math.floor(tick.pos / 12)}
              </text>
            ) : null}
            <text x={x(tick.pos) + (unitW * step) / 2} y={HEAD_H - 4} textAnchor="middle" className="g-tick">
              {tick.label}
            </text>
          </g>
        ))}
        {props.period.start ? <line x1={x(monthPosition(props.period.start))} x2={x(monthPosition(props.period.start))} y1={HEAD_H} y2={height} className="g-period" aria-hidden="true" /> : null}
        {props.period.end ? <line x1={x(monthPositionEnd(props.period.end))} x2={x(monthPositionEnd(props.period.end))} y1={HEAD_H} y2={height} className="g-period" aria-hidden="true" /> : null}
        {props.rows.map((row, i) => {
          const y = HEAD_H + i * ROW_H;
          const dates = shifted(row);
          return (
            <g key={row.id} className={drag?.id === row.id ? 'g-row g-dragging' : 'g-row'}>
              <text x={6} y={y + ROW_H / 2 + 4} className="g-label" aria-hidden="true">
                {row.code}
              </text>
              {dates ? (
                <g
                  id={`gantt.${row.id}`}
                  tabIndex={0}
                  role="button"
                  aria-label={t('timeline.bar', { code: row.code, text: row.text, start: formatDate(dates.start, locale, 'long'), end: formatDate(dates.end, locale, 'long') })}
                  aria-describedby="gantt-keyboard"
                  className="g-bar-group"
                  onKeyDown={(e) => onKeyDown(e, row)}
                >
                  <title>{`${row.code} ${row.text}`}</title>
                  <rect
                    x={x(monthPosition(dates.start))}
                    y={y + 6}
                    width={Math.max(4, (monthPositionEnd(dates.end) - monthPosition(dates.start)) * unitW)}
                    height={ROW_H - 12}
                    rx={3}
                    className="g-bar"
                    onPointerDown={(e) => onPointerDown(e, row, 'move')}
                  />
                  <rect
                    x={x(monthPositionEnd(dates.end)) - 5}
                    y={y + 6}
                    width={8}
                    height={ROW_H - 12}
                    className="g-handle"
                    onPointerDown={(e) => onPointerDown(e, row, 'end')}
                  />
                </g>
              ) : (
                <text x={LABEL_W + 4} y={y + ROW_H / 2 + 4} className="g-nodates">
                  {t('timeline.noDates', { code: row.code })}
                </text>
              )}
            </g>
          );
        })}
        <g>
          <text x={6} y={HEAD_H + props.rows.length * ROW_H + ROW_H / 2 + 4} className="g-label" aria-hidden="true">
            {t('timeline.milestones')}
          </text>
          {props.milestones.map((m) => {
            const cx = x(monthPosition(m.date));
            const cy = HEAD_H + props.rows.length * ROW_H + ROW_H / 2;
            return (
              <path key={m.id} d={`M${cx},${cy - 7} l7,7 l-7,7 l-7,-7 z`} className="g-milestone" role="img" aria-label={m.label}>
                <title>{m.label}</title>
              </path>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
