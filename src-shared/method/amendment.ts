import type { ClauseKey, FunderKind, ProgrammeSnapshot } from '../model';
import { moneyFacts } from './facts';
import { logframeCodes } from './numbering';

/**
 * What an amendment (avenant) changes in the convention: the differences between the version the council voted and
 * the programme as it stands, limited to what the convention states (CGCT L1115-1: the purpose of the actions and the
 * forecast amount of the financial commitments): amounts (total and per funder), period, activities, parties. Pure.
 */

export interface Amounts {
  cash: number;
  inKind: number;
  total: number;
}

export interface FunderChange {
  id: string;
  name: string;
  kind: FunderKind;
  before: Amounts;
  after: Amounts;
}

export interface ActivityRef {
  id: string;
  code: string;
  text: string;
}

export interface PartyState {
  name: string;
  seat: string;
  representedBy: string;
}

export interface AmendmentDiff {
  /** Total cost of the programme (expenses), when it changed. */
  total: { before: number; after: number } | null;
  /** Funders whose contribution changed, was added (before 0) or withdrawn (after 0), in the new plan's order. */
  funders: FunderChange[];
  period: { before: { start: string | null; end: string | null }; after: { start: string | null; end: string | null } } | null;
  activities: { added: ActivityRef[]; removed: ActivityRef[]; renamed: Array<ActivityRef & { before: string }> };
  parties: {
    added: Array<PartyState & { id: string }>;
    removed: Array<PartyState & { id: string }>;
    changed: Array<{ id: string; before: PartyState; after: PartyState }>;
  };
  /** True when nothing the convention states has changed. */
  empty: boolean;
}

const ZERO: Amounts = { cash: 0, inKind: 0, total: 0 };
const same = (a: Amounts, b: Amounts) => a.cash === b.cash && a.inKind === b.inKind && a.total === b.total;
const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

function fundersOf(s: ProgrammeSnapshot): Map<string, { name: string; kind: FunderKind; amounts: Amounts }> {
  const byId = new Map<string, { name: string; kind: FunderKind; amounts: Amounts }>();
  for (const f of moneyFacts(s).funders) byId.set(f.id, { name: f.name, kind: f.kind, amounts: { cash: f.cash, inKind: f.inKind, total: f.total } });
  return byId;
}

function activitiesOf(s: ProgrammeSnapshot): Map<string, ActivityRef> {
  const codes = logframeCodes(s.logframe);
  const out = new Map<string, ActivityRef>();
  for (const row of s.logframe) if (row.level === 'activity') out.set(row.id, { id: row.id, code: codes.get(row.id) ?? '', text: clean(row.text) });
  return out;
}

const partyState = (p: ProgrammeSnapshot['parties'][number]): PartyState => ({
  name: clean(p.name),
  seat: clean(p.seat),
  representedBy: clean(p.representedBy),
});

export function amendmentDiff(voted: ProgrammeSnapshot, current: ProgrammeSnapshot): AmendmentDiff {
  const before = moneyFacts(voted);
  const after = moneyFacts(current);
  const total = before.expenses !== after.expenses ? { before: before.expenses, after: after.expenses } : null;

  const oldFunders = fundersOf(voted);
  const newFunders = fundersOf(current);
  const funders: FunderChange[] = [];
  for (const [id, f] of newFunders) {
    const old = oldFunders.get(id)?.amounts ?? ZERO;
    if (!same(old, f.amounts)) funders.push({ id, name: f.name, kind: f.kind, before: old, after: f.amounts });
  }
  for (const [id, f] of oldFunders)
    if (!newFunders.has(id)) funders.push({ id, name: (current.funders.find((x) => x.id === id)?.name ?? f.name).trim(), kind: f.kind, before: f.amounts, after: ZERO });

  const p0 = { start: voted.framing.startDate, end: voted.framing.endDate };
  const p1 = { start: current.framing.startDate, end: current.framing.endDate };
  const period = p0.start !== p1.start || p0.end !== p1.end ? { before: p0, after: p1 } : null;

  const a0 = activitiesOf(voted);
  const a1 = activitiesOf(current);
  const activities: AmendmentDiff['activities'] = {
    added: [...a1.values()].filter((a) => !a0.has(a.id)),
    removed: [...a0.values()].filter((a) => !a1.has(a.id)),
    renamed: [...a1.values()].flatMap((a) => {
      const old = a0.get(a.id);
      return old && old.text !== a.text ? [{ ...a, before: old.text }] : [];
    }),
  };

  const q0 = new Map(voted.parties.map((p) => [p.id, partyState(p)]));
  const q1 = new Map(current.parties.map((p) => [p.id, partyState(p)]));
  const parties: AmendmentDiff['parties'] = {
    added: [...q1].filter(([id]) => !q0.has(id)).map(([id, p]) => ({ id, ...p })),
    removed: [...q0].filter(([id]) => !q1.has(id)).map(([id, p]) => ({ id, ...p })),
    changed: [...q1].flatMap(([id, p]) => {
      const old = q0.get(id);
      return old && (old.name !== p.name || old.seat !== p.seat || old.representedBy !== p.representedBy) ? [{ id, before: old, after: p }] : [];
    }),
  };

  const empty =
    !total &&
    !funders.length &&
    !period &&
    !activities.added.length &&
    !activities.removed.length &&
    !activities.renamed.length &&
    !parties.added.length &&
    !parties.removed.length &&
    !parties.changed.length;
  return { total, funders, period, activities, parties, empty };
}

/** The convention's clauses an amendment rewrites, by what changed (the parties are in the preamble, not an article). */
export function amendedClauses(diff: AmendmentDiff): ClauseKey[] {
  const keys: ClauseKey[] = [];
  const a = diff.activities;
  if (a.added.length || a.removed.length || a.renamed.length) keys.push('purpose');
  if (diff.period) keys.push('duration');
  if (diff.total || diff.funders.length) keys.push('financial_terms');
  return keys;
}
