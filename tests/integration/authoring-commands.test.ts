import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESTATE_MARKER } from '../../src-shared/method/objective-tree';
import { logframeCodes } from '../../src-shared/method/numbering';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let programmeId: string;

beforeEach(async () => {
  t = await createTestApp();
  programmeId = (await t.ok('programme.create', { title: 'Insertion des jeunes' })).id;
});
afterEach(() => t.close());

const snapshot = async () => (await t.ok('programme.get', { programmeId })).snapshot;

/** A failing command leaves the database byte for byte as it was, with a clear code. */
async function refused(name: string, input: unknown, code: string) {
  const before = t.databaseBytes();
  const error = await t.fails(name, input);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  expect(t.databaseBytes().equals(before)).toBe(true);
}

async function addNode(tree: 'problems' | 'objectives', position: unknown, text: string): Promise<string> {
  const result = await t.ok('tree.addNode', { programmeId, tree, position: position as never, text });
  expect(result.createdId).toBeTruthy();
  return result.createdId!;
}

/** Core problem, two causes (one with a sub-cause) and one effect. */
async function buildProblemTree() {
  const core = await addNode('problems', { as: 'core' }, 'Chômage des jeunes de 16 à 25 ans');
  const cause1 = await addNode('problems', { as: 'child', of: core, branch: 'below' }, 'Manque de formation professionnelle adaptée');
  const sub = await addNode('problems', { as: 'child', of: cause1 }, 'Faiblesse des liens avec les employeurs');
  const cause2 = await addNode('problems', { as: 'sibling', of: cause1 }, 'Les jeunes ne connaissent pas les dispositifs');
  const effect = await addNode('problems', { as: 'child', of: core, branch: 'above' }, 'Augmentation de la précarité des familles');
  return { core, cause1, sub, cause2, effect };
}

describe('framing.setPeriod', () => {
  it('saves start and end together and refuses an end before the start', async () => {
    await t.ok('framing.setPeriod', { programmeId, startDate: '2027-01-01', endDate: '2029-12-31' });
    expect((await snapshot()).framing).toMatchObject({ startDate: '2027-01-01', endDate: '2029-12-31' });
    await refused('framing.setPeriod', { programmeId, startDate: '2028-01-01', endDate: '2027-12-31' }, 'invalid_input');
    await refused('framing.setPeriod', { programmeId, startDate: '31/12/2027', endDate: null }, 'invalid_input');
    // One date alone keeps the other, and is checked against it.
    await t.ok('framing.setPeriod', { programmeId, endDate: '2030-06-30' });
    expect((await snapshot()).framing).toMatchObject({ startDate: '2027-01-01', endDate: '2030-06-30' });
    await refused('framing.setPeriod', { programmeId, startDate: '2031-01-01' }, 'invalid_input');
  });
});

