import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  capitalisationFacts,
  capitalisationSuggestions,
  type CapitalisationField,
} from '../../../src-shared/method/capitalisation';
import { currentLocale } from '../../i18n';
import { useProgramme } from '../../state/programme';
import './capitalisation.css';
import { shownAsFailedSave } from '../../state/store';
import { TextField } from '../../components/kit';

const FIELDS: CapitalisationField[] = [
  'title',
  'context',
  'problem',
  'approach',
  'results',
  'difficulties',
  'successFactors',
  'lessons',
  'transferability',
  'reciprocity',
  'resources',
  'contacts',
];
const WITH_EXAMPLE = new Set<CapitalisationField>(['approach', 'lessons']);

/** Step 10: the fiche de capitalisation — facts from the programme, then the officer's own account. */
export default function CapitalisationStep() {
  const { t } = useTranslation();
  const p = useProgramme();
  const locale = currentLocale();
  const facts = useMemo(() => capitalisationFacts(p.snapshot, locale), [p.snapshot, locale]);
  const suggestions = useMemo(() => capitalisationSuggestions(p.snapshot, locale), [p.snapshot, locale]);
  const save = (field: CapitalisationField, value: string) =>
    p.updateSection('capitalisation', { [field]: value }).catch(shownAsFailedSave);
  const list = (items: string[]) =>
    items.length ? items.join(' ; ') : <span className="field-hint">{t('capitalisation.facts.none')}</span>;

  return (
    <div className="form-column capitalisation-step">
      <h1>{t('capitalisation.title')}</h1>
      <p className="step-intro">{t('capitalisation.intro')}</p>

      <section aria-labelledby="capitalisation-known" className="known-facts">
        <h2 id="capitalisation-known">{t('capitalisation.known')}</h2>
        <p className="field-hint">{t('capitalisation.knownNote')}</p>
        <dl>
          <dt>{t('capitalisation.facts.partners')}</dt>
          <dd>{list(facts.partners)}</dd>
          <dt>{t('capitalisation.facts.territories')}</dt>
          <dd>{list(facts.territories)}</dd>
          <dt>{t('capitalisation.facts.period')}</dt>
          <dd>{facts.period || <span className="field-hint">{t('capitalisation.facts.none')}</span>}</dd>
          <dt>{t('capitalisation.facts.sdg')}</dt>
          <dd>{list(facts.sdgTargets)}</dd>
          <dt>{t('capitalisation.facts.stakeholders')}</dt>
          <dd>{list(facts.stakeholders)}</dd>
          <dt>{t('capitalisation.facts.objectives')}</dt>
          <dd>
            {facts.objectives.length ? (
              <ul>
                {facts.objectives.map((o) => (
                  <li key={o.code + o.text}>
                    <strong>{o.code}</strong> {o.text}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="field-hint">{t('capitalisation.facts.none')}</span>
            )}
          </dd>
          <dt>{t('capitalisation.facts.measured')}</dt>
          <dd>
            {facts.measured.length ? (
              <ul>
                {facts.measured.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : (
              <span className="field-hint">{t('capitalisation.facts.none')}</span>
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="capitalisation-written">
        <h2 id="capitalisation-written">{t('capitalisation.written')}</h2>
        {FIELDS.map((field) => {
          const suggestion = suggestions[field];
          return (
            <div key={field} className="capitalisation-field">
              <TextField
                id={`capitalisation.${field}`}
                label={t(`capitalisation.fields.${field}`)}
                help={t(`capitalisation.help.${field}`)}
                {...(WITH_EXAMPLE.has(field)
                  ? { example: t(`capitalisation.examples.${field as 'approach'}`) }
                  : {})}
                hint={t(`capitalisation.help.${field}`)}
                value={p.snapshot.capitalisation[field]}
                multiline={field !== 'title'}
                rows={field === 'approach' || field === 'results' ? 6 : 4}
                maxLength={100_000}
                onCommit={(value) => save(field, value)}
              />
              {suggestion ? (
                <div className="suggestion">
                  <p className="suggestion-label">{t('capitalisation.suggestion')}</p>
                  <p className="suggestion-text">{suggestion}</p>
                  <p className="field-hint">{t('capitalisation.usedInSheet')}</p>
                  <button type="button" onClick={() => void save(field, suggestion)}>
                    {t('capitalisation.useSuggestion')}
                  </button>
                </div>
              ) : null}
            </div>
          );
        })}
      </section>
    </div>
  );
}
