import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { hrefOf } from '../router';
import { runCommand } from '../state/store';
import { ErrorBanner } from './ErrorBanner';

/** What settings.get said of the damage (its settings_damaged details), when it said it. */
export interface SettingsDamage {
  fields: string[];
  notJson: boolean;
}

/**
 * Damaged settings and the way out, in the programme's shell and on the settings page alike: what is
 * damaged, « Réparer les paramètres » (settings.repair backs the data up first, keeps the readable fields
 * and empties the others), then `onRepaired` reads the settings again; or a backup to restore.
 * Rendered whether or not the settings are damaged, so the repair's outcome stays on screen after it.
 */
export function SettingsRepair({
  damaged,
  details = null,
  where,
  onRepaired,
}: {
  damaged: boolean;
  details?: SettingsDamage | null;
  /** The programme's shell (it opens without the settings) or the settings page (which cannot show them). */
  where: 'programme' | 'settings';
  onRepaired: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [repairing, setRepairing] = useState(false);
  const [repaired, setRepaired] = useState<{ message: string; reset: string[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const label = (field: string) => t(`settings.fields.${field}`, { defaultValue: field });

  const repair = async () => {
    setRepairing(true);
    setError(null);
    try {
      const out = await runCommand('settings.repair', {});
      const reset = out.reset.filter((f) => f !== '*');
      setRepaired({
        message: out.reset.length ? t('recovery.repaired', { count: out.reset.length, backup: out.backup ?? '' }) : t('recovery.repairedNone'),
        reset,
      });
      await onRepaired();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }));
    } finally {
      setRepairing(false);
    }
  };

  return (
    <>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {damaged ? (
        <div className="banner banner-error" role="alert" data-testid="settings-damaged">
          <span aria-hidden="true">⚠</span>
          <div>
            <p>{t(where === 'settings' ? 'recovery.settingsDamagedHere' : 'recovery.settingsDamaged')}</p>
            {details?.notJson ? <p>{t('recovery.damagedAll')}</p> : null}
            {details && !details.notJson && details.fields.length ? (
              <p>{t('recovery.damagedFields', { fields: details.fields.map(label).join(', ') })}</p>
            ) : null}
            <p className="inline-form">
              <button type="button" className="button-primary" onClick={() => void repair()} disabled={repairing}>
                {repairing ? t('recovery.repairing') : t('recovery.repair')}
              </button>
              <a href={hrefOf.backups()}>{t('recovery.backups')}</a>
            </p>
          </div>
        </div>
      ) : null}
      {repaired && !damaged ? (
        <p className="status-ok" role="status">
          <span aria-hidden="true">✓ </span>
          {repaired.message}
          {repaired.reset.length ? <> {t('recovery.resetFields', { fields: repaired.reset.map(label).join(', ') })}</> : null}
        </p>
      ) : null}
    </>
  );
}
