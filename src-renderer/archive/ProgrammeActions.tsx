import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { JobProgress } from '../components/JobProgress';
import { currentLocale } from '../i18n';
import { fromBase64, saveFile } from '../platform';
import { useProgramme } from '../state/programme';
import { formatSize } from './size';
import './archive.css';

const MIN_PASSWORD = 8;

/** Archive actions in a programme's header: export to an .atelier file, optionally with a password. */
export function ArchiveProgrammeActions({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Through the programme's queue, so an edit saved on blur is in the archive.
  const { run } = useProgramme();
  const dialog = useRef<HTMLDialogElement>(null);
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  /** The running export's jobId: JobProgress follows it and can cancel it. */
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ name: string; size: number; warnLarge: boolean; encrypted: boolean; saved: boolean } | null>(null);

  const problem = !protect ? null : password.length < MIN_PASSWORD ? t('archive.export.tooShort') : password !== confirm ? t('archive.export.mismatch') : null;

  const open = () => {
    setResult(null);
    setError(null);
    setPassword('');
    setConfirm('');
    dialog.current?.showModal();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    setBusy(true);
    setError(null);
    const jobId = crypto.randomUUID();
    setJob(jobId);
    try {
      // A cancelled or refused export is this dialog's to show (its banner), not a failed save.
      const out = await run('archive.export', { programmeId, jobId, ...(protect ? { password } : {}) }, { refusal: 'caller' });
      setJob(null);
      const saved = await saveFile(out.fileName, fromBase64(out.base64), [{ name: 'Atelier Coop', extensions: ['atelier'] }]);
      setResult({ name: out.fileName, size: out.size, warnLarge: out.warnLarge, encrypted: protect, saved });
      announce(saved ? t(protect ? 'archive.export.doneEncrypted' : 'archive.export.done', { name: out.fileName, size: formatSize(out.size, t, currentLocale()) }) : t('archive.export.cancelled'));
      setPassword('');
      setConfirm('');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      setJob(null);
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={open}>
        {t('archive.export.open')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="export-title">
        <form onSubmit={submit} className="form-column">
          <h2 id="export-title">{t('archive.export.title')}</h2>
          <p>{t('archive.export.intro')}</p>
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          <div className="field field-checkbox">
            <input id="export-protect" type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
            <label htmlFor="export-protect">{t('archive.export.protect')}</label>
          </div>
          <p className="field-hint">{t('archive.export.protectHint')}</p>
          {protect ? (
            <div className="field-row">
              <div className="field">
                <label htmlFor="export-password">{t('archive.export.password')}</label>
                <input id="export-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby="export-password-problem" />
              </div>
              <div className="field">
                <label htmlFor="export-confirm">{t('archive.export.confirm')}</label>
                <input id="export-confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-describedby="export-password-problem" />
              </div>
            </div>
          ) : null}
          <p id="export-password-problem" className="field-status status-todo" aria-live="polite">
            {protect && (password || confirm) && problem ? `⚠ ${problem}` : ''}
          </p>
          {result ? (
            <div role="status">
              {result.saved ? (
                <p className="status-ok">
                  <span aria-hidden="true">✓ </span>
                  {t(result.encrypted ? 'archive.export.doneEncrypted' : 'archive.export.done', { name: result.name, size: formatSize(result.size, t, currentLocale()) })}
                </p>
              ) : (
                <p>{t('archive.export.cancelled')}</p>
              )}
              {result.warnLarge ? (
                <div className="banner banner-warning">
                  <span aria-hidden="true">⚠</span>
                  <p>{t('archive.export.large')}</p>
                </div>
              ) : null}
            </div>
          ) : null}
          {job ? <JobProgress jobId={job} /> : null}
          <div className="dialog-actions">
            <button type="submit" className="button-primary" disabled={busy || (protect && problem !== null)}>
              {busy ? t('archive.export.working') : t('archive.export.submit')}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('archive.export.close')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
