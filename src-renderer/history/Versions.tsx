import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../src-shared/api/archive';
import { formatDate } from '../../src-shared/i18n';
import { ApiError } from '../api';
import { runCommand } from '../state/store';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { currentLocale } from '../i18n';
import { fromBase64, saveFile } from '../platform';

/** "As voted" versions: freeze after the vote, list them, re-export their documents byte-identical. */
export function Versions({ programmeId, versions, onChange }: { programmeId: string; versions: VersionSummary[]; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const locale = currentLocale();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const next = (versions[0]?.number ?? 0) + 1;

  const freeze = async (event: FormEvent) => {
    event.preventDefault();
    if (!number.trim() || !date || !window.confirm(t('history.versions.confirm', { number: number.trim() }))) return;
    setBusy(true);
    try {
      const v = await runCommand('version.freeze', { programmeId, deliberationNumber: number.trim(), deliberationDate: date });
      announce(t('history.versions.done', { n: v.number }));
      setNumber('');
      setDate('');
      setError(null);
      await onChange();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const exportDocuments = async (v: VersionSummary) => {
    try {
      const { documents } = await runCommand('version.exportDocuments', { programmeId, versionId: v.id });
      for (const d of documents) {
        await saveFile(d.name, fromBase64(d.base64), [{ name: 'Word', extensions: ['docx'] }]);
      }
      announce(t('history.versions.exported', { count: documents.length }));
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('history.versions.title')}</h2>
      <p>{t('history.versions.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <ul className="version-list">
        <li className="version-current">
          <strong>{t('history.versions.current', { n: next })}</strong>
          <form className="inline-form" onSubmit={freeze}>
            <label htmlFor="freeze-number">{t('history.versions.number')}</label>
            <input id="freeze-number" value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('history.versions.numberExample')} maxLength={200} />
            <label htmlFor="freeze-date">{t('history.versions.date')}</label>
            <input id="freeze-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <button type="submit" className="button-primary" disabled={busy || !number.trim() || !date}>
              {t('history.versions.submit')}
            </button>
          </form>
        </li>
        {versions.map((v) => (
          <li key={v.id}>
            <strong>{t('history.versions.frozen', { n: v.number, number: v.deliberationNumber, date: formatDate(v.deliberationDate, locale, 'long') })}</strong>
            <p>{t('history.versions.frozenBy', { date: formatDate(v.frozenAt.slice(0, 10), locale, 'long'), author: [v.author, v.organisation].filter(Boolean).join(', ') || t('history.unknownAuthor') })}</p>
            <p className="sha">{t('history.versions.fingerprint', { sha: v.snapshotSha256 })}</p>
            {v.documents.length > 0 ? (
              <button type="button" onClick={() => void exportDocuments(v)} aria-label={t('history.versions.exportLabel', { n: v.number })}>
                {t('history.versions.export')} ({v.documents.length})
              </button>
            ) : (
              <p className="empty">{t('history.versions.noDocuments')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
