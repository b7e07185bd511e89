import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../src-shared/i18n/format';
import { indicatorCodes, logframeCodes } from '../../../src-shared/method/numbering';
import { Gantt, type GanttMilestone, type GanttRow } from '../../components/Gantt';
import { hrefOf } from '../../router';
import { useProgramme } from '../../state/programme';
import { flattenLogframe } from '../logframe/tree';
import './timeline.css';
import { shownAsFailedSave } from '../../state/store';
import { DateCell, MissingMark } from '../../components/kit';

export default function TimelineStep() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const p = useProgramme();
  const { snapshot } = p;
  const [scale, setScale] = useState<'month' | 'quarter'>('month');
  const { startDate, endDate } = snapshot.framing;

  const rows: GanttRow[] = useMemo(() => {
    const codes = logframeCodes(snapshot.logframe);
    return flattenLogframe(snapshot.logframe)
      .filter((f) => f.row.level === 'activity')
      .map(({ row }) => ({ id: row.id, code: codes.get(row.id) ?? '', text: row.text, start: row.startDate, end: row.endDate }));
  }, [snapshot.logframe]);

  const milestones: GanttMilestone[] = useMemo(() => {
    const codes = indicatorCodes(snapshot.logframe, snapshot.indicators);
    return snapshot.indicatorTargets
      .filter((target) => target.date)
      .map((target) => ({
        id: target.id,
        date: target.date!,
        label: t('timeline.milestone', {
          code: codes.get(target.indicatorId) ?? '',
          kind: t(`indicators.targets.kinds.${target.kind}`).toLowerCase(),
          value: target.value !== null ? formatNumber(target.value, locale) : target.text,
          date: formatDate(target.date, locale, 'long'),
        }),
      }));
  }, [snapshot.logframe, snapshot.indicators, snapshot.indicatorTargets, t, locale]);

  const setDates = (id: string, start: string | null, end: string | null) =>
    p.run('logframe.setDates', { programmeId: snapshot.id, id, startDate: start, endDate: end }).catch(shownAsFailedSave);

  return (
    <div className="timeline-screen">
      <h1>{t('timeline.title')}</h1>
      <p className="step-intro">{t('timeline.intro')}</p>
      {rows.length === 0 ? (
        <p>
          {t('timeline.noActivity')} <a href={hrefOf.programme(snapshot.id, 'logframe')}>{t('timeline.toLogframe')}</a>
        </p>
      ) : (
        <>
          <fieldset className="timeline-scale">
            <legend>{t('timeline.scale')}</legend>
            {(['month', 'quarter'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="timeline-scale" value={s} checked={scale === s} onChange={() => setScale(s)} /> {t(`timeline.${s}`)}
              </label>
            ))}
          </fieldset>
          <Gantt rows={rows} milestones={milestones} period={{ start: startDate, end: endDate }} scale={scale} onChange={(id, s, e) => setDates(id, s, e)} />
          <table className="table timeline-table">
            <caption>{t('timeline.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timeline.table.code')}</th>
                <th scope="col">{t('timeline.table.activity')}</th>
                <th scope="col">{t('timeline.table.start')}</th>
                <th scope="col">{t('timeline.table.end')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.missing')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const order = row.start && row.end && row.end < row.start;
                const outside = row.start && row.end && ((startDate && row.start < startDate) || (endDate && row.end > endDate));
                return (
                  <tr key={row.id}>
                    <th scope="row">{row.code}</th>
                    <td>{row.text}</td>
                    <td>
                      <DateCell id={`timeline.${row.id}`} label={t('timeline.table.startOf', { code: row.code })} value={row.start} onCommit={(start) => setDates(row.id, start, row.end)} />
                    </td>
                    <td>
                      <DateCell id={`timeline.${row.id}.end`} label={t('timeline.table.endOf', { code: row.code })} value={row.end} min={row.start ?? undefined} onCommit={(end) => setDates(row.id, row.start, end)} />
                    </td>
                    <td>
                      {order ? (
                        <span className="status-blocking">
                          <span aria-hidden="true">⚠ </span>
                          {t('timeline.table.order')}
                        </span>
                      ) : outside ? (
                        <MissingMark as="span">{t('timeline.table.outside')}</MissingMark>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
