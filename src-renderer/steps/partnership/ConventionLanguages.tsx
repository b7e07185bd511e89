import { useTranslation } from 'react-i18next';
import { builtInPhrase, hasBuiltInWording, isRightToLeft, secondLanguage } from '../../../src-shared/method/convention-languages';
import { CONVENTION_LAYOUTS, PARTNER_HEADING_KEYS, type ConventionLayout, type Governance, type PartnerHeadingKey } from '../../../src-shared/model';
import { useMissing } from '../../components/authoring-hooks';
import { SelectField, TextCell, TextField } from '../../components/kit';
import { hrefOf } from '../../router';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';

/** A language's name in the interface's language, in lower case as French writes it ("espagnol"). */
export function languageLabel(language: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * The bilingual convention (issue 13): its layout, the partner's version of the object and the preamble, and the
 * wording of the headings in the partner's language (the app's own for English, Spanish and Portuguese).
 */
export function ConventionLanguages() {
  const { t, i18n } = useTranslation();
  const p = useProgramme();
  const missing = useMissing();
  const s = p.snapshot;
  const language = secondLanguage(s.framing);
  const save = (fields: Partial<Governance>) => p.updateSection('governance', fields).catch(shownAsFailedSave);
  if (!language)
    return (
      <section aria-labelledby="bilingual-title" className="form-column">
        <h2 id="bilingual-title">{t('bilingual.title')}</h2>
        <p className="field-hint">
          {t('bilingual.frenchOnly')} <a href={hrefOf.programme(s.id, 'framing', 'framing.partnerLanguage')}>{t('bilingual.goToFraming')}</a>
        </p>
      </section>
    );
  const name = languageLabel(language, i18n.language);
  const direction = isRightToLeft(language) ? 'partner-rtl' : '';
  const g = s.governance;
  return (
    <section aria-labelledby="bilingual-title" className="form-column bilingual">
      <h2 id="bilingual-title">{t('bilingual.title')}</h2>
      <p className="step-intro">{t('bilingual.intro', { language: name })}</p>
      <SelectField<ConventionLayout>
        id="governance.conventionLayout"
        label={t('bilingual.layout')}
        help={t('bilingual.layoutHelp')}
        value={g.conventionLayout}
        options={CONVENTION_LAYOUTS.map((value) => ({ value, label: t(`bilingual.layouts.${value}`) }))}
        onCommit={(v) => (v ? save({ conventionLayout: v }) : undefined)}
      />
      <TextField
        id="governance.objectPartner"
        className={direction}
        label={t('bilingual.objectPartner', { language: name })}
        help={t('bilingual.objectPartnerHelp')}
        multiline
        rows={2}
        value={g.objectPartner}
        missing={missing('governance.objectPartner')}
        onCommit={(objectPartner) => save({ objectPartner })}
      />
      <TextField
        id="governance.preamblePartner"
        className={direction}
        label={t('bilingual.preamblePartner', { language: name })}
        help={t('bilingual.preamblePartnerHelp')}
        multiline
        rows={5}
        value={g.preamblePartner}
        missing={missing('governance.preamblePartner')}
        onCommit={(preamblePartner) => save({ preamblePartner })}
      />
      <PartnerHeadings language={language} name={name} headings={g.partnerHeadings} save={(partnerHeadings) => save({ partnerHeadings })} missing={missing} />
    </section>
  );
}

function PartnerHeadings({
  language,
  name,
  headings,
  save,
  missing,
}: {
  language: string;
  name: string;
  headings: Governance['partnerHeadings'];
  save: (headings: Governance['partnerHeadings']) => unknown;
  missing: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const builtIn = hasBuiltInWording(language);
  const direction = isRightToLeft(language) ? 'partner-rtl' : '';
  const update = (key: PartnerHeadingKey, value: string) => save({ ...headings, [key]: value });
  return (
    <>
      <h3 id="bilingual-headings-title">{t('bilingual.headingsTitle', { language: name })}</h3>
      <p className="field-hint">{builtIn ? t('bilingual.headingsBuiltIn', { language: name }) : t('bilingual.headingsOwn', { language: name })}</p>
      <div className="table-scroll">
        <table className="table bilingual-headings" aria-labelledby="bilingual-headings-title">
          <caption className="visually-hidden">{t('bilingual.headingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bilingual.headingFrench')}</th>
              <th scope="col" className="col-wide">{t('bilingual.headingPartner', { language: name })}</th>
            </tr>
          </thead>
          <tbody>
            {PARTNER_HEADING_KEYS.map((key) => {
              const id = `governance.partnerHeadings.${key}`;
              return (
                <tr key={key}>
                  <th scope="row">{t(`bilingual.headings.${key}`)}</th>
                  <td className={direction}>
                    <TextCell
                      id={id}
                      label={`${t(`bilingual.headings.${key}`)} — ${t('bilingual.headingPartner', { language: name })}`}
                      value={headings[key]}
                      placeholder={builtInPhrase(key, language)}
                      multiline={false}
                      missing={missing(id)}
                      onCommit={(v) => update(key, v)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
