import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../src-shared/api/archive';
import { formatDateTime } from '../../src-shared/i18n';
import { ApiError } from '../api';
import { runCommand } from '../state/store';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { currentLocale } from '../i18n';
import { formatSize } from './size';
import './archive.css';

const KNOWN_REASONS = ['daily', 'before-migration', 'before-import', 'before-delete', 'before-purge', 'before-restore', 'before-replace', 'manual'];

/** #/backups: every backup with its date and reason; restore one (after a backup of the current state). */
export default function BackupsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const locale = currentLocale();
  const [items, setItems] = useState<BackupSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const refresh = useCallback(async () => {
    try {
      setItems(await runCommand('backup.list', {}));
    } catch (e) {
      setError(e as ApiError);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const act = async (run: () => Promise<string>) => {
    setBusy(true);
    try {
      const done = await run();
      setMessage(done);
      announce(done);
      setError(null);
      await refresh();
    } catch (e) {
      setError(e as ApiError);
      announce(t(`errors.${(e as ApiError).code}`), 'error');
    } finally {
      setBusy(false);
    }
  };

  const reason = (r: string) => t(`archive.backups.reasons.${KNOWN_REASONS.includes(r) ? r : 'other'}`);

  return (
    <div className="backups-page">
      <h1>{t('archive.backups.title')}</h1>
      <p>{t('archive.backups.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {message ? (
        <p className="status-ok">
          <span aria-hidden="true">✓ </span>
          {message}
        </p>
      ) : null}
      <p>
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              await runCommand('backup.create', {});
              return t('archive.backups.created');
            })
          }
        >
          {t('archive.backups.create')}
        </button>
      </p>
      {items === null ? (
        <p>{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('archive.backups.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('archive.backups.columns.at')}</th>
              <th scope="col">{t('archive.backups.columns.reason')}</th>
              <th scope="col" className="num">
                {t('archive.backups.columns.size')}
              </th>
              <th scope="col">{t('archive.backups.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => {
              const date = formatDateTime(b.at, locale);
              return (
                <tr key={b.name}>
                  <th scope="row">{date}</th>
                  <td>{reason(b.reason)}</td>
                  <td className="num">{formatSize(b.size, t, locale)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('archive.backups.restoreLabel', { date })}
                      onClick={() => {
                        if (!window.confirm(t('archive.backups.restoreConfirm', { date }))) return;
                        void act(async () => {
                          await runCommand('backup.restore', { name: b.name });
                          return t('archive.backups.restored', { date });
                        });
                      }}
                    >
                      {t('archive.backups.restore')}
                    </button>
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
