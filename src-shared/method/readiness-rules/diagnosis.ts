import { DIAGNOSIS_SECTIONS, type ProgrammeSnapshot, type RichText } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

const isEmptyRich = (text: RichText) =>
  text.every((b) =>
    b.type === 'paragraph' ? b.children.every((i) => blank(i.text)) : b.items.every((it) => it.every((i) => blank(i.text))),
  );

/** Message keys differ by side so each sentence reads naturally. */
const suffix = (side: 'france' | 'partner') => (side === 'france' ? 'France' : 'Partner');

/** Both territories (here and there) are named and described, section by section. */
export function territoriesDescribed(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  for (const side of ['france', 'partner'] as const) {
    const territory = s.territories.find((t) => t.side === side);
    if (!territory) {
      out.push(item('diagnosis', `territoryMissing${suffix(side)}`, undefined, { subject: side }));
      continue;
    }
    if (blank(territory.name)) out.push(item('diagnosis', `territoryName${suffix(side)}`, `territory.${territory.id}.name`, { subject: territory.id }));
    const empty = DIAGNOSIS_SECTIONS.filter((k) => isEmptyRich(territory.sections[k]));
    if (empty.length === DIAGNOSIS_SECTIONS.length) {
      out.push(item('diagnosis', `territoryUndescribed${suffix(side)}`, `territory.${territory.id}.${empty[0]}`, { subject: territory.id }));
    } else if (empty.length > 0) {
      out.push(
        item('diagnosis', `territoryIncomplete${suffix(side)}`, `territory.${territory.id}.${empty[0]}`, {
          subject: territory.id,
          severity: 'warning',
          params: { count: empty.length },
        }),
      );
    }
  }
  return out;
}

export function stakeholdersListed(s: ProgrammeSnapshot): ReadinessItem[] {
  if (s.stakeholders.length === 0) return [item('diagnosis', 'stakeholdersNone', 'diagnosis.stakeholders')];
  return s.stakeholders
    .filter((h) => blank(h.name))
    .map((h) => item('diagnosis', 'stakeholderName', `stakeholder.${h.id}.name`, { subject: h.id, severity: 'warning' }));
}

export function coreProblem(s: ProgrammeSnapshot): ReadinessItem[] {
  const core = s.problems.find((p) => p.kind === 'core');
  if (!core) return [item('diagnosis', 'coreProblemMissing', 'diagnosis.problems')];
  return blank(core.text) ? [item('diagnosis', 'coreProblemText', `problem.${core.id}`)] : [];
}
