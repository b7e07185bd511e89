import type { AuthoritySettings, ProgrammeSnapshot } from '../../model';
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
  need('appealCourt', 'settingsAppealCourt');
  if (s.session.assembly === 'delegate') need('delegationDeliberation', 'settingsDelegation');
  return out;
}
