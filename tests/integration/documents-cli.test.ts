import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';

let dir: string;
let demoId: string;
const env = { ATELIER_SKIP_DAILY_BACKUP: '1' } as NodeJS.ProcessEnv;

const cli = (...argv: string[]) => runCliIn(join(dir, 'data'), argv, env);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-cli-docs-'));
  const app = await openApp({ dataDir: join(dir, 'data'), skipDailyBackup: true });
  const ctx = app.programmes.context();
  demoId = app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  app.settings.update(demoSettings());
  app.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (path: string) =>
  [
    ...strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!).matchAll(
      /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g,
    ),
  ]
    .map((m) => m[1])
    .join('');

describe('CLI docs / xlsx / xlsx-import', () => {
  it('docs writes the five final documents; --lang en writes English ones', async () => {
    const fr = await cli('docs', demoId, '--out', join(dir, 'fr'));
    expect(fr.code).toBe(0);
    expect(readdirSync(join(dir, 'fr')).sort()).toHaveLength(5);
    const delib = readdirSync(join(dir, 'fr')).find((f) => f.startsWith('2 - '))!;
    expect(text(join(dir, 'fr', delib))).toContain('DÉCIDE');
    const en = await cli('docs', demoId, '--out', join(dir, 'en'), '--lang', 'en');
    expect(en.code).toBe(0);
    const enDelib = readdirSync(join(dir, 'en')).find((f) => f.startsWith('2 - '))!;
    expect(text(join(dir, 'en', enDelib))).toContain('DECIDES');
  });

  it('refuses the final version of an incomplete programme with exit 4 and the list; --draft writes it', async () => {
    const created = await cli('create', '--title', 'Esquisse');
    const id = created.out.trim();
    const refused = await cli('docs', id, '--out', join(dir, 'x'));
    expect(refused.code).toBe(4);
    expect(refused.err).toContain('Version définitive refusée');
    expect(refused.err).toContain('framing.partnerAuthority');
    expect(existsSync(join(dir, 'x'))).toBe(false);
    const draft = await cli('docs', id, '--out', join(dir, 'x'), '--draft');
    expect(draft.code).toBe(0);
    expect(draft.out).toMatch(/Brouillon : \d+ valeurs manquantes signalées en surligné/);
    expect(readdirSync(join(dir, 'x'))).toHaveLength(5);
  });

  it('fills a template with --template and reports its unknown placeholders', async () => {
    const doc = new Document({
      sections: [
        {
          children: ['MAISON {{collectivite}}', '{{corps}}', '{{mystere}}'].map(
            (l) => new Paragraph({ children: [new TextRun(l)] }),
          ),
        },
      ],
    });
    writeFileSync(join(dir, 'modele.docx'), await Packer.toBuffer(doc));
    const result = await cli('docs', demoId, '--out', join(dir, 't'), '--template', join(dir, 'modele.docx'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('mystere');
    const delib = readdirSync(join(dir, 't')).find((f) => f.startsWith('2 - '))!;
    expect(text(join(dir, 't', delib))).toContain('MAISON Département de la Vallée-Haute');
    expect(text(join(dir, 't', delib))).toContain('DÉCIDE');
  });

  it('xlsx exports, xlsx-import brings it back as a new programme or into one; bad usage exits 2', async () => {
    const file = join(dir, 'cadre.xlsx');
    expect((await cli('xlsx', demoId, '--out', file)).code).toBe(0);
    expect((await cli('xlsx', demoId, '--out', join(dir, 'budget.xlsx'), '--budget')).code).toBe(0);
    const created = await cli('xlsx-import', file, '--title', 'Copie du cadre');
    expect(created.code).toBe(0);
    const into = await cli('xlsx-import', file, '--into', demoId);
    expect(into.code).toBe(0);
    expect(into.out).toContain('(0 changement)');
    expect((await cli('docs', demoId)).code).toBe(2);
    expect((await cli('docs', demoId, '--out', join(dir, 'y'), '--lang', 'de')).code).toBe(2);
    expect((await cli('xlsx-import', join(dir, 'absent.xlsx'))).code).toBe(2);
  });
});
