import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveInspection, ImportResult, ImportStrategy } from '../../src-shared/api/archive';
import { formatDateTime } from '../../src-shared/i18n';
import type { Decisions } from '../../src-shared/merge/types';
import { ApiError } from '../api';
import { runCommand } from '../state/store';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { JobProgress } from '../components/JobProgress';
import { currentLocale } from '../i18n';
import { openFile, toBase64 } from '../platform';
import { hrefOf } from '../router';
import { ConflictReview } from './ConflictReview';
import { takeIncomingFile, useIncomingFile } from './incoming';
import './archive.css';

interface Chosen {
  name: string;
  base64: string;
}

/** #/import: choose an .atelier file, see what it holds, import it (merge, review conflicts, keep both, replace). */
export default function ImportPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const locale = currentLocale();
  const [file, setFile] = useState<Chosen | null>(null);
  const [password, setPassword] = useState('');
  const [info, setInfo] = useState<ArchiveInspection | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [busy, setBusy] = useState(false);
  /** The running import's jobId: JobProgress follows it and can cancel it (unpacking, decryption). */
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const fail = (e: unknown) => {
    const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
    setError(apiError);
    announce(t(`errors.${apiError.code}`), 'error');
  };

  const load = async (picked: { name: string; bytes: Uint8Array }) => {
    const chosen = { name: picked.name, base64: toBase64(picked.bytes) };
    setFile(chosen);
    setPassword('');
    setResult(null);
    setDecisions({});
    setError(null);
    setInfo(null);
    await inspect(chosen, '');
  };

  const choose = async () => {
    const picked = await openFile([{ name: 'Atelier Coop', extensions: ['atelier'] }]);
    if (picked) await load(picked);
  };

  // A file opened from the file manager or dropped onto the window: shown as if chosen here.
  const incoming = useIncomingFile();
  useEffect(() => {
    const file = incoming && takeIncomingFile();
    if (!file) return;
    if ('bytes' in file) void load(file);
    else {
      setFile(null);
      setInfo(null);
      setResult(null);
      fail(new ApiError({ code: file.error, message: file.name }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when a file arrives, not when the handlers change
  }, [incoming]);

  const inspect = async (chosen: Chosen, pass: string) => {
    setBusy(true);
    try {
      setInfo(await runCommand('archive.inspect', { base64: chosen.base64, ...(pass ? { password: pass } : {}) }));
      setError(null);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const unlock = (event: FormEvent) => {
    event.preventDefault();
    if (file && password) void inspect(file, password);
  };

  const runImport = async (strategy: ImportStrategy, withDecisions: Decisions = {}) => {
    if (!file) return;
    setBusy(true);
    const jobId = crypto.randomUUID();
    setJob(jobId);
    try {
      const out = await runCommand('archive.import', { base64: file.base64, strategy, decisions: withDecisions, jobId, ...(password ? { password } : {}) });
      setResult(out);
      setError(null);
      if (out.status === 'imported') announce(t(`archive.import.imported.${out.mode}`));
      else if (out.status === 'decision_needed') announce(t('archive.review.remaining', { count: out.conflicts.length - out.decided.length }));
      else announce(t('archive.import.strategyTitle'));
    } catch (e) {
      // Cancelled by the officer: nothing was imported, which is what was asked, not an error.
      if (e instanceof ApiError && e.code === 'cancelled') announce(t('errors.cancelled'));
      else fail(e);
    } finally {
      setBusy(false);
      setJob(null);
    }
  };

  const m = info?.manifest ?? null;
  const needsPassword = info?.encrypted && !m;

  return (
    <div className="import-page">
      <h1>{t('archive.import.title')}</h1>
      <p>{t('archive.import.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {job ? <JobProgress jobId={job} counts="nothing" /> : null}
      {result?.status !== 'imported' ? (
        <p className="inline-form">
          <button type="button" className={file ? '' : 'button-primary'} onClick={() => void choose()} disabled={busy}>
            {t('archive.import.choose')}
          </button>
          {file ? <span>{t('archive.import.chosen', { name: file.name })}</span> : <span className="field-hint">{t('archive.import.dropHint')}</span>}
        </p>
      ) : null}

      {needsPassword ? (
        <form className="inline-form" onSubmit={unlock}>
          <p className="full">
            <span aria-hidden="true">🔒 </span>
            {t('archive.import.encrypted')}
          </p>
          <label htmlFor="import-password">{t('archive.import.password')}</label>
          <input id="import-password" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
          <button type="submit" className="button-primary" disabled={!password || busy}>
            {t('archive.import.unlock')}
          </button>
        </form>
      ) : null}

      {m && info && !result ? (
        <section aria-labelledby="archive-summary-title" className="archive-summary">
          <h2 id="archive-summary-title">{t('archive.import.summaryTitle')}</h2>
          <dl className="summary-list">
            <div>
              <dt>{t('archive.import.programme')}</dt>
              <dd>{m.programmeTitle || t('shell.untitled')}</dd>
            </div>
            <div>
              <dt>{t('archive.import.exportedBy')}</dt>
              <dd>{[m.exportedBy.name, m.exportedBy.organisation].filter(Boolean).join(', ') || t('history.unknownAuthor')}</dd>
            </div>
            <div>
              <dt>{t('archive.import.exportedAt')}</dt>
              <dd>{formatDateTime(m.exportedAt, locale)}</dd>
            </div>
            <div>
              <dt>{t('archive.import.documents')}</dt>
              <dd>
                {info.documents.length > 0 ? (
                  <ul className="plain-list">
                    {info.documents.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('archive.import.attachments')}</dt>
              <dd>{info.attachments}</dd>
            </div>
          </dl>
          <p className={info.local.inBin ? 'status-blocking' : undefined}>
            {info.local.inBin
              ? t('archive.import.localInBin')
              : !info.local.exists
                ? t('archive.import.localNew')
                : info.local.knownBase
                  ? t('archive.import.localKnown', { title: info.local.title })
                  : t('archive.import.localNoBase', { title: info.local.title })}
          </p>
          <button type="button" className="button-primary" disabled={busy || info.local.inBin} onClick={() => void runImport('merge')}>
            {busy ? t('archive.import.working') : t('archive.import.submit')}
          </button>
        </section>
      ) : null}

      {result?.status === 'strategy_needed' ? (
        <section aria-labelledby="strategy-title" className="strategy">
          <h2 id="strategy-title">{t('archive.import.strategyTitle')}</h2>
          <p>{t(result.reason === 'structure' ? 'archive.import.strategyStructure' : 'archive.import.strategyIntro')}</p>
          <div className="strategy-options">
            <div>
              <button type="button" className="button-primary" disabled={busy} onClick={() => void runImport('keep-both')} aria-describedby="keep-both-hint">
                {t('archive.import.keepBoth')}
              </button>
              <p id="keep-both-hint" className="field-hint">
                {t('archive.import.keepBothHint')}
              </p>
            </div>
            <div>
              <button
                type="button"
                disabled={busy}
                aria-describedby="replace-hint"
                onClick={() => {
                  if (window.confirm(t('archive.import.replaceConfirm', { title: result.localTitle }))) void runImport('replace');
                }}
              >
                {t('archive.import.replace')}
              </button>
              <p id="replace-hint" className="field-hint">
                {t('archive.import.replaceHint')}
              </p>
            </div>
          </div>
        </section>
      ) : null}

      {result?.status === 'decision_needed' ? (
        <ConflictReview conflicts={result.conflicts} decisions={decisions} onChange={setDecisions} busy={busy} onApply={() => void runImport('merge', decisions)} />
      ) : null}

      {result?.status === 'imported' ? (
        <section className="import-done">
          <p className="status-ok">
            <span aria-hidden="true">✓ </span>
            {t(`archive.import.imported.${result.mode}`)}
          </p>
          {result.restored > 0 ? <p>{t('archive.import.restoredCount', { count: result.restored })}</p> : null}
          <p className="inline-form">
            <a className="button-link button-primary" href={hrefOf.programme(result.programmeId)}>
              {t('archive.import.open')}
            </a>
            <button
              type="button"
              onClick={() => {
                setFile(null);
                setInfo(null);
                setResult(null);
                setDecisions({});
                setPassword('');
              }}
            >
              {t('archive.import.another')}
            </button>
          </p>
        </section>
      ) : null}
    </div>
  );
}
