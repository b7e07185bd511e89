import type { AuthoritySettings, ProgrammeSnapshot } from '../../model';
import { authorProfile, decidingBody } from '../lead-author';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** The authority's permanent particulars the documents print (stored once in the settings). */
export function settingsComplete(s: ProgrammeSnapshot, settings: AuthoritySettings): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  const need = (field: 'name' | 'presidentName' | 'appealCourt' | 'delegationDeliberation', rule: string) => {
    if (blank(settings[field])) out.push(item('documents', rule, `settings.${field}`));
  };
  need('name', 'settingsName');
  need('presidentName', 'settingsPresident');
  // An association's decision is a private-law act: no appeal mention, so no court to name.
  if (authorProfile(settings.authorityType).publicLaw) need('appealCourt', 'settingsAppealCourt');
  if (decidingBody(settings.authorityType, s.session.assembly) === 'delegate') need('delegationDeliberation', 'settingsDelegation');
  return out;
}
