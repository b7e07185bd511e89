import { useTranslation } from 'react-i18next';
import type { IndicatorTarget } from '../../../src-shared/model';
import { useProgramme } from '../../state/programme';
import { focusWhenReady } from '../../components/focusWhenReady';
import { shownAsFailedSave } from '../../state/store';
import { DateCell, NumberCell, SelectCell, TextCell } from '../../components/kit';

/** Intermediate and final targets, each with a date. */
export function TargetsTable({ indicatorId, code, targets }: { indicatorId: string; code: string; targets: readonly IndicatorTarget[] }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const cell = (column: string, n: number) => t('indicators.targets.cell', { column: t(`indicators.targets.${column}`), n });
  const add = async () => {
    const kind = targets.some((x) => x.kind === 'final') ? 'intermediate' : 'final';
    const result = await p.run('indicator.addTarget', { programmeId: p.snapshot.id, indicatorId, fields: { kind } });
    if (result.createdId) focusWhenReady(`indicatorTarget.${result.createdId}.value`);
  };
  return (
    <section className="ind-sub" aria-label={`${t('indicators.targets.title')} — ${code}`}>
      <h3>{t('indicators.targets.title')}</h3>
      {targets.length === 0 ? <p className="empty">{t('indicators.targets.none')}</p> : null}
      {targets.length > 0 ? (
        <table className="table ind-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.targets.kind')}</th>
              <th scope="col">{t('indicators.targets.value')}</th>
              <th scope="col">{t('indicators.targets.text')}</th>
              <th scope="col">{t('indicators.targets.date')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('logframe.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target, index) => {
              const n = index + 1;
              const id = (f: string) => `indicatorTarget.${target.id}.${f}`;
              return (
                <tr key={target.id}>
                  <td>
                    <SelectCell
                      id={id('kind')}
                      label={cell('kind', n)}
                      value={target.kind}
                      options={(['intermediate', 'final'] as const).map((k) => ({ value: k, label: t(`indicators.targets.kinds.${k}`) }))}
                      onCommit={(kind) => kind && p.update('indicatorTargets', target.id, { kind })}
                    />
                  </td>
                  <td>
                    <NumberCell id={id('value')} label={cell('value', n)} value={target.value} onCommit={(value) => p.update('indicatorTargets', target.id, { value })} />
                  </td>
                  <td>
                    <TextCell id={id('text')} label={cell('text', n)} value={target.text} multiline={false} onCommit={(text) => p.update('indicatorTargets', target.id, { text })} />
                  </td>
                  <td>
                    <DateCell id={id('date')} label={cell('date', n)} value={target.date} onCommit={(date) => p.update('indicatorTargets', target.id, { date })} />
                  </td>
                  <td>
                    <button type="button" className="button-danger" aria-label={t('indicators.targets.remove', { n })} onClick={() => void p.remove('indicatorTargets', target.id).catch(shownAsFailedSave)}>
                      <span aria-hidden="true">✕</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <button type="button" id={`indicator.${indicatorId}.addTarget`} onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('indicators.targets.add')}
      </button>
    </section>
  );
}
