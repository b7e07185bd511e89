import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '../../src-shared/api/jobs';
import { call } from '../api';
import type { Transport } from '../state/store';

/** How often the line asks how far the command is (a few answers a second, each a map lookup). */
const POLL_MS = 250;

/**
 * While a long command runs under `jobId` (the document package, an archive export): « Documents : 3 sur 5 »,
 * a progress bar and « Annuler ». It calls the transport directly, not the window's write queue: following
 * or cancelling must not wait behind the very command it follows. The command itself answers `cancelled`.
 */
export function JobProgress({
  jobId,
  transport = call,
  counts = 'documents',
}: {
  jobId: string;
  transport?: Transport;
  /** What the line counts: the package's documents, or nothing (one file: an Excel sheet, an archive read). */
  counts?: 'documents' | 'nothing';
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Progress>({ done: 0, total: 0, state: 'running' });
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const next = await transport('jobs.progress', { jobId });
        if (!stopped) setProgress(next);
      } catch {
        // A missed poll only delays the line: the command's own answer reports any failure.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, transport]);

  const cancel = async () => {
    setCancelling(true);
    try {
      await transport('jobs.cancel', { jobId });
    } catch {
      // The command runs on and its own answer is shown: the button comes back to try again.
      setCancelling(false);
    }
  };

  const known = counts === 'documents' && progress.total > 0;
  const idle = counts === 'documents' ? t('jobs.preparing') : t('jobs.working');
  return (
    <div className="job-progress" role="status">
      <label htmlFor={`job-${jobId}`}>{known ? t('jobs.documents', { done: progress.done, total: progress.total }) : idle}</label>{' '}
      <progress id={`job-${jobId}`} aria-label={t('jobs.progress')} {...(known ? { max: progress.total, value: progress.done } : {})} />{' '}
      <button type="button" onClick={() => void cancel()} disabled={cancelling}>
        {cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
      </button>
    </div>
  );
}
