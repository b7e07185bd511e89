import { PARTNER_HEADING_KEYS, type AuthoritySettings, type PartnerHeadingKey, type ProgrammeSnapshot } from '../../model';
import { missingHeadings, partnerClauseTitle, secondLanguage } from '../convention-languages';
import { missing, type Missing } from '../pieces';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/**
 * The bilingual convention's partner version (issue 13, deliverable 3): once a second language is chosen, every
 * part the convention prints in French needs its version in that language, written by people. Each missing one is
 * listed with a link to where it is written on the partnership screen.
 */

/** Headings the convention always prints; the column or part heading falls back to a French label. */
const PRINTED_HEADINGS: readonly PartnerHeadingKey[] = PARTNER_HEADING_KEYS.filter((k) => k !== 'version');

/** Each partner version the convention lacks, as the document marks it (same focus as its marker). */
export function partnerVersionNeeds(s: ProgrammeSnapshot, settings: Pick<AuthoritySettings, 'authorityType'>): Missing[] {
  const language = secondLanguage(s.framing);
  if (!language) return [];
  const out: Missing[] = [];
  if (blank(s.governance.objectPartner)) out.push(missing('partnerObject', 'governance.objectPartner'));
  if (blank(s.governance.preamblePartner)) out.push(missing('partnerPreamble', 'governance.preamblePartner'));
  for (const clause of s.clauses) {
    if (partnerClauseTitle(clause, language, settings.authorityType) === null) out.push(missing('partnerTitle', `clause.${clause.id}.partnerTitle`));
    if (blank(clause.partnerText)) out.push(missing('partnerText', `clause.${clause.id}.partnerText`));
  }
  for (const key of missingHeadings(language, s.governance.partnerHeadings, PRINTED_HEADINGS))
    out.push(missing('partnerHeading', `governance.partnerHeadings.${key}`));
  return out;
}

/** The partner's fields the convention does not print while it is in French only (their markers block nothing). */
export function unprintedPartnerField(s: ProgrammeSnapshot, section: string, field: string): boolean {
  if (secondLanguage(s.framing)) return false;
  if (section === 'governance') return field === 'objectPartner' || field === 'preamblePartner' || field === 'partnerHeadings';
  return section === 'clauses' && (field === 'partnerText' || field === 'partnerTitle');
}

export function partnerVersions(s: ProgrammeSnapshot, settings: AuthoritySettings): ReadinessItem[] {
  const language = secondLanguage(s.framing);
  if (!language) return [];
  const title = (id: string) => {
    const clause = s.clauses.find((c) => c.id === id);
    return clause?.title.trim() || clause?.key || '';
  };
  return partnerVersionNeeds(s, settings).map((m) => {
    const [, id, field] = m.focus.split('.');
    switch (m.missing) {
      case 'partnerObject':
        return item('partnership', 'partnerObjectMissing', m.focus);
      case 'partnerPreamble':
        return item('partnership', 'partnerPreambleMissing', m.focus);
      case 'partnerHeading':
        return item('partnership', 'partnerHeadingMissing', m.focus, { subject: field ?? '', params: { heading: field ?? '' } });
      case 'partnerTitle':
        return item('partnership', 'partnerTitleMissing', m.focus, { subject: id ?? '', params: { title: title(id ?? '') } });
      default:
        return item('partnership', 'partnerTextMissing', m.focus, { subject: id ?? '', params: { title: title(id ?? '') } });
    }
  });
}
