import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { smartHints } from '../../../src-shared/method/smart';
import { DISAGGREGATIONS, FREQUENCIES, type Indicator } from '../../../src-shared/model';
import { ProgressChart, type ProgressPoint } from '../../components/ProgressChart';
import { SdgPicker } from '../../components/SdgPicker';
import { useProgramme } from '../../state/programme';
import { MonitoringTable } from './MonitoringTable';
import { TargetsTable } from './TargetsTable';
import { shownAsFailedSave } from '../../state/store';
import { CheckboxField, DateField, MissingMark, MultiCheckField, NumberField, SelectField, TextField } from '../../components/kit';

interface Props {
  indicator: Indicator;
  code: string;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** One indicator: a summary line with its SMART hints; all fields of DOMAIN.md §2.5 when opened. */
export const IndicatorCard = memo(function IndicatorCard({ indicator, code, open, onToggle }: Props) {
  const { t } = useTranslation();
  const p = useProgramme();
  const { snapshot } = p;
  const i = indicator;
  const targets = useMemo(() => snapshot.indicatorTargets.filter((x) => x.indicatorId === i.id), [snapshot.indicatorTargets, i.id]);
  const values = useMemo(() => snapshot.monitoringValues.filter((x) => x.indicatorId === i.id), [snapshot.monitoringValues, i.id]);
  const hints = smartHints(i, targets);
  const set = (fields: Partial<Indicator>) => p.update('indicators', i.id, fields);
  const fid = (field: string) => `indicator.${i.id}.${field}`;
  const help = (key: 'wording' | 'unit' | 'baseline' | 'source') => ({
    help: t(`indicators.help.${key}.text`),
    example: t(`indicators.help.${key}.example`),
  });

  const points: ProgressPoint[] = [];
  if (i.baselineValue !== null && i.baselineDate) points.push({ kind: 'baseline', date: i.baselineDate, value: i.baselineValue });
  for (const target of targets) {
    if (target.value !== null && target.date) points.push({ kind: 'target', date: target.date, value: target.value, note: t(`indicators.targets.kinds.${target.kind}`) });
  }
  for (const v of values) if (v.value !== null && v.date) points.push({ kind: 'actual', date: v.date, value: v.value, ...(v.comment ? { note: v.comment } : {}) });

  const remove = async () => {
    if (window.confirm(t('indicators.removeConfirm', { code }))) await p.remove('indicators', i.id);
  };

  return (
    <details className="ind-card" open={open} onToggle={(e) => e.currentTarget.open !== open && onToggle(e.currentTarget.open)}>
      <summary>
        <span className="ind-code">{code}</span> <span className="ind-wording">{i.wording || t('indicators.untitled')}</span>{' '}
        {hints.length > 0 ? (
          <MissingMark as="span" className="ind-hints-count">{t('indicators.hintsCount', { count: hints.length })}</MissingMark>
        ) : (
          <span className="status-ok">
            <span aria-hidden="true">✓ </span>
            {t('indicators.complete')}
          </span>
        )}
      </summary>
      {open ? (
        <div className="ind-body">
          {hints.length > 0 ? (
            <div className="ind-hints" role="note" aria-label={t('indicators.smart.title')}>
              <strong>{t('indicators.smart.title')}</strong>
              <ul>
                {hints.map((h) => (
                  <MissingMark as="li" key={h}>{t(`indicators.smart.${h}`)}</MissingMark>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="form-column">
            <TextField id={fid('wording')} label={t('indicators.fields.wording')} value={i.wording} multiline rows={2} onCommit={(wording) => set({ wording })} required {...help('wording')} />
            <div className="field-row">
              <SelectField
                id={fid('type')}
                label={t('indicators.fields.type')}
                value={i.type}
                options={(['quantitative', 'qualitative'] as const).map((v) => ({ value: v, label: t(`indicators.types.${v}`) }))}
                onCommit={(type) => (type ? set({ type }) : undefined)}
              />
              <TextField id={fid('unit')} label={t('indicators.fields.unit')} value={i.unit} onCommit={(unit) => set({ unit })} {...help('unit')} />
              <SelectField
                id={fid('frequency')}
                label={t('indicators.fields.frequency')}
                value={i.frequency}
                allowEmpty
                options={FREQUENCIES.map((v) => ({ value: v, label: t(`indicators.frequencies.${v}`) }))}
                onCommit={(frequency) => set({ frequency })}
              />
            </div>
            <TextField id={fid('calculation')} label={t('indicators.fields.calculation')} value={i.calculation} multiline rows={2} onCommit={(calculation) => set({ calculation })} />
            <div className="field-row">
              <NumberField id={fid('baselineValue')} label={t('indicators.fields.baselineValue')} value={i.baselineValue} onCommit={(baselineValue) => set({ baselineValue })} {...help('baseline')} />
              <TextField id={fid('baselineText')} label={t('indicators.fields.baselineText')} value={i.baselineText} onCommit={(baselineText) => set({ baselineText })} {...help('baseline')} />
              <DateField id={fid('baselineDate')} label={t('indicators.fields.baselineDate')} value={i.baselineDate} onCommit={(baselineDate) => set({ baselineDate })} />
            </div>
            <TextField id={fid('source')} label={t('indicators.fields.source')} value={i.source} onCommit={(source) => set({ source })} required {...help('source')} />
            <div className="field-row">
              <TextField id={fid('collectionMethod')} label={t('indicators.fields.collectionMethod')} value={i.collectionMethod} onCommit={(collectionMethod) => set({ collectionMethod })} />
              <TextField id={fid('responsible')} label={t('indicators.fields.responsible')} value={i.responsible} onCommit={(responsible) => set({ responsible })} />
            </div>
            <MultiCheckField
              id={fid('disaggregation')}
              label={t('indicators.fields.disaggregation')}
              value={i.disaggregation}
              options={DISAGGREGATIONS.map((v) => ({ value: v, label: t(`indicators.disaggregations.${v}`) }))}
              onCommit={(disaggregation) => set({ disaggregation })}
            />
            <CheckboxField id={fid('alsoMeasuredInFrance')} label={t('indicators.fields.alsoMeasuredInFrance')} value={i.alsoMeasuredInFrance} onCommit={(alsoMeasuredInFrance) => set({ alsoMeasuredInFrance })} />
            <SdgPicker id={fid('sdg')} value={i.sdgTargets} onChange={(codes) => p.run('indicator.setSdgTargets', { programmeId: snapshot.id, id: i.id, codes })} />
          </div>
          <TargetsTable indicatorId={i.id} code={code} targets={targets} />
          <MonitoringTable indicatorId={i.id} values={values} />
          {i.type === 'quantitative' ? <ProgressChart code={code} unit={i.unit} points={points} /> : null}
          <button type="button" className="button-danger" onClick={() => void remove().catch(shownAsFailedSave)}>
            {t('indicators.remove', { code })}
          </button>
        </div>
      ) : null}
    </details>
  );
});
