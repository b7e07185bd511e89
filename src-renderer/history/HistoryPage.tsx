import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../src-shared/api/archive';
import type { RevisionSummary } from '../../src-shared/api/core';
import { formatDateTime } from '../../src-shared/i18n';
import { STEPS } from '../../src-shared/method';
import { ApiError } from '../api';
import { runCommand } from '../state/store';
import { ErrorBanner } from '../components/ErrorBanner';
import { currentLocale } from '../i18n';
import { useProgramme } from '../state/programme';
import { useCommandLabel } from './labels';
import { Versions } from './Versions';
import { Amendment } from './Amendment';
import '../archive/archive.css';

const authorKey = (r: RevisionSummary) => `${r.author}\u0000${r.organisation}`;

/** #/p/<id>/history: every change with its author and step, those received in archives, and voted versions. */
export default function HistoryPage() {
  const { t } = useTranslation();
  const p = useProgramme();
  const locale = currentLocale();
  const label = useCommandLabel();
  const programmeId = p.snapshot.id;
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [author, setAuthor] = useState('');
  const [step, setStep] = useState('');
  const [origin, setOrigin] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [r, v] = await Promise.all([runCommand('history.list', { programmeId, limit: 2_000 }), runCommand('version.list', { programmeId })]);
      setRevisions(r);
      setVersions(v);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [programmeId]);
  // Refresh when the programme changes (an edit elsewhere, an undo).
  useEffect(() => void refresh(), [refresh, p.snapshot.updatedAt]);
  // Freezing may move the programme to « voted » (versions.freeze): the screens read the programme again.
  const afterFreeze = useCallback(async () => {
    await p.reload();
    await refresh();
  }, [p, refresh]);

  const authors = useMemo(() => {
    const seen = new Map<string, RevisionSummary>();
    for (const r of revisions ?? []) if (!seen.has(authorKey(r))) seen.set(authorKey(r), r);
    return [...seen.entries()];
  }, [revisions]);
  const versionBySeq = new Map(versions.map((v) => [v.revisionSeq, v]));
  const shown = (revisions ?? []).filter(
    (r) => (!author || authorKey(r) === author) && (!step || r.steps.includes(step)) && (!origin || r.origin === origin),
  );
  const who = (r: RevisionSummary) => [r.author, r.organisation].filter(Boolean).join(', ') || t('history.unknownAuthor');

  return (
    <div className="history-page">
      <h1>{t('history.title')}</h1>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <Versions programmeId={programmeId} versions={versions} onChange={afterFreeze} />
      <Amendment programmeId={programmeId} versions={versions} onChange={afterFreeze} />
      <h2>{t('history.changesTitle')}</h2>
      <p>{t('history.intro')}</p>
      <fieldset className="history-filters">
        <legend className="visually-hidden">{t('history.filters.legend')}</legend>
        <div className="field">
          <label htmlFor="history-author">{t('history.filters.author')}</label>
          <select id="history-author" value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">{t('history.filters.allAuthors')}</option>
            {authors.map(([key, r]) => (
              <option key={key} value={key}>
                {who(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-step">{t('history.filters.step')}</label>
          <select id="history-step" value={step} onChange={(e) => setStep(e.target.value)}>
            <option value="">{t('history.filters.allSteps')}</option>
            {STEPS.map((s) => (
              <option key={s} value={s}>
                {t(`shell.steps.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="history-origin">{t('history.filters.origin')}</label>
          <select id="history-origin" value={origin} onChange={(e) => setOrigin(e.target.value)}>
            <option value="">{t('history.filters.allOrigins')}</option>
            <option value="local">{t('history.origin.local')}</option>
            <option value="import">{t('history.origin.import')}</option>
          </select>
        </div>
        <p aria-live="polite">{t('history.count', { count: shown.length })}</p>
      </fieldset>
      {revisions === null ? (
        <p>{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('history.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('history.columns.at')}</th>
              <th scope="col">{t('history.columns.author')}</th>
              <th scope="col">{t('history.columns.action')}</th>
              <th scope="col">{t('history.columns.steps')}</th>
              <th scope="col">{t('history.columns.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const version = versionBySeq.get(r.seq);
              return (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at, locale)}</td>
                  <td>{who(r)}</td>
                  <th scope="row">
                    {version ? <strong>{t('history.versions.marker', { n: version.number })}</strong> : label(r.command)}
                    {r.state === 'undone' ? <span className="status-todo"> ({t('history.undone')})</span> : null}
                  </th>
                  <td>{r.steps.map((s) => t(`shell.steps.${s}`)).join(', ')}</td>
                  <td className={r.origin === 'import' ? 'origin-import' : undefined}>
                    {r.origin === 'import' ? <span aria-hidden="true">✉ </span> : null}
                    {t(`history.origin.${r.origin}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
