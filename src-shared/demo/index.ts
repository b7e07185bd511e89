/**
 * The demo programme ("Open the example", `cli demo`, fixtures of many tests): a complete, realistic
 * cooperation programme between an invented French Département and an invented Senegalese commune on
 * the socio-professional integration of young people. Pure data and pure functions: deterministic
 * given `newId` and `now`.
 */
import type { z } from 'zod';
import { ProgrammeSnapshot, SCHEMA_VERSION } from '../model';
import { demoAuthoritySettings, demoSession } from './authority';
import { DEMO_BUDGET_LINES, DEMO_FUNDERS, demoFinancing, lineCents } from './budget';
import { DEMO_CAPITALISATION } from './capitalisation';
import {
  DEMO_PROBLEMS,
  DEMO_STAKEHOLDERS,
  DEMO_WORKSHOPS,
  FRANCE_TERRITORY,
  PARTNER_TERRITORY,
  type DemoTerritoryKey,
} from './diagnosis';
import { DEMO_FRAMING, DEMO_TARGET_GROUPS } from './framing';
import { DEMO_INDICATORS, FINAL_DATE, INTERMEDIATE_DATE } from './indicators';
import { DEMO_LOGFRAME, DEMO_PRECONDITIONS } from './logframe';
import { DEMO_GOVERNANCE, DEMO_PARTIES, DEMO_SIGNATORIES, demoClauses } from './partnership';
import { DEMO_RISKS } from './risks';
import { withFrenchTypography } from './text';

export { DEMO } from './names';
export { demoAuthoritySettings, demoSession } from './authority';
export { demoFinancing, type DemoFinancing } from './budget';

type SnapshotInput = z.input<typeof ProgrammeSnapshot>;