describe('problem tree outline', () => {
  it('adds core, causes below and effects above with the right kinds', async () => {
    const ids = await buildProblemTree();
    const s = await snapshot();
    const byId = new Map(s.problems.map((p) => [p.id, p]));
    expect(byId.get(ids.core)).toMatchObject({ kind: 'core', parentId: null });
    expect(byId.get(ids.cause1)).toMatchObject({ kind: 'cause', parentId: ids.core });
    expect(byId.get(ids.sub)).toMatchObject({ kind: 'cause', parentId: ids.cause1 });
    expect(byId.get(ids.cause2)).toMatchObject({ kind: 'cause', parentId: ids.core });
    expect(byId.get(ids.effect)).toMatchObject({ kind: 'effect', parentId: ids.core });
  });

  it('indents, outdents and moves among siblings of the same branch', async () => {
    const ids = await buildProblemTree();
    await t.ok('tree.indent', { programmeId, tree: 'problems', id: ids.cause2 });
    let s = await snapshot();
    expect(s.problems.find((p) => p.id === ids.cause2)?.parentId).toBe(ids.cause1);
    // cause2 is now after sub under cause1: move it up, then outdent it back under the core.
    await t.ok('tree.shift', { programmeId, tree: 'problems', id: ids.cause2, direction: 'up' });
    s = await snapshot();
    const children = s.problems.filter((p) => p.parentId === ids.cause1).map((p) => p.id);
    expect(children).toEqual([ids.cause2, ids.sub]);
    await t.ok('tree.outdent', { programmeId, tree: 'problems', id: ids.cause2 });
    s = await snapshot();
    expect(s.problems.find((p) => p.id === ids.cause2)).toMatchObject({ parentId: ids.core, kind: 'cause' });
    const coreChildren = s.problems.filter((p) => p.parentId === ids.core && p.kind === 'cause').map((p) => p.id);
    expect(coreChildren).toEqual([ids.cause1, ids.cause2]);
  });

  it('refuses what would break the tree, database unchanged', async () => {
    const ids = await buildProblemTree();
    await refused('tree.addNode', { programmeId, tree: 'problems', position: { as: 'core' }, text: 'Second' }, 'conflict');
    await refused('tree.addNode', { programmeId, tree: 'problems', position: { as: 'sibling', of: ids.core }, text: 'x' }, 'invalid_input');
    await refused('tree.addNode', { programmeId, tree: 'problems', position: { as: 'child', of: ids.cause1, branch: 'above' }, text: 'x' }, 'invalid_input');
    await refused('tree.indent', { programmeId, tree: 'problems', id: ids.cause1 }, 'invalid_input');
    await refused('tree.outdent', { programmeId, tree: 'problems', id: ids.cause1 }, 'invalid_input');
    await refused('tree.shift', { programmeId, tree: 'problems', id: ids.cause1, direction: 'up' }, 'invalid_input');
    await refused('tree.shift', { programmeId, tree: 'problems', id: ids.core, direction: 'down' }, 'invalid_input');
    await refused('tree.indent', { programmeId, tree: 'problems', id: '0190a0a0-0000-7000-8000-000000000000' }, 'not_found');
    await refused('tree.addNode', { programmeId, tree: 'budget', position: { as: 'core' } }, 'invalid_input');
  });

  it('every outline edit is undoable', async () => {
    const ids = await buildProblemTree();
    await t.ok('tree.indent', { programmeId, tree: 'problems', id: ids.cause2 });
    await t.ok('history.undo', { programmeId });
    expect((await snapshot()).problems.find((p) => p.id === ids.cause2)?.parentId).toBe(ids.core);
  });
});

describe('trees.deriveObjectives', () => {
  it('restates each problem, maps kinds, keeps the link and the shape', async () => {
    const ids = await buildProblemTree();
    const result = await t.ok('trees.deriveObjectives', { programmeId });
    expect(result.report).toEqual({ created: 5, kept: 0, linked: 0 });
    const s = await snapshot();
    const of = (problemId: string) => s.objectives.find((o) => o.problemId === problemId)!;
    expect(of(ids.core)).toMatchObject({ kind: 'core', parentId: null, text: 'Accès à l’emploi des jeunes de 16 à 25 ans' });
    expect(of(ids.cause1)).toMatchObject({ kind: 'means', parentId: of(ids.core).id, text: 'Disponibilité suffisante de formation professionnelle adaptée' });
    expect(of(ids.sub)).toMatchObject({ kind: 'means', parentId: of(ids.cause1).id, text: 'Renforcement des liens avec les employeurs' });
    expect(of(ids.cause2).text).toBe(`${RESTATE_MARKER} Les jeunes ne connaissent pas les dispositifs`);
    expect(of(ids.effect)).toMatchObject({ kind: 'end', parentId: of(ids.core).id, text: 'Réduction de la précarité des familles' });
  });

  it('deriving again keeps the officer’s wording and only adds what is missing', async () => {
    const ids = await buildProblemTree();
    await t.ok('trees.deriveObjectives', { programmeId });
    let s = await snapshot();
    const edited = s.objectives.find((o) => o.problemId === ids.cause2)!;
    await t.ok('entity.update', { programmeId, collection: 'objectives', id: edited.id, fields: { text: 'Les jeunes connaissent les dispositifs' } });
    const newCause = await addNode('problems', { as: 'child', of: ids.cause2 }, 'Absence d’information dans les quartiers');
    const again = await t.ok('trees.deriveObjectives', { programmeId });
    expect(again.report).toEqual({ created: 1, kept: 5, linked: 0 });
    s = await snapshot();
    expect(s.objectives.find((o) => o.id === edited.id)?.text).toBe('Les jeunes connaissent les dispositifs');
    expect(s.objectives.find((o) => o.problemId === newCause)).toMatchObject({ parentId: edited.id, kind: 'means' });
    expect(s.objectives).toHaveLength(6);
  });

  it('refuses without a core problem, database unchanged', async () => {
    await refused('trees.deriveObjectives', { programmeId }, 'invalid_input');
  });
});

