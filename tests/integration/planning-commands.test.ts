import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { indicatorCodes } from '../../src-shared/method';
import { completeProgramme, completeSettings, IDS } from '../unit/readiness-fixture';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let programmeId: string;

beforeEach(async () => {
  t = await createTestApp();
  programmeId = (await t.ok('programme.create', { title: 'Essai' })).id;
});
afterEach(() => t.close());

const snapshot = async () => (await t.ok('programme.get', { programmeId })).snapshot;

describe('logframe commands', () => {
  it('builds OG > OS > R > A and numbers them', async () => {
    const goal = (await t.ok('logframe.addRow', { programmeId, level: 'goal', parentId: null, fields: { text: 'Inclusion' } })).createdId!;
    const os = (await t.ok('logframe.addRow', { programmeId, level: 'specific', parentId: goal })).createdId!;
    const r1 = (await t.ok('logframe.addRow', { programmeId, level: 'result', parentId: os })).createdId!;
    const r0 = (await t.ok('logframe.addRow', { programmeId, level: 'result', parentId: os, index: 0 })).createdId!;
    const a = (await t.ok('logframe.addRow', { programmeId, level: 'activity', parentId: r1 })).createdId!;
    const s = await snapshot();
    expect(s.logframe.map((r) => r.id).sort()).toEqual([goal, os, r1, r0, a].sort());
    const { logframeCodes } = await import('../../src-shared/method');
    const codes = logframeCodes(s.logframe);
    expect([codes.get(r0), codes.get(r1), codes.get(a)]).toEqual(['R1.1', 'R1.2', 'A1.2.1']);
    // Each add is one undoable revision.
    await t.ok('history.undo', { programmeId });
    expect((await snapshot()).logframe).toHaveLength(4);
  });

  it('refuses a row under the wrong parent, with a clear code, database unchanged', async () => {
    const goal = (await t.ok('logframe.addRow', { programmeId, level: 'goal', parentId: null })).createdId!;
    const before = t.databaseBytes();
    expect((await t.fails('logframe.addRow', { programmeId, level: 'activity', parentId: goal })).code).toBe('invalid_input');
    expect((await t.fails('logframe.addRow', { programmeId, level: 'result', parentId: '00000000-0000-7000-8000-00000000ffff' })).code).toBe('not_found');
    expect((await t.fails('logframe.addRow', { programmeId, level: 'boss', parentId: null })).code).toBe('invalid_input');
    expect((await t.fails('logframe.moveRow', { programmeId, id: goal, parentId: goal, index: 0 })).code).toBe('invalid_input');
    expect((await t.fails('logframe.setDates', { programmeId, id: goal, startDate: '2027-01-01', endDate: '2027-02-01' })).code).toBe('invalid_input');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});

describe('moving a result to another specific objective', () => {
  it('keeps its indicators and budget links, and the codes follow', async () => {
    const s = completeProgramme();
    t.app.programmes.insert({ ...s, budgetLines: s.budgetLines.map((l, n) => (n === 0 ? { ...l, activityId: IDS.a111 } : l)) });
    const pid = s.id;
    const ind = s.indicators.find((i) => i.logframeId === IDS.r11)!;
    expect(indicatorCodes(s.logframe, s.indicators).get(ind.id)).toBe('R1.1-I1');
    await t.ok('logframe.moveRow', { programmeId: pid, id: IDS.r11, parentId: IDS.os2, index: 1 });
    const after = (await t.ok('programme.get', { programmeId: pid })).snapshot;
    expect(after.indicators.find((i) => i.id === ind.id)!.logframeId).toBe(IDS.r11);
    expect(after.budgetLines[0]!.activityId).toBe(IDS.a111);
    expect(after.logframe.find((r) => r.id === IDS.a111)!.parentId).toBe(IDS.r11);
    expect(indicatorCodes(after.logframe, after.indicators).get(ind.id)).toBe('R2.2-I1');
    expect(after.indicatorTargets.filter((x) => x.indicatorId === ind.id)).toHaveLength(1);
  });
});

describe('indicator commands', () => {
  it('adds an indicator, targets, monitoring values in date order and SDG targets', async () => {
    const goal = (await t.ok('logframe.addRow', { programmeId, level: 'goal', parentId: null })).createdId!;
    const id = (await t.ok('indicator.add', { programmeId, logframeId: goal, fields: { wording: 'Taux d’emploi', unit: '%' } })).createdId!;
    await t.ok('indicator.addTarget', { programmeId, indicatorId: id, fields: { kind: 'final', value: 60, date: '2029-12-31' } });
    await t.ok('indicator.addValue', { programmeId, indicatorId: id, fields: { date: '2028-06-30', value: 40 } });
    await t.ok('indicator.addValue', { programmeId, indicatorId: id, fields: { date: '2027-12-31', value: 25 } });
    await t.ok('indicator.setSdgTargets', { programmeId, id, codes: ['8.5', '10.2', '8.5'] });
    const s = await snapshot();
    expect(s.indicators[0]).toMatchObject({ wording: 'Taux d’emploi', sdgTargets: ['8.5', '10.2'] });
    expect(s.indicatorTargets).toHaveLength(1);
    expect(s.monitoringValues.map((v) => v.value)).toEqual([25, 40]);
  });

  it('refuses unknown SDG targets and indicators on missing rows, database unchanged', async () => {
    const goal = (await t.ok('logframe.addRow', { programmeId, level: 'goal', parentId: null })).createdId!;
    const id = (await t.ok('indicator.add', { programmeId, logframeId: goal })).createdId!;
    const before = t.databaseBytes();
    expect((await t.fails('indicator.setSdgTargets', { programmeId, id, codes: ['8.99'] })).code).toBe('invalid_input');
    expect((await t.fails('indicator.add', { programmeId, logframeId: '00000000-0000-7000-8000-00000000ffff' })).code).toBe('not_found');
    expect((await t.fails('indicator.addTarget', { programmeId, indicatorId: id, fields: { kind: 'someday' } })).code).toBe('invalid_input');
    expect((await t.fails('indicator.addValue', { programmeId, indicatorId: id, fields: { date: '31/12/2027' } })).code).toBe('invalid_input');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});

describe('budget rule sets', () => {
  it('applies the shipped set, edits a threshold, removes the set', async () => {
    const sets = await t.ok('budget.ruleSets', {});
    expect(sets.map((r) => r.id)).toContain('meae-2024-2025');
    await t.ok('budget.applyRuleSet', { programmeId, ruleSetId: 'meae-2024-2025' });
    await t.ok('budget.updateRule', { programmeId, ruleId: 'state-max', fields: { percent: 65 } });
    let s = await snapshot();
    expect(s.budgetSettings.ruleSet!.rules.find((r) => r.id === 'state-max')).toMatchObject({ percent: 65, percentLdc: 90 });
    // The shipped data is untouched by the programme's edit.
    expect((await t.ok('budget.ruleSets', {}))[0]!.rules[0]).toMatchObject({ percent: 70 });
    await t.ok('budget.applyRuleSet', { programmeId, ruleSetId: null });
    s = await snapshot();
    expect(s.budgetSettings.ruleSet).toBeNull();
  });

  it('refuses unknown sets, unknown rules, bad thresholds; database unchanged', async () => {
    const before = t.databaseBytes();
    expect((await t.fails('budget.updateRule', { programmeId, ruleId: 'state-max', fields: { percent: 50 } })).code).toBe('conflict');
    expect((await t.fails('budget.applyRuleSet', { programmeId, ruleSetId: 'nope' })).code).toBe('not_found');
    await t.ok('budget.applyRuleSet', { programmeId, ruleSetId: 'meae-2024-2025' });
    const after = t.databaseBytes();
    expect(before.equals(after)).toBe(false);
    expect((await t.fails('budget.updateRule', { programmeId, ruleId: 'state-max', fields: { percent: 140 } })).code).toBe('invalid_input');
    expect((await t.fails('budget.updateRule', { programmeId, ruleId: 'duration', fields: { min: 40 } })).code).toBe('invalid_input');
    expect((await t.fails('budget.updateRule', { programmeId, ruleId: 'ghost', fields: {} })).code).toBe('not_found');
    expect(t.databaseBytes().equals(after)).toBe(true);
  });
});

describe('readiness check', () => {
  it('lists the gaps of an empty programme and nothing for a complete one', async () => {
    const empty = await t.ok('readiness.check', { programmeId });
    expect(empty.ready).toBe(false);
    expect(empty.items.map((i) => i.rule)).toEqual(expect.arrayContaining(['framingReciprocity', 'logframeGoalMissing', 'budgetEmpty', 'risksNone', 'settingsName']));
    const s = completeProgramme();
    t.app.programmes.insert(s);
    t.app.settings.update(completeSettings());
    const full = await t.ok('readiness.check', { programmeId: s.id });
    expect(full).toEqual({ ready: true, items: [], counts: {} });
  });

  it('cli check: exit 4 with JSON items when not ready, 0 when ready', async () => {
    const s = completeProgramme();
    t.app.programmes.insert(s);
    t.app.settings.update(completeSettings());
    t.app.close(); // the CLI opens the same data folder on its own
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { out: (x: string) => out.push(x), err: (x: string) => err.push(x) } };
    };
    const env = { ATELIER_SKIP_DAILY_BACKUP: '1' };
    const ready = io();
    expect(await runCli(['check', s.id, '--data-dir', t.dataDir], ready.io, env), ready.err.join('\n')).toBe(0);
    expect(ready.out.join('\n')).toContain('Prêt pour la délibération');
    const json = io();
    expect(await runCli(['check', programmeId, '--json', '--data-dir', t.dataDir], json.io, env)).toBe(4);
    const items = JSON.parse(json.out.join('\n')) as Array<{ rule: string; focus?: string }>;
    expect(items.find((i) => i.rule === 'framingReciprocity')?.focus).toBe('framing.reciprocityEffects');
    const text = io();
    expect(await runCli(['check', programmeId, '--data-dir', t.dataDir], text.io, env)).toBe(4);
    expect(text.out.join('\n')).toContain('La réciprocité n’est pas exposée');
    const missing = io();
    expect(await runCli(['check', '00000000-0000-7000-8000-00000000ffff', '--data-dir', t.dataDir], missing.io, env)).toBe(1);
  });
});