function need<V>(map: ReadonlyMap<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo programme: unknown key ${key}`);
  return value;
}

/** The demo programme, validated; the same ids and content for the same `newId` sequence and `now`. */
export function buildDemoProgramme(newId: () => string, now: string): ProgrammeSnapshot {
  const programmeId = newId();
  const financing = demoFinancing();

  // 1. Framing
  const targetGroups = DEMO_TARGET_GROUPS.map((g) => ({ id: newId(), ...g }));

  // 2. Diagnosis
  const franceId = newId();
  const partnerTerritoryId = newId();
  const territories = [
    { id: franceId, side: 'france' as const, ...FRANCE_TERRITORY },
    { id: partnerTerritoryId, side: 'partner' as const, ...PARTNER_TERRITORY },
  ];
  const territoryId = (key: DemoTerritoryKey) =>
    key === 'france' ? franceId : key === 'partner' ? partnerTerritoryId : null;

  const stakeholderIds = new Map<string, string>();
  const stakeholders = DEMO_STAKEHOLDERS.map(({ key, territory, ...rest }) => {
    const id = newId();
    stakeholderIds.set(key, id);
    return { id, ...rest, territoryId: territoryId(territory) };
  });

  const workshops = DEMO_WORKSHOPS.map(({ territory, participants, ...rest }) => ({
    id: newId(),
    ...rest,
    territoryId: territoryId(territory),
    participants: participants.map((p) => ({ ...p })),
  }));

  // 3. Partnership
  const partyIds = new Map<string, string>();
  const parties = DEMO_PARTIES.map(({ key, stakeholder, ...rest }) => {
    const id = newId();
    partyIds.set(key, id);
    return { id, stakeholderId: need(stakeholderIds, stakeholder), ...rest };
  });
  const signatories = DEMO_SIGNATORIES.map(({ party, ...rest }) => ({
    id: newId(),
    partyId: need(partyIds, party),
    ...rest,
  }));
  // Written by hand for the example: marked edited so "update the unedited clauses" keeps them.
  const clauses = demoClauses(financing).map((c) => ({ id: newId(), ...c, partnerText: '', edited: true }));

  // 4. Logical framework (depth first: goal, OS1, R1.1, A1.1.1…)
  const rowIds = new Map<string, string>();
  const activityCents = new Map<string, number>();
  for (const line of DEMO_BUDGET_LINES) {
    if (line.activity)
      activityCents.set(line.activity, (activityCents.get(line.activity) ?? 0) + lineCents(line));
  }
  const logframe: NonNullable<SnapshotInput['logframe']> = [];
  const addRow = (
    code: string,
    parentId: string | null,
    row: Omit<(typeof logframe)[number], 'id' | 'parentId'>,
  ) => {
    const id = newId();
    rowIds.set(code, id);
    logframe.push({ id, parentId, ...row });
    return id;
  };
  const g = DEMO_LOGFRAME;
  const goalId = addRow(g.code, null, {
    level: 'goal',
    text: g.text,
    sources: g.sources,
    assumptions: g.assumptions,
  });
  for (const os of g.specifics) {
    const osId = addRow(os.code, goalId, {
      level: 'specific',
      text: os.text,
      sources: os.sources,
      assumptions: os.assumptions,
    });
    for (const r of os.results) {
      const rId = addRow(r.code, osId, {
        level: 'result',
        text: r.text,
        sources: r.sources,
        assumptions: r.assumptions,
      });
      for (const a of r.activities) {
        const cents = activityCents.get(a.code);
        addRow(a.code, rId, {
          level: 'activity',
          text: a.text,
          sources: a.sources ?? '',
          assumptions: a.assumptions ?? '',
          means: a.means,
          cost: cents === undefined ? null : cents / 100,
          responsiblePartyId: need(partyIds, a.responsible),
          startDate: a.startDate,
          endDate: a.endDate,
        });
      }
    }
  }
  const preconditions = DEMO_PRECONDITIONS.map((text) => ({ id: newId(), text }));

  // 2 (continued). Problem tree, then the objective tree derived from it.
  const problemIds = new Map<string, string>();
  const problems = DEMO_PROBLEMS.map((p) => {
    const id = newId();
    problemIds.set(p.key, id);
    return {
      id,
      parentId: p.parent === null ? null : need(problemIds, p.parent),
      kind: p.kind,
      text: p.text,
    };
  });
  const objectiveIds = new Map<string, string>();
  const objectiveKind = { core: 'core', cause: 'means', effect: 'end' } as const;
  const objectives = DEMO_PROBLEMS.map((p) => {
    const id = newId();
    objectiveIds.set(p.key, id);
    return {
      id,
      parentId: p.parent === null ? null : need(objectiveIds, p.parent),
      kind: objectiveKind[p.kind],
      text: p.objective,
      problemId: need(problemIds, p.key),
      logframeId: p.logframe ? need(rowIds, p.logframe) : null,
    };
  });

  // 5. Indicators, targets, monitoring values
  const indicators: NonNullable<SnapshotInput['indicators']> = [];
  const indicatorTargets: NonNullable<SnapshotInput['indicatorTargets']> = [];
  const monitoringValues: NonNullable<SnapshotInput['monitoringValues']> = [];
  for (const ind of DEMO_INDICATORS) {
    const id = newId();
    indicators.push({
      id,
      logframeId: need(rowIds, ind.row),
      wording: ind.wording,
      type: ind.type,
      unit: ind.unit,
      calculation: ind.calculation,
      baselineValue: ind.baselineValue,
      baselineText: ind.baselineText ?? '',
      baselineDate: ind.baselineDate,
      source: ind.source,
      collectionMethod: ind.collectionMethod,
      frequency: ind.frequency,
      responsible: ind.responsible,
      disaggregation: [...ind.disaggregation],
      sdgTargets: [...ind.sdgTargets],
      alsoMeasuredInFrance: ind.alsoMeasuredInFrance ?? false,
    });
    for (const [kind, target, date] of [
      ['intermediate', ind.intermediate, INTERMEDIATE_DATE],
      ['final', ind.final, FINAL_DATE],
    ] as const) {
      indicatorTargets.push({
        id: newId(),
        indicatorId: id,
        kind,
        value: typeof target === 'number' ? target : null,
        text: typeof target === 'string' ? target : '',
        date,
      });
    }
    for (const m of ind.monitoring) {
      monitoringValues.push({
        id: newId(),
        indicatorId: id,
        date: m.date,
        value: m.value,
        text: m.text ?? '',
        comment: m.comment,
      });
    }
  }

  // 6. Budget and financing plan
  const budgetLines = DEMO_BUDGET_LINES.map(({ activity, ...line }) => ({
    id: newId(),
    ...line,
    activityId: activity ? need(rowIds, activity) : null,
  }));
  const funderIds = new Map<string, string>();
  const funders = DEMO_FUNDERS.map(({ key, ...rest }) => {
    const id = newId();
    funderIds.set(key, id);
    return { id, ...rest };
  });
  const contributions = DEMO_FUNDERS.flatMap((funder) =>
    financing.contributions
      .filter((c) => c.funder === funder.key && c.cents > 0)
      .map((c) => ({
        id: newId(),
        funderId: need(funderIds, c.funder),
        year: c.year,
        nature: c.nature,
        amount: c.cents / 100,
      })),
  );

  // 8. Risks
  const risks = DEMO_RISKS.map(({ row, ...risk }) => ({
    id: newId(),
    ...risk,
    logframeId: row ? need(rowIds, row) : null,
  }));

  const raw: SnapshotInput = {
    id: programmeId,
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    framing: { ...DEMO_FRAMING, themes: [...DEMO_FRAMING.themes] },
    governance: { ...DEMO_GOVERNANCE },
    budgetSettings: {
      currency: 'EUR',
      partnerCurrency: 'XOF',
      exchangeRate: 655.957,
      leastDevelopedCountry: true,
      ruleSet: {
        id: 'etat-meae-dctciv',
        name: 'Appels à projets de l’État en faveur de la coopération décentralisée (MEAE – DCTCIV)',
        rules: [
          {
            id: 'state-share-max',
            kind: 'max_funder_share',
            funderKinds: ['state_meae'],
            percent: 70,
            percentLdc: 90,
          },
          {
            id: 'french-authorities-min',
            kind: 'min_funder_share',
            funderKinds: ['lead_authority', 'other_french_authority'],
            percent: 10,
          },
          {
            id: 'french-in-kind-max',
            kind: 'max_in_kind_share',
            funderKinds: ['lead_authority', 'other_french_authority'],
            percent: 50,
          },
          {
            id: 'monitoring-evaluation-min',
            kind: 'min_category_share',
            category: 'monitoring_evaluation',
            percent: 7,
          },
          { id: 'duration', kind: 'duration_months', min: 12, max: 36 },
        ],
      },
    },
    capitalisation: { ...DEMO_CAPITALISATION },
    session: demoSession(),
    targetGroups,
    territories,
    stakeholders,
    workshops,
    problems,
    objectives,
    parties,
    signatories,
    clauses,
    logframe,
    preconditions,
    indicators,
    indicatorTargets,
    monitoringValues,
    budgetLines,
    funders,
    contributions,
    risks,
    attachments: [],
  };
  return ProgrammeSnapshot.parse(withFrenchTypography(raw));
}

/** The example authority's settings that go with the demo programme (see authority.ts). */
export const demoSettings = demoAuthoritySettings;
