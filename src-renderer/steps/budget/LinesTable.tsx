import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lineAmount } from '../../../src-shared/method/budget';
import { programmePurpose } from '../../../src-shared/method/dac-codes';
import { BUDGET_CATEGORIES, type BudgetLine } from '../../../src-shared/model';
import { useRoute } from '../../router';
import { focusWhenReady } from '../../components/focusWhenReady';
import { useProgramme } from '../../state/programme';
import { money } from './money';
import { PurposeCell } from './PurposeCell';
import { shownAsFailedSave } from '../../state/store';
import { LazySelectCell, NumberCell, SelectCell, TextCell } from '../../components/kit';

const VIRTUALISE_FROM = 80;

interface LineProps {
  line: BudgetLine;
  n: number;
  activities: ReadonlyArray<{ value: string; label: string }>;
  /** What a line without its own purpose code inherits: its activity's code, else the themes'. */
  purposes: Purposes;
  locale: 'fr' | 'en';
  update: (id: string, fields: Partial<BudgetLine>) => unknown;
  remove: (id: string) => unknown;
  dataIndex: number;
  measure: ((el: HTMLTableSectionElement | null) => void) | undefined;
}

interface Purposes {
  themes: string;
  byActivity: ReadonlyMap<string, string | null>;
}

const LineRow = memo(function LineRow({ line, n, activities, purposes, locale, update, remove, dataIndex, measure }: LineProps) {
  const { t } = useTranslation();
  const label = (column: string) => t('budget.lines.cell', { column: t(`budget.lines.columns.${column}`), n });
  const id = (field: string) => `budgetLine.${line.id}.${field}`;
  const set = (fields: Partial<BudgetLine>) => update(line.id, fields);
  /** A field of the line's second row, with its visible name (the cell's own label says which line too). */
  const detail = (column: string, field: string, cell: ReactNode) => (
    <span className="budget-line-field">
      <label htmlFor={id(field)}>{column === 'purpose' ? t('budget.purpose.column') : t(`budget.lines.columns.${column}`)}</label>
      {cell}
    </span>
  );
  /** One of the line's fixed choices (category, side, nature), its options named from the catalogue. */
  const choice = <K extends 'category' | 'side' | 'nature'>(field: K, values: readonly BudgetLine[K][], names: string) =>
    detail(
      field,
      field,
      <SelectCell
        id={id(field)}
        label={label(field)}
        value={line[field]}
        options={values.map((v) => ({ value: v, label: t(`${names}.${v}`) }))}
        onCommit={(v) => v && set({ [field]: v })}
      />,
    );
  // Two rows a line, so nothing sits behind a sideways scroll at 1366×768 with the help open: what makes the amount
  // (year, quantity × unit cost) beside the label, then what the line is attached to and how it is counted.
  return (
    <tbody ref={measure} data-index={dataIndex} className="budget-line">
      <tr className="budget-line-main">
        <td rowSpan={2} className="budget-line-label">
          <TextCell id={id('label')} label={label('label')} value={line.label} onCommit={(v) => set({ label: v })} />
        </td>
        <td className="budget-line-year">
          <NumberCell id={id('year')} label={label('year')} value={line.year} integer min={2000} max={2100} onCommit={(year) => set({ year })} />
        </td>
        <td className="budget-line-quantity">
          <NumberCell id={id('quantity')} label={label('quantity')} value={line.quantity} min={0} nullable={false} onCommit={(quantity) => set({ quantity: quantity ?? 0 })} />
        </td>
        <td className="budget-line-unit">
          <TextCell id={id('unit')} label={label('unit')} value={line.unit} multiline={false} onCommit={(unit) => set({ unit })} />
        </td>
        <td className="budget-line-cost">
          <NumberCell id={id('unitCost')} label={label('unitCost')} value={line.unitCost} min={0} nullable={false} onCommit={(unitCost) => set({ unitCost: unitCost ?? 0 })} />
        </td>
        <td className="num budget-amount">{money(lineAmount(line), locale)}</td>
        <td>
          <button type="button" className="button-danger" aria-label={t('budget.lines.remove', { n })} onClick={() => void remove(line.id)}>
            <span aria-hidden="true">✕</span>
          </button>
        </td>
      </tr>
      <tr className="budget-line-details">
        <td colSpan={6}>
          {choice('category', BUDGET_CATEGORIES, 'budget.categories')}
          {detail(
            'activity',
            'activityId',
            <LazySelectCell id={id('activityId')} label={label('activity')} value={line.activityId} options={activities} emptyLabel={t('budget.lines.noActivity')} onCommit={(activityId) => set({ activityId })} />,
          )}
          {choice('side', ['france', 'partner'] as const, 'budget.sides')}
          {choice('nature', ['cash', 'in_kind'] as const, 'budget.natures')}
          {detail(
            'purpose',
            'purposeCode',
            <PurposeCell
              id={id('purposeCode')}
              label={t('budget.purpose.line', { n })}
              value={line.purposeCode}
              inherited={inheritedPurpose(line, purposes)}
              onCommit={(purposeCode) => set({ purposeCode })}
            />,
          )}
        </td>
      </tr>
    </tbody>
  );
});

