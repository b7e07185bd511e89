import type { DepartementSettings, ProgrammeSnapshot } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** The Département's particulars the deliberation prints (stored once in the settings). */
export function settingsComplete(_s: ProgrammeSnapshot, settings: DepartementSettings): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  const need = (field: keyof DepartementSettings, rule: string) => {
    if (blank(settings[field] as string)) out.push(item('documents', rule, `settings.${field}`));
  };
  need('name', 'settingsName');
  need('presidentName', 'settingsPresident');
  need('appealCourt', 'settingsAppealCourt');
  if (settings.assembly === 'commission_permanente') need('delegationDeliberation', 'settingsDelegation');
  // What the rapport and the délibération print in their headers and articles (the documents refuse a final export without them).
  need('rapporteur', 'settingsRapporteur');
  if (!settings.sessionDate) out.push(item('documents', 'settingsSessionDate', 'settings.sessionDate'));
  need('reportNumber', 'settingsReportNumber');
  need('deliberationNumber', 'settingsDeliberationNumber');
  need('budgetChapter', 'settingsBudgetChapter');
  return out;
}
