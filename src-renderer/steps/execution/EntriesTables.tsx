import { useTranslation } from 'react-i18next';
import { entryYear } from '../../../src-shared/method/execution';
import type { Expenditure, Receipt } from '../../../src-shared/model';
import { DateCell, NumberCell, SelectCell, TextCell } from '../../components/kit';
import { focusWhenReady } from '../../components/focusWhenReady';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';

const NATURES = ['cash', 'in_kind'] as const;

/** What was spent in a year, line by line, each with its supporting reference. */
export function SpendingTable({ year }: { year: number }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const { snapshot } = p;
  const rows = snapshot.expenditures.filter((e) => entryYear(e) === year);
  const lines = snapshot.budgetLines.map((l) => ({ value: l.id, label: (l.label || t(`budget.categories.${l.category}`)).slice(0, 80) }));
  const natures = NATURES.map((n) => ({ value: n, label: t(`budget.natures.${n}`) }));
  const set = (e: Expenditure, fields: Partial<Expenditure>) => p.update('expenditures', e.id, fields).catch(shownAsFailedSave);
  const add = async () => {
    const line = snapshot.budgetLines.find((l) => l.year === year) ?? snapshot.budgetLines[0];
    if (!line) return;
    const id = await p.add('expenditures', { budgetLineId: line.id, year, nature: line.nature });
    focusWhenReady(`expenditure.${id}.amount`);
  };
  const c = (k: string) => t(`execution.spending.columns.${k}`);
  return (
    <section aria-labelledby="execution-spending-title">
      <h2 id="execution-spending-title">{t('execution.spending.title', { year })}</h2>
      {snapshot.budgetLines.length === 0 ? <p className="empty">{t('execution.spending.noLines')}</p> : null}
      {rows.length === 0 ? (
        <p className="empty" id="execution.expenditures">{t('execution.spending.none')}</p>
      ) : (
        <table className="exec-table exec-entries" id="execution.expenditures">
          <thead>
            <tr>
              {['line', 'nature', 'amount', 'reference', 'date', 'actions'].map((k) => <th key={k} scope="col">{c(k)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((e, i) => {
              const n = i + 1;
              const id = (f: string) => `expenditure.${e.id}.${f}`;
              return (
                <tr key={e.id}>
                  <td><SelectCell id={id('budgetLineId')} label={`${c('line')} ${n}`} value={e.budgetLineId} options={lines} onCommit={(v) => v && set(e, { budgetLineId: v })} /></td>
                  <td><SelectCell id={id('nature')} label={`${c('nature')} ${n}`} value={e.nature} options={natures} onCommit={(v) => v && set(e, { nature: v })} /></td>
                  <td><NumberCell id={id('amount')} label={`${c('amount')} ${n}`} value={e.amount} min={0} nullable={false} onCommit={(v) => set(e, { amount: v ?? 0 })} /></td>
                  <td><TextCell id={id('reference')} label={`${c('reference')} ${n}`} value={e.reference} multiline={false} onCommit={(v) => set(e, { reference: v })} /></td>
                  <td><DateCell id={id('date')} label={`${c('date')} ${n}`} value={e.date} onCommit={(v) => set(e, { date: v })} /></td>
                  <td>
                    <button type="button" className="button-danger" onClick={() => void p.remove('expenditures', e.id).catch(shownAsFailedSave)}>
                      {t('execution.spending.remove', { n })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" id="execution.addExpenditure" disabled={snapshot.budgetLines.length === 0} onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('execution.spending.add')}
      </button>
    </section>
  );
}

/** What each funder paid in a year. */
export function ReceiptsTable({ year }: { year: number }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const { snapshot } = p;
  const rows = snapshot.receipts.filter((r) => entryYear(r) === year);
  const funders = snapshot.funders.map((f) => ({ value: f.id, label: f.name.slice(0, 80) || t('budget.funders.unnamed') }));
  const natures = NATURES.map((n) => ({ value: n, label: t(`budget.natures.${n}`) }));
  const set = (r: Receipt, fields: Partial<Receipt>) => p.update('receipts', r.id, fields).catch(shownAsFailedSave);
  const add = async () => {
    const funder = snapshot.funders[0];
    if (!funder) return;
    const id = await p.add('receipts', { funderId: funder.id, year });
    focusWhenReady(`receipt.${id}.amount`);
  };
  const c = (k: string) => t(`execution.receipts.columns.${k}`);
  return (
    <section aria-labelledby="execution-receipts-title">
      <h2 id="execution-receipts-title">{t('execution.receipts.title', { year })}</h2>
      {snapshot.funders.length === 0 ? <p className="empty">{t('execution.receipts.noFunders')}</p> : null}
      {rows.length === 0 ? (
        <p className="empty">{t('execution.receipts.none')}</p>
      ) : (
        <table className="exec-table exec-entries" id="execution.receipts">
          <thead>
            <tr>
              {['funder', 'nature', 'amount', 'reference', 'date', 'actions'].map((k) => <th key={k} scope="col">{c(k)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const n = i + 1;
              const id = (f: string) => `receipt.${r.id}.${f}`;
              return (
                <tr key={r.id}>
                  <td><SelectCell id={id('funderId')} label={`${c('funder')} ${n}`} value={r.funderId} options={funders} onCommit={(v) => v && set(r, { funderId: v })} /></td>
                  <td><SelectCell id={id('nature')} label={`${c('nature')} ${n}`} value={r.nature} options={natures} onCommit={(v) => v && set(r, { nature: v })} /></td>
                  <td><NumberCell id={id('amount')} label={`${c('amount')} ${n}`} value={r.amount} min={0} nullable={false} onCommit={(v) => set(r, { amount: v ?? 0 })} /></td>
                  <td><TextCell id={id('reference')} label={`${c('reference')} ${n}`} value={r.reference} multiline={false} onCommit={(v) => set(r, { reference: v })} /></td>
                  <td><DateCell id={id('date')} label={`${c('date')} ${n}`} value={r.date} onCommit={(v) => set(r, { date: v })} /></td>
                  <td>
                    <button type="button" className="button-danger" onClick={() => void p.remove('receipts', r.id).catch(shownAsFailedSave)}>
                      {t('execution.receipts.remove', { n })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" id="execution.addReceipt" disabled={snapshot.funders.length === 0} onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('execution.receipts.add')}
      </button>
    </section>
  );
}
