import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { executionYears } from '../../../src-shared/method/execution';
import { SelectField } from '../../components/kit';
import { useSnapshot } from '../../state/programme';
import { ReceiptsTable, SpendingTable } from './EntriesTables';
import { ExecutionView } from './ExecutionView';
import { PhasePanel } from './PhasePanel';
import { ReportPanel } from './ReportPanel';
import './execution.css';

/** « Exécution »: the phase, a year's spending and receipts, their view against the voted budget, the year's report. */
export default function ExecutionStep() {
  const { t } = useTranslation();
  const snapshot = useSnapshot();
  const years = useMemo(() => executionYears(snapshot), [snapshot]);
  const thisYear = new Date().getFullYear();
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? (years.includes(thisYear - 1) ? thisYear - 1 : years.includes(thisYear) ? thisYear : (years[0] ?? null));
  return (
    <div className="execution-screen">
      <h1>{t('execution.title')}</h1>
      <p className="step-intro">{t('execution.intro')}</p>
      <PhasePanel />
      {year === null ? (
        <p className="empty">{t('execution.yearNone')}</p>
      ) : (
        <>
          <SelectField
            id="execution.year"
            label={t('execution.year')}
            value={String(year)}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            onCommit={(v) => setChosen(v ? Number(v) : null)}
          />
          <SpendingTable year={year} />
          <ReceiptsTable year={year} />
          <ExecutionView year={year} />
          <ReportPanel year={year} />
        </>
      )}
    </div>
  );
}
