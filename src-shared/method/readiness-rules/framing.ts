import type { ProgrammeSnapshot } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** Step 1 (cadrage): what the deliberation cannot do without. */

export function framingTitle(s: ProgrammeSnapshot): ReadinessItem[] {
  return blank(s.framing.title) ? [item('framing', 'framingTitle', 'framing.title')] : [];
}

export function framingPartner(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  if (blank(s.framing.partnerAuthority)) out.push(item('framing', 'framingPartnerAuthority', 'framing.partnerAuthority'));
  if (blank(s.framing.partnerCountry)) out.push(item('framing', 'framingPartnerCountry', 'framing.partnerCountry'));
  return out;
}

export function framingPeriod(s: ProgrammeSnapshot): ReadinessItem[] {
  const { startDate, endDate } = s.framing;
  const out: ReadinessItem[] = [];
  if (!startDate) out.push(item('framing', 'framingStartDate', 'framing.startDate'));
  if (!endDate) out.push(item('framing', 'framingEndDate', 'framing.endDate'));
  if (startDate && endDate && endDate < startDate) out.push(item('framing', 'framingPeriodOrder', 'framing.endDate'));
  return out;
}

export function framingThemes(s: ProgrammeSnapshot): ReadinessItem[] {
  return s.framing.themes.length === 0 ? [item('framing', 'framingThemes', 'framing.themes', { severity: 'warning' })] : [];
}

/** Reciprocity is a principle of the method: the shared challenge and the effects here must be written. */
export function framingReciprocity(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  if (blank(s.framing.sharedChallenge)) out.push(item('framing', 'framingSharedChallenge', 'framing.sharedChallenge'));
  if (blank(s.framing.reciprocityEffects)) out.push(item('framing', 'framingReciprocity', 'framing.reciprocityEffects'));
  return out;
}

export function framingTargetGroups(s: ProgrammeSnapshot): ReadinessItem[] {
  if (s.targetGroups.length === 0) return [item('framing', 'framingTargetGroups', 'framing.targetGroups', { severity: 'warning' })];
  return s.targetGroups
    .filter((g) => blank(g.label))
    .map((g) => item('framing', 'framingTargetGroupLabel', `targetGroup.${g.id}.label`, { subject: g.id, severity: 'warning' }));
}
