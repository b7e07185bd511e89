import { useTranslation } from 'react-i18next';
import type { ExecutionReport } from '../../../src-shared/model';
import { DateField, TextField } from '../../components/kit';
import { focusWhenReady } from '../../components/focusWhenReady';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { ReportButtons } from './ReportButtons';

const TEXTS = ['activitiesDone', 'difficulties', 'adjustments', 'nextYearPlan'] as const;

/** The officer's words for the year's technical report; the figures come from the entries. */
export function ReportPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const report = p.snapshot.executionReports.find((r) => r.year === year);
  const open = async () => {
    await p.run('execution.openReport', { programmeId: p.snapshot.id, year });
    const id = p.snapshot.executionReports.find((r) => r.year === year)?.id;
    if (id) focusWhenReady(`executionReport.${id}.activitiesDone`);
  };
  const set = (r: ExecutionReport, fields: Partial<ExecutionReport>) => p.update('executionReports', r.id, fields).catch(shownAsFailedSave);
  return (
    <section aria-labelledby="execution-report-title" id={`execution.report.${year}`}>
      <h2 id="execution-report-title">{t('execution.report.title', { year })}</h2>
      {report ? (
        <div className="form-column">
          {TEXTS.map((field) => (
            <TextField
              key={field}
              id={`executionReport.${report.id}.${field}`}
              label={t(`execution.report.fields.${field}`)}
              value={report[field]}
              multiline
              rows={3}
              onCommit={(value) => set(report, { [field]: value })}
            />
          ))}
          <DateField id={`executionReport.${report.id}.submittedOn`} label={t('execution.report.fields.submittedOn')} value={report.submittedOn} onCommit={(submittedOn) => set(report, { submittedOn })} />
        </div>
      ) : (
        <button type="button" id="execution.openReport" className="button-primary" onClick={() => void open().catch(shownAsFailedSave)}>
          {t('execution.report.open', { year })}
        </button>
      )}
      <ReportButtons year={year} />
    </section>
  );
}
