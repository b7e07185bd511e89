import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { runCommand } from '../../state/store';
import { useAnnounce } from '../../components/announcer';
import { JobProgress } from '../../components/JobProgress';
import { fromBase64, openFile, saveFile, toBase64 } from '../../platform';
import { useProgramme } from '../../state/programme';

const XLSX = [{ name: 'Excel', extensions: ['xlsx'] }];

type ProblemCode = 'headers' | 'level' | 'cost' | 'startDate' | 'endDate' | 'parent';
interface UnreadableRow {
  row: number;
  reason: string;
  problems?: Array<{ code: ProblemCode; value: string }>;
}

/** Logframe and budget to Excel, and a logframe back from Excel (same layout, round trip). */
export function ExcelPanel({ locale }: { locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<{
    title: 'importFailed' | 'exportFailed';
    message: string;
    rows: UnreadableRow[];
  } | null>(null);
  /** The running export's or import's jobId: JobProgress follows it and can cancel it (one at a time). */
  const [job, setJob] = useState<string | null>(null);
  const id = p.snapshot.id;

  const exportTo = async (command: 'xlsx.exportLogframe' | 'xlsx.exportBudget') => {
    const jobId = crypto.randomUUID();
    setJob(jobId);
    try {
      setProblem(null);
      const result = await runCommand(command, { programmeId: id, locale, jobId });
      setJob(null);
      await saveFile(result.fileName, fromBase64(result.base64), XLSX);
    } catch (e) {
      // Cancelled by the officer: said once, not shown as a failure.
      if (e instanceof ApiError && e.code === 'cancelled') return announce(t('errors.cancelled'));
      setProblem({
        title: 'exportFailed',
        message: t(`errors.${e instanceof ApiError ? e.code : 'internal'}`),
        rows: [],
      });
    } finally {
      setJob(null);
    }
  };
  const importFrom = async () => {
    const file = await openFile(XLSX);
    if (!file || !window.confirm(t('documents.screen.confirmImport'))) return;
    setProblem(null);
    const jobId = crypto.randomUUID();
    setJob(jobId);
    try {
      // A refused file is reported here, not as a failed save of the programme.
      await p.run('xlsx.importLogframe', { programmeId: id, base64: toBase64(file.bytes), jobId }, { refusal: 'caller' });
      await p.reload();
      announce(t('documents.screen.imported'));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'cancelled') announce(t('errors.cancelled'));
      else if (e instanceof ApiError)
        setProblem({
          title: 'importFailed',
          message: t(`errors.${e.code}`),
          rows: (e.details as { rows?: UnreadableRow[] } | undefined)?.rows ?? [],
        });
    } finally {
      setJob(null);
    }
  };

  return (
    <section aria-labelledby="documents-excel" className="documents-excel">
      <h2 id="documents-excel">{t('documents.screen.excel')}</h2>
      <div className="row-actions">
        <button type="button" disabled={job !== null} onClick={() => void exportTo('xlsx.exportLogframe')}>
          {t('documents.screen.exportLogframe')}
        </button>
        <button type="button" disabled={job !== null} onClick={() => void exportTo('xlsx.exportBudget')}>
          {t('documents.screen.exportBudget')}
        </button>
        <button type="button" disabled={job !== null} onClick={() => void importFrom()}>
          {t('documents.screen.importLogframe')}
        </button>
      </div>
      {job ? <JobProgress jobId={job} counts="nothing" /> : null}
      {problem ? (
        <div className="banner banner-error" role="alert">
          <span aria-hidden="true">✖</span>
          <div>
            <p>
              {t(`documents.screen.${problem.title}`)} {problem.message}
            </p>
            {problem.rows.length ? (
              <ul className="banner-details">
                {problem.rows.map((r) => (
                  <li key={r.row}>
                    {t('documents.screen.rowProblem', {
                      row: r.row,
                      reason: r.problems?.length
                        ? r.problems
                            .map((x) => t(`documents.screen.rowProblems.${x.code}`, { value: x.value }))
                            .join(' ; ')
                        : r.reason,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
