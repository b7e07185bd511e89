import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { SettingsRepair, type SettingsDamage } from '../components/SettingsRepair';
import { readSettings } from '../state/recovery';
import type { AuthoritySettings } from '../../src-shared/model';
import { LogoField } from './LogoField';
import { TemplateField } from './TemplateField';
import './settings.css';
import { MultiCheckField, SelectField, TextField } from '../components/kit';

type TextKey =
  | 'name'
  | 'presidentName'
  | 'delegationDeliberation'
  | 'appealCourt'
  | 'defaultSignatory'
  | 'authorName'
  | 'authorOrganisation';

/** A readiness link may point at a setting: #/settings?focus=settings.<field>. */
function focusFromHash(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('focus');
}

/**
 * The Département's permanent particulars, entered once and used by every programme's documents. What changes with
 * each session (date, numbers, rapporteur, imputation, AP/CP) is entered per programme, in « Passage en séance ».
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [settings, setSettings] = useState<AuthoritySettings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  /** Damaged settings cannot be shown (nor saved): the page offers the repair instead of the form. */
  const [damage, setDamage] = useState<SettingsDamage | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(setSettings, (e: unknown) => {
      const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
      const details = apiError.details as Partial<SettingsDamage> | undefined;
      if (apiError.code === 'settings_damaged') setDamage({ fields: details?.fields ?? [], notJson: details?.notJson === true });
      else setError(apiError);
    });
  }, []);

  // Read again through the recovery state, so the programme shell's banner goes too.
  const afterRepair = async () => {
    setSettings(await readSettings(call));
    setDamage(null);
  };
  const repair = <SettingsRepair damaged={damage !== null} details={damage} where="settings" onRepaired={afterRepair} />;

  useEffect(() => {
    if (!settings) return;
    const focus = focusFromHash();
    if (focus) document.getElementById(focus)?.focus();
  }, [settings === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useCallback(
    async (fields: Partial<AuthoritySettings>) => {
      try {
        setSettings(await call('settings.update', { fields }));
        setError(null);
        announce(t('settings.saved'));
      } catch (e) {
        const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
        setError(apiError);
        announce(t(`errors.${apiError.code}`), 'error');
      }
    },
    [announce, t],
  );

  if (damage)
    return (
      <div className="form-column settings-page">
        <h1>{t('settings.title')}</h1>
        {repair}
      </div>
    );
  if (!settings) return error ? <ErrorBanner error={error} /> : <p>{t('common.loading')}</p>;

  const text = (key: TextKey, opts: { required?: boolean; multiline?: boolean } = {}) => (
    <TextField
      id={`settings.${key}`}
      label={t(`settings.fields.${key}`)}
      hint={t(`settings.help.${key}`)}
      value={settings[key]}
      required={opts.required}
      multiline={opts.multiline}
      rows={2}
      maxLength={2000}
      missing={
        opts.required && !settings[key].trim()
          ? t('documents.doc.missing', { what: t(`settings.fields.${key}`) })
          : null
      }
      onCommit={(value) => save({ [key]: value })}
    />
  );

  return (
    <div className="form-column settings-page">
      <h1>{t('settings.title')}</h1>
      {/* Second child in both branches, so the repair's outcome stays shown once the form comes back. */}
      {repair}
      <p className="step-intro">{t('settings.intro')}</p>
      <p className="field-hint settings-session-note">{t('settings.sessionNote')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />

      <section aria-labelledby="settings-authority">
        <h2 id="settings-authority">{t('settings.sections.authority')}</h2>
        {text('name', { required: true })}
        <LogoField value={settings.logo} onChange={(logo) => save({ logo })} />
        <div className="field-row">
          {text('presidentName', { required: true })}
          <SelectField
            id="settings.presidentTitle"
            label={t('settings.fields.presidentTitle')}
            hint={t('settings.help.presidentTitle')}
            value={settings.presidentTitle}
            options={(['president', 'presidente'] as const).map((v) => ({
              value: v,
              label: t(`settings.presidentTitle.${v}`),
            }))}
            onCommit={(presidentTitle) => (presidentTitle ? save({ presidentTitle }) : undefined)}
          />
        </div>
        {text('delegationDeliberation')}
      </section>

      <section aria-labelledby="settings-legal">
        <h2 id="settings-legal">{t('settings.sections.legal')}</h2>
        {text('appealCourt', { required: true })}
        {text('defaultSignatory')}
      </section>

      <section aria-labelledby="settings-author">
        <h2 id="settings-author">{t('settings.sections.author')}</h2>
        <div className="field-row">
          {text('authorName')}
          {text('authorOrganisation')}
        </div>
      </section>

      <section aria-labelledby="settings-documents">
        <h2 id="settings-documents">{t('settings.sections.documents')}</h2>
        <MultiCheckField
          id="settings.documentLanguages"
          label={t('settings.fields.documentLanguages')}
          hint={t('settings.help.documentLanguages')}
          value={settings.documentLanguages}
          options={(['fr', 'en'] as const).map((v) => ({ value: v, label: t(`settings.languages.${v}`) }))}
          onCommit={(documentLanguages) =>
            documentLanguages.length ? save({ documentLanguages }) : undefined
          }
        />
      </section>

      <section aria-labelledby="settings-template">
        <h2 id="settings-template">{t('settings.sections.template')}</h2>
        <TemplateField value={settings.wordTemplate} onChange={(wordTemplate) => save({ wordTemplate })} />
      </section>
    </div>
  );
}
