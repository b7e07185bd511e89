import type { ProgrammeSnapshot } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** The convention needs both parties: the Département and the partner authority. */
export function partiesPresent(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  for (const role of ['lead', 'partner'] as const) {
    const party = s.parties.find((p) => p.role === role);
    if (!party) out.push(item('partnership', role === 'lead' ? 'partyLeadMissing' : 'partyPartnerMissing', 'partnership.parties'));
    else if (blank(party.name)) out.push(item('partnership', 'partyName', `party.${party.id}.name`, { subject: party.id }));
  }
  return out;
}

export function signatoriesNamed(s: ProgrammeSnapshot): ReadinessItem[] {
  if (s.signatories.length === 0) return [item('partnership', 'signatoriesNone', 'partnership.signatories')];
  const out: ReadinessItem[] = [];
  for (const sig of s.signatories) {
    if (blank(sig.name)) out.push(item('partnership', 'signatoryName', `signatory.${sig.id}.name`, { subject: sig.id }));
    else if (blank(sig.function)) out.push(item('partnership', 'signatoryFunction', `signatory.${sig.id}.function`, { subject: sig.id, severity: 'warning' }));
  }
  return out;
}

export function governanceDescribed(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  if (blank(s.governance.steeringComposition)) out.push(item('partnership', 'governanceComposition', 'governance.steeringComposition'));
  if (blank(s.governance.steeringFrequency)) out.push(item('partnership', 'governanceFrequency', 'governance.steeringFrequency', { severity: 'warning' }));
  return out;
}

/** A required clause still empty would print an empty article in the convention. */
export function clausesWritten(s: ProgrammeSnapshot): ReadinessItem[] {
  return s.clauses
    .filter((c) => c.required && blank(c.text))
    .map((c) => item('partnership', 'clauseEmpty', `clause.${c.id}.text`, { subject: c.id, params: { title: c.title || c.key } }));
}