describe('trees.sendToLogframe', () => {
  it('turns the core objective into a specific objective with results and activities, visible as OS1, R1.1, A1.1.1', async () => {
    const ids = await buildProblemTree();
    await t.ok('trees.deriveObjectives', { programmeId });
    let s = await snapshot();
    const core = s.objectives.find((o) => o.problemId === ids.core)!;
    const result = await t.ok('trees.sendToLogframe', { programmeId, objectiveId: core.id });
    expect(result.report.createdRows).toBe(5); // goal + OS + 2 results + 1 activity
    s = await snapshot();
    const codes = logframeCodes(s.logframe);
    const byText = (text: string) => s.logframe.find((r) => r.text === text)!;
    expect(s.logframe.find((r) => r.level === 'goal')?.text).toBe('Réduction de la précarité des familles');
    expect(codes.get(byText('Accès à l’emploi des jeunes de 16 à 25 ans').id)).toBe('OS1');
    expect(codes.get(byText('Disponibilité suffisante de formation professionnelle adaptée').id)).toBe('R1.1');
    expect(codes.get(byText('Renforcement des liens avec les employeurs').id)).toBe('A1.1.1');
    // Each objective remembers its row.
    for (const o of s.objectives.filter((x) => x.kind !== 'end')) expect(s.logframe.some((r) => r.id === o.logframeId)).toBe(true);
  });

  it('sending again adds only new branches and leaves the logframe rows as edited', async () => {
    const ids = await buildProblemTree();
    await t.ok('trees.deriveObjectives', { programmeId });
    let s = await snapshot();
    const core = s.objectives.find((o) => o.problemId === ids.core)!;
    await t.ok('trees.sendToLogframe', { programmeId, objectiveId: core.id });
    s = await snapshot();
    const os = s.logframe.find((r) => r.level === 'specific')!;
    await t.ok('entity.update', { programmeId, collection: 'logframe', id: os.id, fields: { text: 'OS réécrit dans le cadre logique' } });
    const means = s.objectives.find((o) => o.problemId === ids.cause2)!;
    await t.ok('tree.addNode', { programmeId, tree: 'objectives', position: { as: 'sibling', of: means.id }, text: 'Un nouveau résultat' });
    const again = await t.ok('trees.sendToLogframe', { programmeId, objectiveId: core.id });
    expect(again.report).toMatchObject({ createdRows: 1, keptRows: 4 });
    s = await snapshot();
    expect(s.logframe.find((r) => r.id === os.id)?.text).toBe('OS réécrit dans le cadre logique');
    expect(s.logframe.filter((r) => r.level === 'result').map((r) => r.text)).toContain('Un nouveau résultat');
  });

  it('a means branch becomes a specific objective of its own', async () => {
    const ids = await buildProblemTree();
    await t.ok('trees.deriveObjectives', { programmeId });
    const s0 = await snapshot();
    const branch = s0.objectives.find((o) => o.problemId === ids.cause1)!;
    await t.ok('trees.sendToLogframe', { programmeId, objectiveId: branch.id });
    const s = await snapshot();
    expect(s.logframe.find((r) => r.level === 'specific')?.text).toBe(branch.text);
    expect(s.logframe.filter((r) => r.level === 'result').map((r) => r.text)).toEqual(['Renforcement des liens avec les employeurs']);
  });

  it('refuses an end or an unknown objective, database unchanged', async () => {
    const ids = await buildProblemTree();
    await t.ok('trees.deriveObjectives', { programmeId });
    const s = await snapshot();
    const end = s.objectives.find((o) => o.problemId === ids.effect)!;
    await refused('trees.sendToLogframe', { programmeId, objectiveId: end.id }, 'invalid_input');
    await refused('trees.sendToLogframe', { programmeId, objectiveId: '0190a0a0-0000-7000-8000-000000000000' }, 'not_found');
  });
});

