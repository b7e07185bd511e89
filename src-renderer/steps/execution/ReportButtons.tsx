import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessItem } from '../../../src-shared/method/readiness';
import { ApiError } from '../../api';
import { useAnnounce } from '../../components/announcer';
import { ErrorBanner } from '../../components/ErrorBanner';
import { fromBase64, saveFile } from '../../platform';
import { useSnapshot } from '../../state/programme';
import { runCommand } from '../../state/store';
import { Blockers } from '../documents/Blockers';

/** Produces the year's report (draft or final) or the final report, and offers the .docx to save. */
export function ReportButtons({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const snapshot = useSnapshot();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [blockers, setBlockers] = useState<ReadinessItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const produce = async (options: { draft: boolean; final: boolean }) => {
    setBusy(true);
    setBlockers(null);
    setError(null);
    setDone(null);
    try {
      const result = await runCommand('documents.report', { programmeId: snapshot.id, year, locale, ...options });
      await saveFile(result.fileName, fromBase64(result.base64), [{ name: 'Word', extensions: ['docx'] }]);
      const message = t('execution.report.generated', { year, file: result.fileName });
      setDone(message);
      announce(message);
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
      if (apiError.code === 'document_incomplete') setBlockers((apiError.details as { items: ReadinessItem[] }).items);
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };
  const phase = snapshot.execution.phase;
  return (
    <div className="exec-report-buttons">
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <button type="button" id="execution.reportDraft" disabled={busy} onClick={() => void produce({ draft: true, final: false })}>
        {t('execution.report.generate', { year })}
      </button>
      <button type="button" id="execution.reportFinal" className="button-primary" disabled={busy} onClick={() => void produce({ draft: false, final: false })}>
        {t('execution.report.generateFinal', { year })}
      </button>
      {phase === 'in_execution' || phase === 'closed' ? (
        <button type="button" id="execution.finalReport" disabled={busy} onClick={() => void produce({ draft: true, final: true })}>
          {t('execution.final.generate')}
        </button>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      {blockers ? <Blockers programmeId={snapshot.id} items={blockers} /> : null}
    </div>
  );
}
