import { describe, expect, it } from 'vitest';
import { readiness, countByStep, READINESS_RULES } from '../../src-shared/method';
import { ALL_READINESS_RULES } from '../../src-shared/method/readiness-rules';
import { SHIPPED_RULE_SETS } from '../../src-shared/method/rulesets';
import { catalogueText } from '../../src-shared/i18n';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, completeSettings, IDS } from './readiness-fixture';

type Mutation = (s: ProgrammeSnapshot, settings: AuthoritySettings) => [ProgrammeSnapshot, AuthoritySettings];
const edit = (f: (s: ProgrammeSnapshot) => ProgrammeSnapshot): Mutation => (s, st) => [f(s), st];
const frame = (fields: Partial<ProgrammeSnapshot['framing']>) => edit((s) => ({ ...s, framing: { ...s.framing, ...fields } }));
const rows = (f: (r: ProgrammeSnapshot['logframe'][number]) => ProgrammeSnapshot['logframe'][number]) =>
  edit((s) => ({ ...s, logframe: s.logframe.map(f) }));

/**
 * One failing case per rule (and per message): [rule, what breaks, mutation, expected rule key, expected focus].
 * The passing case of every rule is the complete programme.
 */
const CASES: Array<[string, string, Mutation, string, string | undefined]> = [
  ['framingTitle', 'no title', frame({ title: ' ' }), 'framingTitle', 'framing.title'],
  ['framingPartner', 'no partner authority', frame({ partnerAuthority: '' }), 'framingPartnerAuthority', 'framing.partnerAuthority'],
  ['framingPartner', 'no partner country', frame({ partnerCountry: '' }), 'framingPartnerCountry', 'framing.partnerCountry'],
  ['framingPeriod', 'no start', frame({ startDate: null }), 'framingStartDate', 'framing.startDate'],
  ['framingPeriod', 'no end', frame({ endDate: null }), 'framingEndDate', 'framing.endDate'],
  ['framingPeriod', 'end before start', frame({ endDate: '2026-01-01' }), 'framingPeriodOrder', 'framing.endDate'],
  ['framingThemes', 'no theme', frame({ themes: [] }), 'framingThemes', 'framing.themes'],
  ['framingReciprocity', 'no shared challenge', frame({ sharedChallenge: '' }), 'framingSharedChallenge', 'framing.sharedChallenge'],
  ['framingReciprocity', 'no reciprocity', frame({ reciprocityEffects: '' }), 'framingReciprocity', 'framing.reciprocityEffects'],
  ['framingTargetGroups', 'no target group', edit((s) => ({ ...s, targetGroups: [] })), 'framingTargetGroups', 'framing.targetGroups'],
  ['framingTargetGroups', 'unnamed group', edit((s) => ({ ...s, targetGroups: s.targetGroups.map((g) => ({ ...g, label: '' })) })), 'framingTargetGroupLabel', undefined],
  ['territoriesDescribed', 'partner territory gone', edit((s) => ({ ...s, territories: s.territories.filter((t) => t.side === 'france') })), 'territoryMissingPartner', undefined],
  ['territoriesDescribed', 'france unnamed', edit((s) => ({ ...s, territories: s.territories.map((t) => (t.side === 'france' ? { ...t, name: '' } : t)) })), 'territoryNameFrance', undefined],
  [
    'territoriesDescribed',
    'partner undescribed',
    edit((s) => ({ ...s, territories: s.territories.map((t) => (t.side === 'partner' ? { ...t, sections: { population: [], poverty: [], services: [], institutions: [], resources: [] } } : t)) })),
    'territoryUndescribedPartner',
    undefined,
  ],
  [
    'territoriesDescribed',
    'one section empty',
    edit((s) => ({ ...s, territories: s.territories.map((t) => (t.side === 'france' ? { ...t, sections: { ...t.sections, poverty: [] } } : t)) })),
    'territoryIncompleteFrance',
    undefined,
  ],
  ['stakeholdersListed', 'no stakeholder', edit((s) => ({ ...s, stakeholders: [] })), 'stakeholdersNone', 'diagnosis.stakeholders'],
  ['stakeholdersListed', 'unnamed stakeholder', edit((s) => ({ ...s, stakeholders: s.stakeholders.map((h) => ({ ...h, name: '' })) })), 'stakeholderName', undefined],
  ['coreProblem', 'no core problem', edit((s) => ({ ...s, problems: [] })), 'coreProblemMissing', 'diagnosis.problems'],
  ['coreProblem', 'core problem empty', edit((s) => ({ ...s, problems: s.problems.map((p) => ({ ...p, text: '' })) })), 'coreProblemText', undefined],
  ['partiesPresent', 'no lead authority party', edit((s) => ({ ...s, parties: s.parties.filter((p) => p.role !== 'lead') })), 'partyLeadMissing', 'partnership.parties'],
  ['partiesPresent', 'no partner party', edit((s) => ({ ...s, parties: s.parties.filter((p) => p.role !== 'partner') })), 'partyPartnerMissing', 'partnership.parties'],
  ['partiesPresent', 'unnamed party', edit((s) => ({ ...s, parties: s.parties.map((p) => ({ ...p, name: '' })) })), 'partyName', undefined],
  ['signatoriesNamed', 'no signatory', edit((s) => ({ ...s, signatories: [] })), 'signatoriesNone', 'partnership.signatories'],
  ['signatoriesNamed', 'unnamed signatory', edit((s) => ({ ...s, signatories: s.signatories.map((x) => ({ ...x, name: '' })) })), 'signatoryName', undefined],
  ['signatoriesNamed', 'no function', edit((s) => ({ ...s, signatories: s.signatories.map((x) => ({ ...x, function: '' })) })), 'signatoryFunction', undefined],
  ['governanceDescribed', 'no composition', edit((s) => ({ ...s, governance: { ...s.governance, steeringComposition: '' } })), 'governanceComposition', 'governance.steeringComposition'],
  ['governanceDescribed', 'no frequency', edit((s) => ({ ...s, governance: { ...s.governance, steeringFrequency: '' } })), 'governanceFrequency', 'governance.steeringFrequency'],
  ['clausesWritten', 'empty clause', edit((s) => ({ ...s, clauses: s.clauses.map((c) => ({ ...c, text: '' })) })), 'clauseEmpty', undefined],
  ['logframeGoal', 'no goal', edit((s) => ({ ...s, logframe: [], indicators: [], indicatorTargets: [] })), 'logframeGoalMissing', 'logframe.addGoal'],
  ['logframeGoal', 'goal alone', edit((s) => ({ ...s, logframe: s.logframe.filter((r) => r.level === 'goal') })), 'logframeNoSpecific', `logframe.${IDS.goal}.addChild`],
  ['logframeTexts', 'empty row', rows((r) => (r.id === IDS.r11 ? { ...r, text: '' } : r)), 'logframeRowText', `logframe.${IDS.r11}.text`],
  ['logframeChildren', 'OS without result', edit((s) => ({ ...s, logframe: s.logframe.filter((r) => r.id !== IDS.r21 && r.id !== IDS.a211) })), 'logframeSpecificWithoutResult', `logframe.${IDS.os2}.addChild`],
  ['logframeChildren', 'result without activity', edit((s) => ({ ...s, logframe: s.logframe.filter((r) => r.id !== IDS.a111) })), 'logframeResultWithoutActivity', `logframe.${IDS.r11}.addChild`],
  ['logframeAssumptions', 'no assumptions', rows((r) => (r.id === IDS.os1 ? { ...r, assumptions: '' } : r)), 'logframeAssumptions', `logframe.${IDS.os1}.assumptions`],
  ['logframeMeans', 'no means', rows((r) => (r.id === IDS.a111 ? { ...r, means: '' } : r)), 'logframeMeans', `logframe.${IDS.a111}.means`],
  ['rowsWithoutIndicator', 'result without indicator', edit((s) => ({ ...s, indicators: s.indicators.filter((i) => i.logframeId !== IDS.r11) })), 'rowWithoutIndicator', `indicators.add.${IDS.r11}`],
  ['indicatorFields', 'no wording', edit((s) => ({ ...s, indicators: s.indicators.map((i, n) => (n === 0 ? { ...i, wording: '' } : i)) })), 'indicatorWording', undefined],
  ['indicatorFields', 'no unit', edit((s) => ({ ...s, indicators: s.indicators.map((i, n) => (n === 0 ? { ...i, unit: '' } : i)) })), 'indicatorUnit', undefined],
  ['indicatorFields', 'no baseline', edit((s) => ({ ...s, indicators: s.indicators.map((i, n) => (n === 0 ? { ...i, baselineValue: null } : i)) })), 'indicatorBaseline', undefined],
  ['indicatorFields', 'no baseline date', edit((s) => ({ ...s, indicators: s.indicators.map((i, n) => (n === 0 ? { ...i, baselineDate: null } : i)) })), 'indicatorBaselineDate', undefined],
  ['indicatorFields', 'no source', edit((s) => ({ ...s, indicators: s.indicators.map((i, n) => (n === 0 ? { ...i, source: '' } : i)) })), 'indicatorSource', undefined],
  ['indicatorTargets', 'no final target', edit((s) => ({ ...s, indicatorTargets: s.indicatorTargets.slice(1) })), 'indicatorFinalTarget', undefined],
  ['indicatorTargets', 'target without value', edit((s) => ({ ...s, indicatorTargets: s.indicatorTargets.map((t, n) => (n === 0 ? { ...t, value: null } : t)) })), 'targetValue', undefined],
  ['indicatorTargets', 'target without date', edit((s) => ({ ...s, indicatorTargets: s.indicatorTargets.map((t, n) => (n === 0 ? { ...t, date: null } : t)) })), 'targetDate', undefined],
  ['budgetBalance', 'no line', edit((s) => ({ ...s, budgetLines: [] })), 'budgetEmpty', 'budget.addLine'],
  ['budgetBalance', 'deficit', edit((s) => ({ ...s, contributions: s.contributions.slice(1) })), 'budgetDeficit', 'budget.balance'],
  ['budgetBalance', 'surplus', edit((s) => ({ ...s, contributions: s.contributions.map((c, n) => (n === 0 ? { ...c, amount: 9000 } : c)) })), 'budgetSurplus', 'budget.balance'],
  ['budgetLines', 'unlabelled line', edit((s) => ({ ...s, budgetLines: s.budgetLines.map((l, n) => (n === 0 ? { ...l, label: '' } : l)) })), 'budgetLineLabel', undefined],
  ['budgetLines', 'line at zero', edit((s) => ({ ...s, budgetLines: [...s.budgetLines, { ...s.budgetLines[0]!, id: 'c0000000-0000-7000-8000-000000000001', unitCost: 0 }] })), 'budgetLineZero', 'budgetLine.c0000000-0000-7000-8000-000000000001.unitCost'],
  ['budgetFunders', 'unnamed funder', edit((s) => ({ ...s, funders: s.funders.map((f, n) => (n === 0 ? { ...f, name: '' } : f)) })), 'funderName', `funder.${IDS.funderDep}.name`],
  ['budgetFunders', 'funder without contribution', edit((s) => ({ ...s, funders: [...s.funders, { id: 'c0000000-0000-7000-8000-000000000002', name: 'AFD', kind: 'afd' }] })), 'funderWithoutContribution', undefined],
  [
    'budgetFunders',
    'contribution at zero',
    edit((s) => ({ ...s, contributions: [...s.contributions, { id: 'c0000000-0000-7000-8000-000000000003', funderId: IDS.funderDep, year: 2028, nature: 'cash', amount: 0 }] })),
    'contributionZero',
    'contribution.c0000000-0000-7000-8000-000000000003.amount',
  ],
  [
    'budgetRuleSet',
    'State above 70 %',
    edit((s) => ({
      ...s,
      budgetSettings: { ...s.budgetSettings, ruleSet: SHIPPED_RULE_SETS[0]! },
      framing: { ...s.framing, partnerCountry: 'MA' }, // not a least developed country: the 70 % ceiling applies
      contributions: s.contributions.map((c) => (c.funderId === IDS.funderState ? { ...c, amount: 8000 } : c.funderId === IDS.funderDep ? { ...c, amount: 2000 } : c)),
    })),
    'ruleSet_max_funder_share',
    'budget.ruleSet',
  ],
  ['activityCostsMatchBudget', 'an activity costing more in the logframe than its lines', rows((r) => (r.id === IDS.a111 ? { ...r, cost: 132_000 } : r)), 'activityCostGap', `activityCost.${IDS.a111}`],
  ['activityDates', 'no dates', rows((r) => (r.id === IDS.a111 ? { ...r, startDate: null } : r)), 'activityWithoutDates', `timeline.${IDS.a111}`],
  ['activityDates', 'end before start', rows((r) => (r.id === IDS.a111 ? { ...r, endDate: '2027-01-15' } : r)), 'activityDatesOrder', `timeline.${IDS.a111}`],
  ['activityDates', 'outside the period', rows((r) => (r.id === IDS.a211 ? { ...r, endDate: '2030-03-31' } : r)), 'activityOutsidePeriod', `timeline.${IDS.a211}`],
  ['risksListed', 'no risk', edit((s) => ({ ...s, risks: [] })), 'risksNone', 'risks.add'],
  ['risksListed', 'risk without text', edit((s) => ({ ...s, risks: s.risks.map((r) => ({ ...r, text: '' })) })), 'riskText', undefined],
  ['risksListed', 'risk without mitigation', edit((s) => ({ ...s, risks: s.risks.map((r) => ({ ...r, mitigation: '' })) })), 'riskMitigation', undefined],
  ['settingsComplete', 'no name', (s, st) => [s, { ...st, name: '' }], 'settingsName', 'settings.name'],
  ['settingsComplete', 'no president', (s, st) => [s, { ...st, presidentName: '' }], 'settingsPresident', 'settings.presidentName'],
  ['settingsComplete', 'no appeal court', (s, st) => [s, { ...st, appealCourt: '' }], 'settingsAppealCourt', 'settings.appealCourt'],
  ['settingsComplete', 'no delegation', (s, st) => [s, { ...st, delegationDeliberation: '' }], 'settingsDelegation', 'settings.delegationDeliberation'],
  ['sessionComplete', 'no rapporteur', (s, st) => [{ ...s, session: { ...s.session, rapporteur: '' } }, st], 'session_rapporteur', 'session.rapporteur'],
  ['sessionComplete', 'no session date', (s, st) => [{ ...s, session: { ...s.session, sessionDate: null } }, st], 'session_sessionDate', 'session.sessionDate'],
  ['sessionComplete', 'no report number', (s, st) => [{ ...s, session: { ...s.session, reportNumber: '' } }, st], 'session_reportNumber', 'session.reportNumber'],
  ['sessionComplete', 'no deliberation number', (s, st) => [{ ...s, session: { ...s.session, deliberationNumber: ' ' } }, st], 'session_deliberationNumber', 'session.deliberationNumber'],
  ['sessionComplete', 'no budget chapter', (s, st) => [{ ...s, session: { ...s.session, budgetChapter: '' } }, st], 'session_budgetChapter', 'session.budgetChapter'],
  ['sessionComplete', 'no budget article', (s, st) => [{ ...s, session: { ...s.session, budgetArticle: '' } }, st], 'session_budgetArticle', 'session.budgetArticle'],
  ['sessionComplete', 'no budget programme', (s, st) => [{ ...s, session: { ...s.session, budgetProgramme: '' } }, st], 'session_budgetProgramme', 'session.budgetProgramme'],
  ['sessionCredits', 'payment credits that do not add up to the cash contribution', (s, st) => [{ ...s, session: { ...s.session, paymentCredits: [{ year: 2027, amount: 2000 }, { year: 2028, amount: 2000 }] } }, st], 'sessionCreditsTotal', 'session.paymentCredits'],
  ['executionFollowUp', 'a closed programme without its final assessment', (s, st) => [{ ...s, execution: { ...s.execution, phase: 'closed' } }, st], 'executionFinal_finalAssessment', 'execution.finalAssessment'],
];

