import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/i18n/format';
import type { MonitoringValue } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { parseDecimal } from '../../../src-shared/i18n/format';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { DateCell, NumberCell, TextCell } from '../../components/kit';

/** Values read over time (date, value, comment) and a small form to record the next one. */
export function MonitoringTable({ indicatorId, values }: { indicatorId: string; values: readonly MonitoringValue[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const p = useProgramme();
  const announce = useAnnounce();
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const cell = (column: string, n: number) => t('indicators.monitoring.cell', { column: t(`indicators.monitoring.${column}`), n });
  const prefix = `monitoring.${indicatorId}`;

  const record = async (e: FormEvent) => {
    e.preventDefault();
    const n = parseDecimal(value);
    if (n !== null && !Number.isFinite(n)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await p.run('indicator.addValue', { programmeId: p.snapshot.id, indicatorId, fields: { date: date || null, value: n, comment } });
    setDate('');
    setValue('');
    setComment('');
    announce(t('indicators.monitoring.recorded'));
  };

  return (
    <section className="ind-sub" aria-labelledby={`${prefix}.title`}>
      <h3 id={`${prefix}.title`}>{t('indicators.monitoring.title')}</h3>
      {values.length === 0 ? <p className="empty">{t('indicators.monitoring.none')}</p> : null}
      {values.length > 0 ? (
        <table className="table ind-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.monitoring.date')}</th>
              <th scope="col">{t('indicators.monitoring.value')}</th>
              <th scope="col">{t('indicators.monitoring.comment')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('logframe.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v, index) => (
              <tr key={v.id}>
                <td>
                  <DateCell id={`monitoringValue.${v.id}.date`} label={cell('date', index + 1)} value={v.date} onCommit={(d) => p.update('monitoringValues', v.id, { date: d })} />
                </td>
                <td>
                  <NumberCell id={`monitoringValue.${v.id}.value`} label={cell('value', index + 1)} value={v.value} onCommit={(x) => p.update('monitoringValues', v.id, { value: x })} />
                </td>
                <td>
                  <TextCell id={`monitoringValue.${v.id}.comment`} label={cell('comment', index + 1)} value={v.comment} multiline={false} onCommit={(c) => p.update('monitoringValues', v.id, { comment: c })} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('indicators.monitoring.remove', { date: formatDate(v.date, locale) || index + 1 })}
                    onClick={() => void p.remove('monitoringValues', v.id).catch(shownAsFailedSave)}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="ind-record" onSubmit={(e) => void record(e).catch(shownAsFailedSave)}>
        <label>
          {t('indicators.monitoring.newDate')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          {t('indicators.monitoring.newValue')}
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={invalid ? true : undefined} />
        </label>
        <label>
          {t('indicators.monitoring.newComment')}
          <input value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="submit">{t('indicators.monitoring.record')}</button>
        {invalid ? (
          <span className="status-blocking" role="alert">
            <span aria-hidden="true">✖ </span>
            {t('common.invalidNumber')}
          </span>
        ) : null}
      </form>
    </section>
  );
}
