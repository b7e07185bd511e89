import { CommandError } from '../api/errors';
import type { Party, ProgrammeSnapshot } from '../model';
import type { EditContext } from './context';
import { findEntity, updateSection } from './entity';

/** Parties are chosen among the stakeholders; the Département and the partner authority are each one party. */
export function addParty(
  s: ProgrammeSnapshot,
  stakeholderId: string,
  role: Party['role'],
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  const stakeholder = findEntity(s, 'stakeholders', stakeholderId);
  if (s.parties.some((p) => p.stakeholderId === stakeholderId)) {
    throw new CommandError('conflict', 'This stakeholder is already a party to the convention.', { stakeholderId });
  }
  if (role !== 'other' && s.parties.some((p) => p.role === role)) {
    throw new CommandError('conflict', role === 'lead' ? 'The convention already has the lead authority as a party.' : 'The convention already has a partner authority.', { role });
  }
  const party: Party = { id: ctx.newId(), stakeholderId, role, name: String(stakeholder.name ?? ''), seat: '', representedBy: '' };
  // The Département first, then the partner, then the others: the order of the convention's heading.
  const rank = { lead: 0, partner: 1, other: 2 } as const;
  const parties = [...s.parties];
  const at = parties.findIndex((p) => rank[p.role] > rank[role]);
  parties.splice(at === -1 ? parties.length : at, 0, party);
  return { snapshot: { ...s, parties }, id: party.id };
}

/** Start and end of the programme, checked together (an end before the start is refused). */
export function setPeriod(s: ProgrammeSnapshot, start: string | null | undefined, end: string | null | undefined): ProgrammeSnapshot {
  // A date left out keeps its stored value, so two quick edits never undo each other.
  const startDate = start === undefined ? s.framing.startDate : start;
  const endDate = end === undefined ? s.framing.endDate : end;
  if (startDate && endDate && endDate < startDate) {
    throw new CommandError('invalid_input', 'The end date comes before the start date.', { field: 'endDate', startDate, endDate });
  }
  return updateSection(s, 'framing', { startDate, endDate });
}
