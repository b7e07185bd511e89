import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { DateField, MultiCheckField, SelectField, TextField } from '../components/fields';
import type { DepartementSettings } from '../../src-shared/model';
import { LogoField } from './LogoField';
import { TemplateField } from './TemplateField';
import './settings.css';

type TextKey =
  | 'name'
  | 'presidentName'
  | 'rapporteur'
  | 'reportNumber'
  | 'deliberationNumber'
  | 'delegationDeliberation'
  | 'budgetChapter'
  | 'budgetArticle'
  | 'budgetProgramme'
  | 'authorisationProgramme'
  | 'paymentCredits'
  | 'appealCourt'
  | 'defaultSignatory'
  | 'authorName'
  | 'authorOrganisation';

/** A readiness link may point at a setting: #/settings?focus=settings.<field>. */
function focusFromHash(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('focus');
}

/** The Département's particulars, entered once and used by every programme's documents. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [settings, setSettings] = useState<DepartementSettings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(setSettings, (e: unknown) =>
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) })),
    );
  }, []);

  useEffect(() => {
    if (!settings) return;
    const focus = focusFromHash();
    if (focus) document.getElementById(focus)?.focus();
  }, [settings === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useCallback(
    async (fields: Partial<DepartementSettings>) => {
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
      <p className="step-intro">{t('settings.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />

      <section aria-labelledby="settings-authority">
        <h2 id="settings-authority">{t('settings.sections.authority')}</h2>
        {text('name', { required: true })}
        <LogoField value={settings.logo} onChange={(logo) => save({ logo })} />
        <SelectField
          id="settings.assembly"
          label={t('settings.fields.assembly')}
          hint={t('settings.help.assembly')}
          value={settings.assembly}
          options={(['conseil_departemental', 'commission_permanente'] as const).map((v) => ({
            value: v,
            label: t(`settings.assembly.${v}`),
          }))}
          onCommit={(assembly) => (assembly ? save({ assembly }) : undefined)}
        />
        {settings.assembly === 'commission_permanente'
          ? text('delegationDeliberation', { required: true })
          : null}
        {text('presidentName', { required: true })}
        {text('rapporteur', { required: true })}
      </section>

      <section aria-labelledby="settings-session">
        <h2 id="settings-session">{t('settings.sections.session')}</h2>
        <DateField
          id="settings.sessionDate"
          label={t('settings.fields.sessionDate')}
          hint={t('settings.help.sessionDate')}
          required
          value={settings.sessionDate}
          onCommit={(sessionDate) => save({ sessionDate })}
        />
        <div className="field-row">
          {text('reportNumber', { required: true })}
          {text('deliberationNumber', { required: true })}
        </div>
      </section>

      <section aria-labelledby="settings-budget">
        <h2 id="settings-budget">{t('settings.sections.budget')}</h2>
        <div className="field-row">
          {text('budgetChapter', { required: true })}
          {text('budgetArticle', { required: true })}
        </div>
        {text('budgetProgramme', { required: true })}
        {text('authorisationProgramme', { multiline: true })}
        {text('paymentCredits', { multiline: true })}
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
