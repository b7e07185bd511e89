import { describe, expect, it } from 'vitest';
import { emptyProgramme, ProgrammeSnapshot, SCHEMA_VERSION } from '../../src-shared/model';

let n = 0;
const id = () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
const base = () => emptyProgramme(id(), '2026-11-26T10:00:00.000Z', id, { title: 'Programme' });

/** Each bad snapshot must fail, and the error must name where (the path the officer or a developer can act on). */
const BAD: Array<[string, (s: ProgrammeSnapshot) => unknown, string]> = [
  ['id that is not a UUID', (s) => ({ ...s, id: 'programme-1' }), 'id'],
  ['newer schema version', (s) => ({ ...s, schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion'],
  ['stakeholder interest out of 1–5', (s) => ({ ...s, stakeholders: [{ id: id(), name: 'Mairie', interest: 9 }] }), 'stakeholders.0.interest'],
  ['stakeholder with a numeric name', (s) => ({ ...s, stakeholders: [{ id: id(), name: 42 }] }), 'stakeholders.0.name'],
  ['date in French format', (s) => ({ ...s, framing: { ...s.framing, startDate: '01/01/2027' } }), 'framing.startDate'],
  ['unknown theme', (s) => ({ ...s, framing: { ...s.framing, themes: ['tourism'] } }), 'framing.themes.0'],
  ['lower-case country code', (s) => ({ ...s, framing: { ...s.framing, partnerCountry: 'sn' } }), 'framing.partnerCountry'],
  ['logframe row of an unknown level', (s) => ({ ...s, logframe: [{ id: id(), level: 'phase', text: '' }] }), 'logframe.0.level'],
  ['negative cost', (s) => ({ ...s, logframe: [{ id: id(), level: 'goal', cost: -5 }] }), 'logframe.0.cost'],
  ['SDG target that does not exist', (s) => ({ ...s, indicators: [{ id: id(), logframeId: id(), sdgTargets: ['18.1'] }] }), 'indicators.0.sdgTargets.0'],
  ['budget line with an unknown category', (s) => ({ ...s, budgetLines: [{ id: id(), category: 'gifts' }] }), 'budgetLines.0.category'],
  ['contribution without funder', (s) => ({ ...s, contributions: [{ id: id(), amount: 10 }] }), 'contributions.0.funderId'],
  ['rich text holding HTML blocks', (s) => ({ ...s, territories: [{ id: id(), side: 'france', sections: { population: [{ type: 'html', html: '<b>x</b>' }] } }] }), 'territories.0.sections.population.0'],
  ['rule set with an unknown rule kind', (s) => ({ ...s, budgetSettings: { ...s.budgetSettings, ruleSet: { id: 'x', name: 'x', rules: [{ id: 'r', kind: 'magic' }] } } }), 'budgetSettings.ruleSet.rules.0'],
];

describe('programme model validation', () => {
  it('accepts an empty programme with its two territories', () => {
    const s = base();
    expect(ProgrammeSnapshot.parse(s)).toEqual(s);
    expect(s.territories.map((t) => t.side)).toEqual(['france', 'partner']);
  });

  it.each(BAD)('refuses a %s and names the path', (_label, mutate, path) => {
    const result = ProgrammeSnapshot.safeParse(mutate(base()));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths.some((p) => p === path || p.startsWith(`${path}.`))).toBe(true);
  });

  it('fills defaults for fields an older archive may lack', () => {
    const s = base();
    const { acronym: _a, ...framing } = s.framing;
    const parsed = ProgrammeSnapshot.parse({ ...s, framing });
    expect(parsed.framing.acronym).toBe('');
  });
});