describe('partnership.addParty', () => {
  it('makes a stakeholder a party, Département first; refuses duplicates', async () => {
    const partner = (await t.ok('entity.add', { programmeId, collection: 'stakeholders', fields: { name: 'Commune de Ndiawara' } })).createdId!;
    const dept = (await t.ok('entity.add', { programmeId, collection: 'stakeholders', fields: { name: 'Département de la Vallée-Haute' } })).createdId!;
    await t.ok('partnership.addParty', { programmeId, stakeholderId: partner, role: 'partner' });
    await t.ok('partnership.addParty', { programmeId, stakeholderId: dept, role: 'lead' });
    const s = await snapshot();
    expect(s.parties.map((p) => [p.role, p.name])).toEqual([
      ['lead', 'Département de la Vallée-Haute'],
      ['partner', 'Commune de Ndiawara'],
    ]);
    await refused('partnership.addParty', { programmeId, stakeholderId: dept, role: 'other' }, 'conflict');
    const third = (await t.ok('entity.add', { programmeId, collection: 'stakeholders', fields: { name: 'Autre commune' } })).createdId!;
    await refused('partnership.addParty', { programmeId, stakeholderId: third, role: 'partner' }, 'conflict');
    await refused('partnership.addParty', { programmeId, stakeholderId: '0190a0a0-0000-7000-8000-000000000000', role: 'other' }, 'not_found');
  });
});

