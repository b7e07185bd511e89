import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { lineAmount } from '../../../src-shared/method/budget';
import { BUDGET_CATEGORIES, type BudgetLine } from '../../../src-shared/model';
import { NumberCell, SelectCell, TextCell } from '../../components/DraftCell';
import { useProgramme } from '../../state/programme';
import { money } from './money';
import { focusWhenReady } from '../../components/focusWhenReady';

interface LineProps {
  line: BudgetLine;
  n: number;
  activities: ReadonlyArray<{ value: string; label: string }>;
  locale: 'fr' | 'en';
  update: (id: string, fields: Partial<BudgetLine>) => unknown;
  remove: (id: string) => unknown;
}

const LineRow = memo(function LineRow({ line, n, activities, locale, update, remove }: LineProps) {
  const { t } = useTranslation();
  const label = (column: string) => t('budget.lines.cell', { column: t(`budget.lines.columns.${column}`), n });
  const id = (field: string) => `budgetLine.${line.id}.${field}`;
  const set = (fields: Partial<BudgetLine>) => update(line.id, fields);
  return (
    <tr>
      <td>
        <TextCell id={id('label')} label={label('label')} value={line.label} onCommit={(v) => set({ label: v })} />
      </td>
      <td>
        <SelectCell
          id={id('category')}
          label={label('category')}
          value={line.category}
          options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`budget.categories.${c}`) }))}
          onCommit={(category) => category && set({ category })}
        />
      </td>
      <td>
        <NumberCell id={id('year')} label={label('year')} value={line.year} integer min={2000} max={2100} onCommit={(year) => set({ year })} />
      </td>
      <td>
        <SelectCell id={id('activityId')} label={label('activity')} value={line.activityId} options={activities} emptyLabel={t('budget.lines.noActivity')} onCommit={(activityId) => set({ activityId })} />
      </td>
      <td>
        <SelectCell
          id={id('side')}
          label={label('side')}
          value={line.side}
          options={(['france', 'partner'] as const).map((v) => ({ value: v, label: t(`budget.sides.${v}`) }))}
          onCommit={(side) => side && set({ side })}
        />
      </td>
      <td>
        <SelectCell
          id={id('nature')}
          label={label('nature')}
          value={line.nature}
          options={(['cash', 'in_kind'] as const).map((v) => ({ value: v, label: t(`budget.natures.${v}`) }))}
          onCommit={(nature) => nature && set({ nature })}
        />
      </td>
      <td>
        <NumberCell id={id('quantity')} label={label('quantity')} value={line.quantity} min={0} nullable={false} onCommit={(quantity) => set({ quantity: quantity ?? 0 })} />
      </td>
      <td>
        <TextCell id={id('unit')} label={label('unit')} value={line.unit} multiline={false} onCommit={(unit) => set({ unit })} />
      </td>
      <td>
        <NumberCell id={id('unitCost')} label={label('unitCost')} value={line.unitCost} min={0} nullable={false} onCommit={(unitCost) => set({ unitCost: unitCost ?? 0 })} />
      </td>
      <td className="num budget-amount">{money(lineAmount(line), locale)}</td>
      <td>
        <button type="button" className="button-danger" aria-label={t('budget.lines.remove', { n })} onClick={() => void remove(line.id)}>
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
});

/** Expense lines: category, year, optional activity, side, cash or in kind, quantity × unit cost. */
export function LinesTable({ activities, locale, total }: { activities: ReadonlyArray<{ value: string; label: string }>; locale: 'fr' | 'en'; total: number }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const lines = p.snapshot.budgetLines;
  const add = async () => {
    const year = p.snapshot.framing.startDate ? Number(p.snapshot.framing.startDate.slice(0, 4)) : null;
    const id = await p.add('budgetLines', { category: 'missions', year });
    focusWhenReady(`budgetLine.${id}.label`);
  };
  const columns = ['label', 'category', 'year', 'activity', 'side', 'nature', 'quantity', 'unit', 'unitCost', 'amount'] as const;
  return (
    <section aria-labelledby="budget-lines-title">
      <h2 id="budget-lines-title">{t('budget.lines.title')}</h2>
      {lines.length === 0 ? <p className="empty">{t('budget.lines.none')}</p> : null}
      {lines.length > 0 ? (
        <div className="budget-scroll">
          <table className="table budget-lines">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className={c === 'amount' || c === 'quantity' || c === 'unitCost' ? 'num' : undefined}>
                    {t(`budget.lines.columns.${c}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('logframe.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, index) => (
                <LineRow
                  key={line.id}
                  line={line}
                  n={index + 1}
                  activities={activities}
                  locale={locale}
                  update={(id, fields) => p.update('budgetLines', id, fields)}
                  remove={(id) => p.remove('budgetLines', id).catch(() => undefined)}
                />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={9}>
                  {t('budget.lines.total')}
                </th>
                <td className="num">
                  <strong>{money(total, locale)}</strong>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      <button type="button" id="budget.addLine" onClick={() => void add().catch(() => undefined)}>
        + {t('budget.lines.add')}
      </button>
    </section>
  );
}
