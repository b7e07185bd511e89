import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src-main/cli/main';
import { runCliIn } from '../helpers/cli';

/** Words of the English the CLI used to print (node's parser, zod, the services), none of them French. */
const ENGLISH =
  /\b(the|is|are|must|missing|cannot|unknown|usage|wrong|does|exist|expected|received|undefined|invalid|request|failed|error)\b/i;
const NNBSP = '\u202f';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-cli-fr-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCliIn(dataDir, args, { ATELIER_SKIP_DAILY_BACKUP: '1' });

describe('the CLI speaks French', () => {
  it('in its help: every command said in French, with French spacing', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Atelier Coop — commandes sans fenêtre/);
    const names = Object.keys(COMMANDS);
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) {
      const own = await cli(name, '--help');
      expect(own.code, name).toBe(0);
      expect(own.out, name).toMatch(new RegExp(`^Utilisation${NNBSP}: atelier ${name}`));
      expect(own.out.split('\n')[1], name).not.toMatch(ENGLISH);
      expect(own.out, name).not.toMatch(/ [:;]/);
    }
  });

  it('when a command is badly formed: which option or argument, and the usage', async () => {
    const cases: Array<[string[], string]> = [
      [['frobnicate'], `Commande inconnue «${NNBSP}frobnicate${NNBSP}»`],
      [['list', 'extra'], 'Trop d’arguments.'],
      [['show'], 'Il manque un argument.'],
      [['list', '--bogus'], `Option inconnue${NNBSP}: --bogus.`],
      [['list', '--all=1'], 'L’option --all ne prend pas de valeur.'],
      [['create', '--title'], 'L’option --title attend une valeur'],
      [['docs', '01900000-0000-7000-8000-000000000001'], 'Il manque --out.'],
      [['apd', '--year', '1999', '--out', 'x.xlsx'], '--year attend une année entre 2000 et 2100.'],
      [
        ['docs', '01900000-0000-7000-8000-000000000001', '--out', dataDir, '--lang', 'de'],
        '--lang vaut fr ou en.',
      ],
      [['archive', 'import', join(dataDir, 'nowhere.atelier')], 'Impossible de lire le fichier'],
      [
        ['phase', '01900000-0000-7000-8000-000000000001', 'finished'],
        `Phase inconnue «${NNBSP}finished${NNBSP}»`,
      ],
    ];
    for (const [argv, said] of cases) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err, argv.join(' ')).toContain(said);
      expect(run.err, argv.join(' ')).not.toMatch(ENGLISH);
    }
  });

  it('when the app refuses: the catalogue’s sentence and each refused value, never the service’s English', async () => {
    const badId = await cli('show', 'nope');
    expect(badId.code).toBe(2);
    expect(badId.err).toContain(`Certaines valeurs ne sont pas valides${NNBSP}:`);
    expect(badId.err).toContain(`- Une valeur${NNBSP}: le format n’est pas valide. (programmeId)`);
    const noTitle = await cli('create');
    expect(noTitle.err).toContain(`: la valeur manque. (title)`);
    const gone = await cli('undo', '01900000-0000-7000-8000-000000000001');
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('n’existe pas ou plus');
    for (const run of [badId, noTitle, gone]) expect(run.err).not.toMatch(ENGLISH);
    // --json keeps the code for scripts, and says the same French sentence.
    const json = JSON.parse((await cli('undo', '01900000-0000-7000-8000-000000000001', '--json')).err);
    expect(json.error.code).toBe('not_found');
    expect(json.error.message).toContain('n’existe pas ou plus');
  });

  it('when a JSON file is broken: where, in French', async () => {
    const file = join(dataDir, 'entries.json');
    const created = (await cli('create', '--title', 'Programme')).out.trim();
    const cases: Array<[string, string]> = [
      [
        '{\n  "expenditures": [,]\n}',
        `caractère inattendu «${NNBSP},${NNBSP}» dans «${NNBSP}itures": [,] }${NNBSP}»`,
      ],
      ['{\n  "expenditures": []\n  "receipts": []\n}', 'caractère inattendu ligne 3, colonne 3'],
      ['{\n  "expenditures": [', 'le texte s’arrête avant la fin'],
    ];
    for (const [content, said] of cases) {
      writeFileSync(file, content);
      const run = await cli('execution', created, '--file', file);
      expect(run.code, content).toBe(2);
      expect(run.err, content).toContain(`n’est pas du JSON valide${NNBSP}: ${said}`);
      expect(run.err, content).not.toMatch(ENGLISH);
    }
  });
});
