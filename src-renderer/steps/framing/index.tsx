import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsBetween } from '../../../src-shared/i18n/format';
import { countriesSorted } from '../../../src-shared/method/countries';
import { PARTNER_LEVELS, THEMES, type Framing } from '../../../src-shared/model';
import { Attachments } from '../../components/Attachments';
import { useMissing } from '../../components/authoring-hooks';
import { currentLocale } from '../../i18n';
import { useProgramme } from '../../state/programme';
import { TargetGroups } from './TargetGroups';
import { shownAsFailedSave } from '../../state/store';
import { DateField, MissingMark, MultiCheckField, NumberField, SelectField, TextField } from '../../components/kit';

/** Framing fields edited as free text. */
type TextKey = 'title' | 'acronym' | 'summary' | 'partnerAuthority' | 'history' | 'earlierConventions' | 'sharedChallenge' | 'reciprocityEffects';

const PARTNER_LANGUAGES = ['fr', 'en', 'es', 'pt', 'ar', 'mg', 'vi', 'km', 'lo', 'ht', 'wo'] as const;

/** Step 1: framing (cadrage) — one readable column, every field with the method's help. */
export default function FramingStep() {
  const { t, i18n } = useTranslation();
  const p = useProgramme();
  const missing = useMissing();
  const f = p.snapshot.framing;
  const locale = currentLocale();
  const [periodError, setPeriodError] = useState<string | null>(null);
  // Themes change on each click: keep them locally while saves are pending, so a quick second click
  // never starts from a list that an older save's answer has not caught up with yet.
  const [themes, setThemes] = useState(f.themes);
  const pendingThemes = useRef(0);
  const storedThemes = useRef(f.themes);
  storedThemes.current = f.themes;
  useEffect(() => {
    if (pendingThemes.current === 0) setThemes(f.themes);
  }, [f.themes]);
  const saveThemes = (next: Framing['themes']) => {
    setThemes(next);
    pendingThemes.current++;
    return p.updateSection('framing', { themes: next }).then(
      () => {
        pendingThemes.current--;
      },
      () => {
        // Refused: show what is stored again.
        if (--pendingThemes.current === 0) setThemes(storedThemes.current);
      },
    );
  };
  const countries = useMemo(() => countriesSorted(locale).map((c) => ({ value: c.code, label: c[locale] })), [locale]);
  const save = (fields: Partial<Framing>) => p.updateSection('framing', fields).catch(shownAsFailedSave);
  const text = (key: TextKey, opts: { multiline?: boolean; rows?: number; example?: boolean; required?: boolean; maxLength?: number } = {}) => (
    <TextField
      id={`framing.${key}`}
      label={t(`framing.fields.${key}`)}
      help={t(`framing.help.${key}`)}
      {...(opts.example ? { example: t(`framing.examples.${key as 'title'}`) } : {})}
      value={String(f[key] ?? '')}
      multiline={opts.multiline}
      rows={opts.rows}
      required={opts.required}
      maxLength={opts.maxLength}
      missing={missing(`framing.${key}`)}
      onCommit={(value) => save({ [key]: value })}
    />
  );
  // Only the date that changed is sent: the other one is whatever is stored when the command runs.
  const setPeriod = (change: { startDate: string | null } | { endDate: string | null }, startDate: string | null, endDate: string | null) => {
    if (startDate && endDate && endDate < startDate) {
      setPeriodError(t('framing.endBeforeStart'));
      return;
    }
    setPeriodError(null);
    return p.run('framing.setPeriod', { programmeId: p.snapshot.id, ...change }).then(
      () => undefined,
      () => setPeriodError(t('framing.endBeforeStart')),
    );
  };
  const months = monthsBetween(f.startDate, f.endDate);

  return (
    <div className="form-column authoring-form" lang={i18n.language}>
      <h1>{t('framing.title')}</h1>
      <p className="step-intro">{t('framing.intro')}</p>

      <section aria-labelledby="framing-identification">
        <h2 id="framing-identification">{t('framing.sections.identification')}</h2>
        {text('title', { example: true, required: true, maxLength: 2000 })}
        {text('acronym', { maxLength: 40 })}
        {text('summary', { multiline: true, rows: 4 })}
      </section>

      <section aria-labelledby="framing-partner">
        <h2 id="framing-partner">{t('framing.sections.partner')}</h2>
        <div className="field-row">
          <SelectField
            id="framing.partnerCountry"
            label={t('framing.fields.partnerCountry')}
            help={t('framing.help.partnerCountry')}
            value={f.partnerCountry || null}
            options={countries}
            allowEmpty
            emptyLabel={t('framing.chooseCountry')}
            required
            missing={missing('framing.partnerCountry')}
            onCommit={(v) => save({ partnerCountry: v ?? '' })}
          />
          <SelectField
            id="framing.partnerLevel"
            label={t('framing.fields.partnerLevel')}
            help={t('framing.help.partnerLevel')}
            value={f.partnerLevel}
            options={PARTNER_LEVELS.map((l) => ({ value: l, label: t(`framing.levels.${l}`) }))}
            allowEmpty
            emptyLabel={t('framing.chooseLevel')}
            missing={missing('framing.partnerLevel')}
            onCommit={(v) => save({ partnerLevel: v })}
          />
        </div>
        {text('partnerAuthority', { required: true })}
        <SelectField
          id="framing.partnerLanguage"
          label={t('framing.fields.partnerLanguage')}
          help={t('framing.help.partnerLanguage')}
          value={(PARTNER_LANGUAGES as readonly string[]).includes(f.partnerLanguage) ? (f.partnerLanguage as (typeof PARTNER_LANGUAGES)[number]) : 'fr'}
          options={PARTNER_LANGUAGES.map((l) => ({ value: l, label: t(`framing.languages.${l}`) }))}
          onCommit={(v) => save({ partnerLanguage: v ?? 'fr' })}
        />
      </section>

      <section aria-labelledby="framing-themes">
        <h2 id="framing-themes">{t('framing.sections.themes')}</h2>
        <MultiCheckField
          id="framing.themes"
          label={t('framing.fields.themes')}
          help={t('framing.help.themes')}
          value={themes}
          options={THEMES.map((th) => ({ value: th, label: t(`framing.themes.${th}`) }))}
          missing={missing('framing.themes')}
          onCommit={saveThemes}
        />
        <TargetGroups missing={missing} />
      </section>

      <section aria-labelledby="framing-period">
        <h2 id="framing-period">{t('framing.sections.period')}</h2>
        <div className="field-row">
          <DateField
            id="framing.startDate"
            label={t('framing.fields.startDate')}
            help={t('framing.help.startDate')}
            value={f.startDate}
            required
            missing={missing('framing.startDate')}
            onCommit={(v) => setPeriod({ startDate: v }, v, f.endDate)}
          />
          <DateField
            id="framing.endDate"
            label={t('framing.fields.endDate')}
            help={t('framing.help.endDate')}
            value={f.endDate}
            required
            error={periodError}
            missing={missing('framing.endDate')}
            onCommit={(v) => setPeriod({ endDate: v }, f.startDate, v)}
          />
        </div>
        <p className="duration" aria-live="polite" data-testid="framing-duration">
          {months === null ? t('framing.durationUnknown') : t('framing.duration', { months })}
          {months !== null && (months < 12 || months > 36) ? (
            <>
              {' '}
              <MissingMark as="span">{t('framing.durationUnusual')}</MissingMark>
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="framing-history">
        <h2 id="framing-history">{t('framing.sections.history')}</h2>
        <NumberField
          id="framing.partnershipSince"
          label={t('framing.fields.partnershipSince')}
          help={t('framing.help.partnershipSince')}
          value={f.partnershipSince}
          integer
          min={1900}
          max={2200}
          missing={missing('framing.partnershipSince')}
          onCommit={(v) => save({ partnershipSince: v })}
        />
        {text('history', { multiline: true, rows: 5 })}
        {text('earlierConventions', { multiline: true, rows: 3 })}
      </section>

      <section aria-labelledby="framing-reciprocity">
        <h2 id="framing-reciprocity">{t('framing.sections.reciprocity')}</h2>
        {text('sharedChallenge', { multiline: true, rows: 4, example: true, required: true })}
        {text('reciprocityEffects', { multiline: true, rows: 4, example: true, required: true })}
      </section>
      <Attachments />
    </div>
  );
}
