import type { DepartementSettings, ProgrammeSnapshot } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** The Département's particulars the deliberation prints (stored once in the settings). */
export function settingsComplete(s: ProgrammeSnapshot, settings: DepartementSettings): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  const need = (field: keyof DepartementSettings, rule: string) => {
    if (blank(settings[field] as string)) out.push(item('documents', rule, `settings.${field}`));
  };
  need('name', 'settingsName');
  need('presidentName', 'settingsPresident');
  need('appealCourt', 'settingsAppealCourt');
  if (s.session.assembly === 'commission_permanente') need('delegationDeliberation', 'settingsDelegation');
  // What the rapport and the délibération print in their headers and articles (the documents refuse a final export without them).
  // (Now the programme's session particulars.)
  const session = (field: 'rapporteur' | 'reportNumber' | 'deliberationNumber' | 'budgetChapter', rule: string) => {
    if (blank(s.session[field])) out.push(item('documents', rule, `session.${field}`));
  };
  session('rapporteur', 'settingsRapporteur');
  if (!s.session.sessionDate) out.push(item('documents', 'settingsSessionDate', 'session.sessionDate'));
  session('reportNumber', 'settingsReportNumber');
  session('deliberationNumber', 'settingsDeliberationNumber');
  session('budgetChapter', 'settingsBudgetChapter');
  return out;
}