/** The code a line without its own takes (as method/apd.ts linePurpose): its activity's, else the themes'. */
function inheritedPurpose(line: BudgetLine, purposes: Purposes): { code: string; from: 'themes' | 'activity' } {
  const own = line.activityId ? purposes.byActivity.get(line.activityId) : null;
  return own ? { code: own, from: 'activity' } : { code: purposes.themes, from: 'themes' };
}

/** Expense lines: category, year, optional activity, side, cash or in kind, quantity × unit cost, DAC purpose code. */
export function LinesTable({ activities, locale, total }: { activities: ReadonlyArray<{ value: string; label: string }>; locale: 'fr' | 'en'; total: number }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const lines = p.snapshot.budgetLines;
  const latest = useRef(p);
  latest.current = p;
  const update = useCallback((id: string, fields: Partial<BudgetLine>) => latest.current.update('budgetLines', id, fields), []);
  const remove = useCallback((id: string) => latest.current.remove('budgetLines', id).catch(shownAsFailedSave), []);
  const { logframe, framing } = p.snapshot;
  const purposes = useMemo<Purposes>(
    () => ({ themes: programmePurpose(framing.themes), byActivity: new Map(logframe.filter((r) => r.level === 'activity').map((r) => [r.id, r.purposeCode])) }),
    [logframe, framing.themes],
  );
  const add = async () => {
    const year = p.snapshot.framing.startDate ? Number(p.snapshot.framing.startDate.slice(0, 4)) : null;
    const id = await p.add('budgetLines', { category: 'missions', year });
    focusWhenReady(`budgetLine.${id}.label`);
  };
  // Long budgets (600 lines) render only the lines on screen; a readiness link scrolls its line into view.
  const tableRef = useRef<HTMLTableElement>(null);
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(tableRef.current ? tableRef.current.getBoundingClientRect().top + window.scrollY : 0), [lines.length > 0]); // eslint-disable-line react-hooks/exhaustive-deps
  const virtual = lines.length >= VIRTUALISE_FROM;
  const virtualizer = useWindowVirtualizer({ count: lines.length, estimateSize: () => 112, overscan: 10, scrollMargin: offset, enabled: virtual });
  const route = useRoute();
  const focus = route.name === 'programme' ? route.focus : null;
  useEffect(() => {
    const m = focus ? /^budgetLine\.([0-9a-f-]{36})\./.exec(focus) : null;
    if (!virtual || !m) return;
    const index = lines.findIndex((l) => l.id === m[1]);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [focus, virtual]); // eslint-disable-line react-hooks/exhaustive-deps
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = items.length > 0 ? items[0]!.start - virtualizer.options.scrollMargin : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin) : 0;
  const columns = ['label', 'year', 'quantity', 'unit', 'unitCost', 'amount'] as const;
  return (
    <section aria-labelledby="budget-lines-title">
      <h2 id="budget-lines-title">{t('budget.lines.title')}</h2>
      {lines.length === 0 ? <p className="empty">{t('budget.lines.none')}</p> : null}
      {lines.length > 0 ? (
        <div className="budget-scroll">
          <table className="table budget-lines" ref={tableRef}>
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
            {virtual && padTop > 0 ? (
              <tbody aria-hidden="true">
                <tr>
                  <td colSpan={7} style={{ height: padTop }} />
                </tr>
              </tbody>
            ) : null}
            {(virtual ? items.map((v) => v.index) : lines.map((_l, i) => i)).map((index) => (
              <LineRow
                key={lines[index]!.id}
                line={lines[index]!}
                n={index + 1}
                activities={activities}
                purposes={purposes}
                locale={locale}
                update={update}
                remove={remove}
                dataIndex={index}
                measure={virtual ? virtualizer.measureElement : undefined}
              />
            ))}
            {virtual && padBottom > 0 ? (
              <tbody aria-hidden="true">
                <tr>
                  <td colSpan={7} style={{ height: padBottom }} />
                </tr>
              </tbody>
            ) : null}
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  <span className="budget-total-label">{t('budget.lines.total')}</span>
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
      <button type="button" id="budget.addLine" onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('budget.lines.add')}
      </button>
    </section>
  );
}
