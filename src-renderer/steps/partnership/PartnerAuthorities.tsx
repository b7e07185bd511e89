import { useTranslation } from 'react-i18next';
import { authoritySuggestions } from '../../../src-shared/method/partner-authorities';
import type { Party } from '../../../src-shared/model';
import { useHelp } from '../../components/help';
import { useDraft } from '../../components/kit';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';

/** The French lead party keeps the types of its own author settings; every other party is an authority abroad. */
const LEAD_ROLE: Party['role'] = 'lead';

/**
 * Each partner authority's own type and its executive's title (issue 13, deliverable 4), free text with the usual
 * designations of its country offered as suggestions; the convention prints them in the party clause and under the
 * signature.
 */
export function PartnerAuthorities() {
  const { t } = useTranslation();
  const p = useProgramme();
  const parties = p.snapshot.parties.filter((x) => x.role !== LEAD_ROLE);
  if (!parties.length) return null;
  const suggestions = authoritySuggestions(p.snapshot.framing.partnerCountry);
  const update = (party: Party, fields: Partial<Party>) => void p.update('parties', party.id, fields).catch(shownAsFailedSave);
  return (
    <section aria-labelledby="partner-authorities-title" className="form-column">
      <h3 id="partner-authorities-title">{t('bilingual.partnerAuthorities')}</h3>
      <p className="field-hint">{t('bilingual.partnerAuthoritiesIntro')}</p>
      <datalist id="partner-type-suggestions">
        {suggestions.types.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      <datalist id="partner-title-suggestions">
        {suggestions.titles.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      {parties.map((party) => {
        const name = party.name.trim() || t('diagnosis.stakeholders.unnamed');
        return (
          <div key={party.id} className="partner-authority">
            <SuggestField
              id={`party.${party.id}.partyType`}
              list="partner-type-suggestions"
              label={t('bilingual.partyType', { name })}
              help={t('bilingual.partyTypeHelp')}
              value={party.partyType}
              onCommit={(partyType) => update(party, { partyType })}
            />
            <SuggestField
              id={`party.${party.id}.executiveTitle`}
              list="partner-title-suggestions"
              label={t('bilingual.executiveTitle', { name })}
              help={t('bilingual.executiveTitleHelp')}
              value={party.executiveTitle}
              onCommit={(executiveTitle) => update(party, { executiveTitle })}
            />
          </div>
        );
      })}
    </section>
  );
}

/** A labelled text field offering suggestions (a datalist): the kit's TextField has no list of them. */
function SuggestField(props: { id: string; list: string; label: string; help: string; value: string; onCommit: (v: string) => unknown }) {
  const { draft, change, blur } = useDraft(props.value, props.onCommit);
  const { setHelp } = useHelp();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        list={props.list}
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={blur}
        onFocus={() => setHelp({ title: props.label, text: props.help })}
      />
    </div>
  );
}
