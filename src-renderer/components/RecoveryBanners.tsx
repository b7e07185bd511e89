import { useTranslation } from 'react-i18next';
import { hrefOf } from '../router';
import { useRecovery } from '../state/recovery';
import { SettingsRepair } from './SettingsRepair';

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
  return (
    <>
      <SettingsRepair damaged={settingsDamaged} where="programme" onRepaired={reload} />
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