describe('readiness rules', () => {
  it('the complete programme is ready: no rule reports anything', () => {
    expect(readiness(completeProgramme(), completeSettings())).toEqual([]);
  });

  it('every registered rule has at least one failing case below', () => {
    const covered = new Set(CASES.map((c) => c[0]));
    expect(Object.keys(ALL_READINESS_RULES).filter((r) => !covered.has(r))).toEqual([]);
    expect(READINESS_RULES).toHaveLength(Object.keys(ALL_READINESS_RULES).length);
  });

  describe.each(CASES)('%s — %s', (rule, _what, mutate, key, focus) => {
    const fn = ALL_READINESS_RULES[rule]!;
    it('passes on the complete programme', () => {
      expect(fn(completeProgramme(), completeSettings())).toEqual([]);
    });
    it(`reports ${key}`, () => {
      const [s, st] = mutate(completeProgramme(), completeSettings());
      const items = fn(s, st);
      const found = items.find((i) => i.rule === key);
      expect(found, JSON.stringify(items)).toBeDefined();
      expect(found!.messageKey).toBe(`readiness.rules.${key}`);
      if (focus) expect(found!.focus).toBe(focus);
      // The sentence exists in both catalogues (plural entries included) and every slot is filled.
      for (const locale of ['fr', 'en'] as const) {
        const text = catalogueText(locale, found!.messageKey, found!.params as Record<string, string | number> | undefined);
        expect(text).not.toBe(found!.messageKey);
        expect(text).not.toContain('{{');
      }
    });
  });

  it('asks for the delegation deliberation only when the Commission permanente decides', () => {
    const s = completeProgramme();
    const st = { ...completeSettings(), delegationDeliberation: '' };
    expect(ALL_READINESS_RULES.settingsComplete!(s, st).map((i) => i.rule)).toEqual(['settingsDelegation']);
    const council = { ...s, session: { ...s.session, assembly: 'deliberating_body' as const } };
    expect(ALL_READINESS_RULES.settingsComplete!(council, st)).toEqual([]);
  });

  it('item ids are unique and counts group them by step', () => {
    const s = completeProgramme();
    const broken = { ...s, framing: { ...s.framing, title: '' }, risks: [], indicators: [], indicatorTargets: [] };
    const items = readiness(broken, completeSettings());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const counts = countByStep(items);
    expect(counts.framing).toBe(1);
    expect(counts.risks).toBe(1);
    expect(counts.indicators).toBe(5); // OG, OS1, R1.1, OS2, R2.1 without indicator
  });

  it('names the row by its code in the message parameters', () => {
    const s = completeProgramme();
    const items = ALL_READINESS_RULES.rowsWithoutIndicator!({ ...s, indicators: s.indicators.filter((i) => i.logframeId !== IDS.r21) }, completeSettings());
    expect(items.map((i) => i.params?.code)).toEqual(['R2.1']);
  });
});

describe('readiness item order', () => {
  it('lists logframe items in reading order (OS1, R1.1, A1.1.1…), whatever the collection order', () => {
    const s = completeProgramme();
    const reversed = { ...s, logframe: [...s.logframe].reverse().map((r) => ({ ...r, means: '', assumptions: '' })) };
    const items = [...ALL_READINESS_RULES.logframeAssumptions!(reversed, completeSettings()), ...ALL_READINESS_RULES.logframeMeans!(reversed, completeSettings())];
    expect(items.map((i) => i.params?.code)).toEqual(['OS1', 'R1.1', 'OS2', 'R2.1', 'A1.1.1', 'A2.1.1']);
  });
});
