import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../src-shared/model';
import './InfluenceMap.css';

/**
 * Stakeholders on an influence (up) / interest (across) grid from 1 to 5. Drag a point, or focus it
 * and use the arrow keys, to change its scores; each change is one command (undoable). Points that
 * share a cell are spread around its centre so none hides another.
 */

const CELL = 76;
const MARGIN = { left: 46, top: 14, right: 14, bottom: 40 };
const SIZE = CELL * 5;
const R = 13;

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
const cx = (interest: number) => MARGIN.left + (interest - 0.5) * CELL;
const cy = (influence: number) => MARGIN.top + (5.5 - influence) * CELL;

/** Offsets for up to n points sharing a cell (a small ring, then a second ring). */
function spread(k: number, n: number): [number, number] {
  if (n <= 1) return [0, 0];
  const ring = k < 6 ? 0 : 1;
  const inRing = ring === 0 ? Math.min(n, 6) : n - 6;
  const idx = ring === 0 ? k : k - 6;
  const radius = ring === 0 ? 18 : 31;
  const angle = (2 * Math.PI * idx) / inRing - Math.PI / 2;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

export const InfluenceMap = memo(function InfluenceMap(props: {
  stakeholders: readonly Stakeholder[];
  onMove: (id: string, interest: number, influence: number) => void;
  unnamed: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);

  const points = useMemo(() => {
    const cells = new Map<string, string[]>();
    for (const s of props.stakeholders) {
      const key = `${s.interest}:${s.influence}`;
      cells.set(key, [...(cells.get(key) ?? []), s.id]);
    }
    return props.stakeholders.map((s, i) => {
      const same = cells.get(`${s.interest}:${s.influence}`)!;
      const [dx, dy] = spread(same.indexOf(s.id), same.length);
      return { s, number: i + 1, x: cx(s.interest) + dx, y: cy(s.influence) + dy };
    });
  }, [props.stakeholders]);

  const toScores = (clientX: number, clientY: number) => {
    const box = svg.current!.getBoundingClientRect();
    const scale = (MARGIN.left + SIZE + MARGIN.right) / box.width;
    const x = (clientX - box.left) * scale;
    const y = (clientY - box.top) * scale;
    return { x, y, interest: clamp((x - MARGIN.left) / CELL + 0.5), influence: clamp(5.5 - (y - MARGIN.top) / CELL) };
  };

  const onPointerDown = (e: PointerEvent<SVGGElement>, id: string) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const { x, y } = toScores(e.clientX, e.clientY);
    setDrag({ id, x, y });
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const { x, y } = toScores(e.clientX, e.clientY);
    setDrag({ ...drag, x, y });
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>, s: Stakeholder) => {
    if (!drag) return;
    const { interest, influence } = toScores(e.clientX, e.clientY);
    setDrag(null);
    if (interest !== s.interest || influence !== s.influence) props.onMove(s.id, interest, influence);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, s: Stakeholder) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    const interest = clamp(s.interest + m[0]);
    const influence = clamp(s.influence + m[1]);
    if (interest !== s.interest || influence !== s.influence) props.onMove(s.id, interest, influence);
  };

  const width = MARGIN.left + SIZE + MARGIN.right;
  const height = MARGIN.top + SIZE + MARGIN.bottom;
  const half = MARGIN.left + 2.5 * CELL;
  const mid = MARGIN.top + 2.5 * CELL;
  return (
    <figure className="influence-map">
      <figcaption id={titleId}>{t('diagnosis.map.title')}</figcaption>
      <p id={descId} className="map-instructions">
        {t('diagnosis.map.instructions')}
      </p>
      <svg ref={svg} viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={titleId} aria-describedby={descId} className="map-svg">
        <rect x={MARGIN.left} y={MARGIN.top} width={SIZE} height={SIZE} className="map-frame" />
        {[1, 2, 3, 4].map((i) => (
          <g key={i} aria-hidden="true">
            <line x1={MARGIN.left + i * CELL} x2={MARGIN.left + i * CELL} y1={MARGIN.top} y2={MARGIN.top + SIZE} className="map-grid" />
            <line y1={MARGIN.top + i * CELL} y2={MARGIN.top + i * CELL} x1={MARGIN.left} x2={MARGIN.left + SIZE} className="map-grid" />
          </g>
        ))}
        <g aria-hidden="true">
          <line x1={half} x2={half} y1={MARGIN.top} y2={MARGIN.top + SIZE} className="map-axis-mid" />
          <line y1={mid} y2={mid} x1={MARGIN.left} x2={MARGIN.left + SIZE} className="map-axis-mid" />
          <text x={half + 6} y={MARGIN.top + 14} className="map-quadrant">{t('diagnosis.map.quadrants.manage')}</text>
          <text x={MARGIN.left + 6} y={MARGIN.top + 14} className="map-quadrant">{t('diagnosis.map.quadrants.satisfy')}</text>
          <text x={half + 6} y={MARGIN.top + SIZE - 6} className="map-quadrant">{t('diagnosis.map.quadrants.inform')}</text>
          <text x={MARGIN.left + 6} y={MARGIN.top + SIZE - 6} className="map-quadrant">{t('diagnosis.map.quadrants.monitor')}</text>
          {[1, 2, 3, 4, 5].map((v) => (
            <g key={v}>
              <text x={cx(v)} y={MARGIN.top + SIZE + 15} textAnchor="middle" className="map-tick">{v}</text>
              <text x={MARGIN.left - 8} y={cy(v) + 4} textAnchor="end" className="map-tick">{v}</text>
            </g>
          ))}
          <text x={MARGIN.left + SIZE / 2} y={height - 6} textAnchor="middle" className="map-label">{t('diagnosis.map.interestAxis')}</text>
          <text x={12} y={MARGIN.top + SIZE / 2} textAnchor="middle" className="map-label" transform={`rotate(-90 12 ${MARGIN.top + SIZE / 2})`}>
            {t('diagnosis.map.influenceAxis')}
          </text>
        </g>
        {points.map(({ s, number, x, y }) => {
          const dragging = drag?.id === s.id;
          const px = dragging ? drag.x : x;
          const py = dragging ? drag.y : y;
          const name = s.name.trim() || props.unnamed;
          return (
            <g
              key={s.id}
              id={`map.${s.id}`}
              className={`map-point ${dragging ? 'dragging' : ''}`}
              tabIndex={0}
              role="button"
              aria-label={t('diagnosis.map.point', { number, name, interest: s.interest, influence: s.influence })}
              data-interest={s.interest}
              data-influence={s.influence}
              transform={`translate(${px} ${py})`}
              onPointerDown={(e) => onPointerDown(e, s.id)}
              onPointerMove={onPointerMove}
              onPointerUp={(e) => onPointerUp(e, s)}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e) => onKeyDown(e, s)}
            >
              <title>{name}</title>
              <circle r={R} />
              <text textAnchor="middle" y={4} className="map-number" aria-hidden="true">
                {number}
              </text>
            </g>
          );
        })}
      </svg>
      {props.stakeholders.length === 0 ? <p className="empty">{t('diagnosis.map.empty')}</p> : null}
    </figure>
  );
});