describe('convention', () => {
  async function setUpProgramme() {
    await t.ok('settings.update', { fields: { name: 'Département de la Vallée-Haute' } });
    await t.ok('section.update', { programmeId, section: 'framing', fields: { partnerAuthority: 'Commune de Ndiawara', partnerCountry: 'SN' } });
    await t.ok('framing.setPeriod', { programmeId, startDate: '2027-01-01', endDate: '2029-12-31' });
    const funder = (await t.ok('entity.add', { programmeId, collection: 'funders', fields: { name: 'Département', kind: 'lead_authority' } })).createdId!;
    await t.ok('entity.add', { programmeId, collection: 'contributions', fields: { funderId: funder, year: 2027, amount: 40000 } });
    await t.ok('entity.add', { programmeId, collection: 'contributions', fields: { funderId: funder, year: 2028, amount: 45000 } });
  }

  it('generates the fifteen clauses from the programme, with markers for what is missing', async () => {
    await setUpProgramme();
    const result = await t.ok('convention.generate', { programmeId });
    expect(result.report).toEqual({ created: 15, refreshed: 0, keptEdited: 0 });
    const s = await snapshot();
    expect(s.clauses.map((c) => c.key)).toEqual([
      'purpose', 'duration', 'commitments_lead', 'commitments_partner', 'governance', 'financial_terms',
      'monitoring_evaluation', 'communication', 'intellectual_property', 'amendments', 'termination', 'disputes',
      'applicable_law', 'languages_originals', 'annexes',
    ]);
    const text = (key: string) => s.clauses.find((c) => c.key === key)!.text;
    // Names take their article: « le Département … et la Commune … », never the bare names.
    expect(text('purpose')).toContain('le Département de la Vallée-Haute et la Commune de Ndiawara (Sénégal)');
    expect(text('purpose')).toContain('«\u202fInsertion des jeunes\u202f»');
    expect(text('duration')).toContain('36\u00a0mois, du 1er janvier 2027 au 31 décembre 2029');
    expect(text('financial_terms')).toContain('85\u202f000,00\u00a0€ en numéraire');
    expect(text('financial_terms')).toContain('2028\u202f: 45\u202f000,00\u00a0€');
    expect(text('governance')).toContain('[À compléter\u202f: composition du comité de pilotage]');
    for (const c of s.clauses) expect(c.text).not.toMatch(/undefined|null|NaN/);
    expect(s.clauses.find((c) => c.key === 'communication')?.required).toBe(false);
  });

  it('editing a clause marks it; generating again refreshes defaults but keeps edited clauses', async () => {
    await setUpProgramme();
    await t.ok('convention.generate', { programmeId });
    let s = await snapshot();
    const purpose = s.clauses.find((c) => c.key === 'purpose')!;
    await t.ok('convention.updateClause', { programmeId, id: purpose.id, text: 'Texte de l’objet réécrit.' });
    await t.ok('section.update', { programmeId, section: 'governance', fields: { steeringComposition: 'Les deux maires et deux élus' } });
    const again = await t.ok('convention.generate', { programmeId });
    expect(again.report).toMatchObject({ created: 0, keptEdited: 1 });
    expect(again.report.refreshed).toBeGreaterThanOrEqual(1);
    s = await snapshot();
    expect(s.clauses.find((c) => c.id === purpose.id)).toMatchObject({ text: 'Texte de l’objet réécrit.', edited: true });
    expect(s.clauses.find((c) => c.key === 'governance')?.text).toContain('Les deux maires et deux élus');
  });

  it('reset brings the default text back; undo restores the edit', async () => {
    await setUpProgramme();
    await t.ok('convention.generate', { programmeId });
    let s = await snapshot();
    const clause = s.clauses.find((c) => c.key === 'termination')!;
    await t.ok('convention.updateClause', { programmeId, id: clause.id, text: 'Préavis de six mois.' });
    await t.ok('convention.resetClause', { programmeId, id: clause.id });
    s = await snapshot();
    expect(s.clauses.find((c) => c.id === clause.id)).toMatchObject({ text: clause.text, edited: false });
    await t.ok('history.undo', { programmeId });
    s = await snapshot();
    expect(s.clauses.find((c) => c.id === clause.id)).toMatchObject({ text: 'Préavis de six mois.', edited: true });
  });

  it('reorders, marks optional, adds a custom clause; refuses bad input with the database unchanged', async () => {
    await setUpProgramme();
    await t.ok('convention.generate', { programmeId });
    let s = await snapshot();
    const annexes = s.clauses.find((c) => c.key === 'annexes')!;
    await t.ok('convention.reorderClause', { programmeId, id: annexes.id, index: 0 });
    await t.ok('convention.updateClause', { programmeId, id: annexes.id, required: false });
    const custom = (await t.ok('convention.addClause', { programmeId, title: 'Protection des données personnelles', afterId: annexes.id })).createdId!;
    s = await snapshot();
    expect(s.clauses[0]).toMatchObject({ id: annexes.id, required: false, edited: false });
    expect(s.clauses[1]).toMatchObject({ id: custom, key: 'custom' });
    await refused('convention.resetClause', { programmeId, id: custom }, 'invalid_input');
    await refused('convention.reorderClause', { programmeId, id: annexes.id, index: 99 }, 'invalid_input');
    await refused('convention.addClause', { programmeId, title: '   ' }, 'invalid_input');
    await refused('convention.updateClause', { programmeId, id: '0190a0a0-0000-7000-8000-000000000000', text: 'x' }, 'not_found');
    const preview = await t.ok('convention.preview', { programmeId, id: annexes.id });
    expect(preview.title).toBe('Annexes');
  });
});
