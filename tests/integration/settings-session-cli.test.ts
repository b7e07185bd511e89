import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli';
import { AuthoritySettings, SessionParticulars } from '../../src-shared/model';

const root = mkdtempSync(join(tmpdir(), 'atelier-cli-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (dataDir: string, ...argv: string[]) => runCliIn(join(root, dataDir), argv, { ATELIER_SKIP_DAILY_BACKUP: '1' });

/** A JSON file (or raw text) to pass with --file. */
function file(name: string, content: unknown): string {
  const path = join(root, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The data folder's database, closed (each CLI call closes it, which folds the WAL back into the file). */
function databaseBytes(dataDir: string): Buffer {
  expect(existsSync(join(root, dataDir, 'atelier.sqlite-wal'))).toBe(false);
  return readFileSync(join(root, dataDir, 'atelier.sqlite'));
}

describe('atelier demo', () => {
  it('in a folder without settings also writes the example authority’s, so the demo is ready', async () => {
    const demo = await cli('fresh', 'demo');
    expect(demo.code).toBe(0);
    expect(demo.err).toMatch(/Paramètres d’exemple écrits \(collectivité fictive «\u202fDépartement de la Vallée-Haute \(exemple\)\u202f»\)/);
    const settings = JSON.parse((await cli('fresh', 'settings', 'show', '--json')).out) as AuthoritySettings;
    expect(settings.name).toBe('Département de la Vallée-Haute (exemple)');
    expect(settings.presidentName).not.toBe('');
    const check = await cli('fresh', 'check', demo.out.trim());
    expect(check.out).toMatch(/rien ne manque/);
    expect(check.code).toBe(0);
  });

  it('never overwrites settings that were set', async () => {
    expect((await cli('own', 'settings', 'set', '--file', file('own.json', { name: 'Département de la Sarthe-Haute' }))).code).toBe(0);
    const demo = await cli('own', 'demo');
    expect(demo.code).toBe(0);
    expect(demo.err).toBe('');
    const settings = JSON.parse((await cli('own', 'settings', 'show', '--json')).out) as AuthoritySettings;
    expect(settings.name).toBe('Département de la Sarthe-Haute');
    expect(settings.presidentName).toBe('');
  });
});

describe('atelier settings', () => {
  it('show lists every field with its French label and its name; --json gives the settings object', async () => {
    await cli('show', 'settings', 'set', '--file', file('show.json', { name: 'Département de la Sarthe-Haute', presidentTitle: 'presidente' }));
    const shown = await cli('show', 'settings', 'show');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Nom de la collectivité (name)\u202f: Département de la Sarthe-Haute');
    expect(shown.out).toContain('Titre dans les documents (presidentTitle)\u202f: Présidente (presidente)');
    expect(shown.out).toContain('Tribunal administratif compétent (appealCourt)\u202f: —');
    for (const name of Object.keys(AuthoritySettings.shape)) expect(shown.out).toContain(`(${name})`);
    const json = JSON.parse((await cli('show', 'settings', 'show', '--json')).out);
    expect(json).toEqual(AuthoritySettings.parse({ name: 'Département de la Sarthe-Haute', presidentTitle: 'presidente' }));
  });

  it('set updates only the fields of the file, and says when nothing changed', async () => {
    await cli('set', 'settings', 'set', '--file', file('a.json', { name: 'Département de la Sarthe-Haute', appealCourt: 'Tribunal administratif de Nantes' }));
    const second = await cli('set', 'settings', 'set', '--file', file('b.json', { presidentName: 'Claire Dumont', presidentTitle: 'presidente' }));
    expect(second).toMatchObject({ code: 0, out: 'Paramètres enregistrés.' });
    const settings = JSON.parse((await cli('set', 'settings', 'show', '--json')).out) as AuthoritySettings;
    expect(settings).toMatchObject({ name: 'Département de la Sarthe-Haute', appealCourt: 'Tribunal administratif de Nantes', presidentName: 'Claire Dumont', presidentTitle: 'presidente' });
    const before = databaseBytes('set');
    const again = await cli('set', 'settings', 'set', '--file', join(root, 'b.json'));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Rien n’a changé/);
    expect(databaseBytes('set').equals(before)).toBe(true);
  });

  it.each([
    ['a moved session field', { name: 'X', sessionDate: '2027-03-15' }, /Nom de champ inconnu dans .*\u202f: sessionDate\. Champs possibles\u202f: authorityType, name, .*Rien n’a été enregistré\./],
    ['a typo', { presidentNmae: 'Claire Dumont' }, /Nom de champ inconnu .*presidentNmae/],
    ['a coded value out of its list', { presidentTitle: 'reine' }, /Valeur refusée .*\n- Titre dans les documents \(presidentTitle\)\u202f: .*"president"\|"presidente"/],
    ['a number for a text', { name: 42 }, /- Nom de la collectivité \(name\)\u202f: .*chaîne de caractères/],
    ['a text too long', { appealCourt: 'x'.repeat(2001) }, /- Tribunal administratif compétent \(appealCourt\)\u202f: Trop grand/],
    ['no document language', { documentLanguages: [] }, /- Langues des documents \(documentLanguages\)/],
    ['an array', [{ name: 'X' }], /doit contenir un objet JSON/],
    ['an empty object', {}, /ne contient aucun champ/],
    ['not JSON', '{ name: X', /n’est pas du JSON valide/],
  ])('refuses %s with a French message, exit 2, and writes nothing', async (label, content, message) => {
    await cli('refuse', 'settings', 'set', '--file', file('ok.json', { name: 'Département de la Sarthe-Haute', presidentName: 'Claire Dumont' }));
    const before = databaseBytes('refuse');
    const refused = await cli('refuse', 'settings', 'set', '--file', file(`bad-${label}.json`, content));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(message);
    expect(refused.out).toBe('');
    expect(databaseBytes('refuse').equals(before)).toBe(true);
  });

  it('refuses a missing or unreadable file, and an unknown action, with exit 2', async () => {
    expect((await cli('usage', 'settings', 'set')).code).toBe(2);
    const unreadable = await cli('usage', 'settings', 'set', '--file', join(root, 'nowhere.json'));
    expect(unreadable).toMatchObject({ code: 2 });
    expect(unreadable.err).toMatch(/Impossible de lire le fichier .*nowhere\.json/);
    expect((await cli('usage', 'settings', 'delete')).code).toBe(2);
    expect((await cli('usage', 'settings', 'show', 'extra')).code).toBe(2);
  });
});

describe('atelier session', () => {
  const programme = async (dataDir: string) => (await cli(dataDir, 'create', '--title', 'Insertion des jeunes')).out.trim();

  it('set writes a partial update to the programme (undoable), show prints it with labels, --json as the model', async () => {
    const id = await programme('session');
    const first = await cli('session', 'session', 'set', id, '--file', file('s1.json', {
      sessionDate: '2027-03-15',
      reportNumber: '2027-CP03-14',
      paymentCredits: [{ year: 2027, amount: 30000 }, { year: 2028, amount: 35000.5 }],
    }));
    expect(first).toMatchObject({ code: 0, out: 'Passage en séance enregistré pour «\u202fInsertion des jeunes\u202f».' });
    await cli('session', 'session', 'set', id, '--file', file('s2.json', { rapporteur: 'Julien Ferracci', assembly: 'deliberating_body' }));
    const json = JSON.parse((await cli('session', 'session', 'show', id, '--json')).out) as SessionParticulars;
    expect(json).toEqual(SessionParticulars.parse({
      sessionDate: '2027-03-15',
      reportNumber: '2027-CP03-14',
      rapporteur: 'Julien Ferracci',
      assembly: 'deliberating_body',
      paymentCredits: [{ year: 2027, amount: 30000 }, { year: 2028, amount: 35000.5 }],
    }));
    // The same record as the screens' edits: the snapshot holds it, and undo takes back the last one.
    expect(JSON.parse((await cli('session', 'show', id)).out).session).toEqual(json);
    const shown = (await cli('session', 'session', 'show', id)).out;
    expect(shown).toContain('Date de séance (sessionDate)\u202f: 15 mars 2027 (2027-03-15)');
    expect(shown).toContain('Assemblée qui délibère (assembly)\u202f: Conseil départemental (deliberating_body)');
    expect(shown).toMatch(/Crédits de paiement \(CP\) \(paymentCredits\)\u202f: total 65[\s\u202f\u00a0]000,50/);
    expect(shown).toMatch(/ {2}2028\u202f: 35[\s\u202f\u00a0]000,50/);
    expect((await cli('session', 'undo', id)).code).toBe(0);
    const undone = JSON.parse((await cli('session', 'session', 'show', id, '--json')).out) as SessionParticulars;
    expect(undone).toMatchObject({ rapporteur: '', assembly: 'delegate', reportNumber: '2027-CP03-14' });
  });

  it.each([
    ['an unknown name', { sessionDat: '2027-03-15' }, /Nom de champ inconnu .*sessionDat\. Champs possibles\u202f: assembly, sessionDate/],
    ['a date not in ISO form', { sessionDate: '15/03/2027' }, /- Date de séance \(sessionDate\)\u202f: .*AAAA-MM-JJ/],
    ['a year out of range', { paymentCredits: [{ year: 1999, amount: 10 }] }, /- Crédits de paiement \(CP\) \(paymentCredits\.0\.year\)\u202f: Trop petit/],
    ['a negative amount', { paymentCredits: [{ year: 2027, amount: -5 }] }, /paymentCredits\.0\.amount/],
    ['a year twice', { paymentCredits: [{ year: 2027, amount: 5 }, { year: 2027, amount: 6 }] }, /- Crédits de paiement \(CP\) \(paymentCredits\)\u202f: chaque année ne figure qu’une fois\./],
    ['an assembly that does not exist', { assembly: 'senat' }, /- Assemblée qui délibère \(assembly\)/],
  ])('refuses %s with a French message, exit 2, and writes nothing', async (label, content, message) => {
    const id = await programme('session-refuse');
    await cli('session-refuse', 'session', 'set', id, '--file', file('sr-ok.json', { reportNumber: 'R-1' }));
    const before = databaseBytes('session-refuse');
    const refused = await cli('session-refuse', 'session', 'set', id, '--file', file(`sr-${label}.json`, content));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(message);
    expect(databaseBytes('session-refuse').equals(before)).toBe(true);
  });

  it('an unknown programme is an error (exit 1); a missing id or file is bad usage (exit 2)', async () => {
    await programme('session-usage');
    expect((await cli('session-usage', 'session', 'show', '01890000-0000-7000-8000-000000000000')).code).toBe(1);
    expect((await cli('session-usage', 'session', 'show')).code).toBe(2);
    expect((await cli('session-usage', 'session', 'set', '01890000-0000-7000-8000-000000000000')).code).toBe(2);
  });
});
