import type { AuthoritySettings, ProgrammeSnapshot } from '../../model';
import { authorProfile } from '../lead-author';
import type { ReadinessItem } from '../readiness';
import { item } from './item';

/**
 * Checks that depend on the type of lead author. A commune's conseil municipal deliberates on the convention
 * itself (no commission permanente, no bureau): a programme set to go before a delegate body says so, and its
 * documents name the conseil municipal.
 */
export function leadAuthorAssembly(s: ProgrammeSnapshot, settings: AuthoritySettings): ReadinessItem[] {
  if (authorProfile(settings.authorityType).hasDelegate || s.session.assembly !== 'delegate') return [];
  return [item('documents', 'leadAuthorNoDelegate', 'session.assembly', { severity: 'warning' })];
}

/** The lead's party must be of the lead author's kind: a convention of L1115-1 is signed by a local authority. */
export function leadAuthorParty(s: ProgrammeSnapshot, settings: AuthoritySettings): ReadinessItem[] {
  const lead = s.parties.find((p) => p.role === 'lead');
  if (!lead || authorProfile(settings.authorityType).publicLaw) return [];
  // An association signs a private-law agreement: it must not present itself as a local authority.
  return /^(département|commune|région|communauté|métropole)\b/i.test(lead.name.trim())
    ? [item('partnership', 'leadAuthorPartyKind', `party.${lead.id}.name`)]
    : [];
}
