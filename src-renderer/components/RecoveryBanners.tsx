import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { hrefOf } from '../router';
import { useRecovery } from '../state/recovery';
import { runCommand } from '../state/store';
import { ErrorBanner } from './ErrorBanner';

/** Longest excerpt of a damaged row shown: enough to recognise it, not a wall of broken JSON. */
const EXCERPT = 40;

/**
 * What the main process could not read, said in the programme's shell with the way out: damaged
 * settings (« Réparer les paramètres », then the programme is read again) and parts of the programme
 * left out (restore a backup). `reload` reads the programme and settings again.
 */
export function RecoveryBanners({ programmeId, reload }: { programmeId: string; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { settingsDamaged, damaged } = useRecovery();
  const lost = damaged.get(programmeId) ?? [];
  const [repairing, setRepairing] = useState(false);
  const [repaired, setRepaired] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const repair = async () => {
    setRepairing(true);
    setError(null);
    try {
      const out = await runCommand('settings.repair', {});
      setRepaired(out.reset.length ? t('recovery.repaired', { count: out.reset.length, backup: out.backup ?? '' }) : t('recovery.repairedNone'));
      await reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      setRepairing(false);
    }
  };

  return (
    <>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {settingsDamaged ? (
        <div className="banner banner-error" role="alert" data-testid="settings-damaged">
          <span aria-hidden="true">⚠</span>
          <div>
            <p>{t('recovery.settingsDamaged')}</p>
            <button type="button" className="button-primary" onClick={() => void repair()} disabled={repairing}>
              {repairing ? t('recovery.repairing') : t('recovery.repair')}
            </button>
          </div>
        </div>
      ) : null}
      {repaired && !settingsDamaged ? (
        <p className="status-ok" role="status">
          <span aria-hidden="true">✓ </span>
          {repaired}
        </p>
      ) : null}
      {lost.length ? (
        <div className="banner banner-warning" role="alert" data-testid="programme-damaged">
          <span aria-hidden="true">⚠</span>
          <div>
            <p>
              {t('recovery.damaged', {
                parts: lost
                  .map((d) => t('recovery.damagedItem', { part: t(`history.parts.${d.part}`, { defaultValue: d.part }), excerpt: d.excerpt.slice(0, EXCERPT) }))
                  .join(', '),
              })}
            </p>
            <p>
              {t('recovery.wayOut')} <a href={hrefOf.backups()}>{t('recovery.backups')}</a>
            </p>
          </div>
        </div>
      ) : null}
    </>
  );
}
