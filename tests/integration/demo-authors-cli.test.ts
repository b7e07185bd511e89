import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli';
import type { AuthoritySettings } from '../../src-shared/model';

const root = mkdtempSync(join(tmpdir(), 'atelier-cli-authors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (dataDir: string, ...argv: string[]) => runCliIn(join(root, dataDir), argv, { ATELIER_SKIP_DAILY_BACKUP: '1' });

describe('atelier demo --author TYPE', () => {
  it('a commune’s example programme: its settings, a ready check and its final package', async () => {
    const demo = await cli('commune', 'demo', '--author', 'commune');
    expect(demo.code, demo.err).toBe(0);
    const id = demo.out.trim();
    const settings = JSON.parse((await cli('commune', 'settings', 'show', '--json')).out) as AuthoritySettings;
    expect(settings).toMatchObject({ authorityType: 'commune', name: 'Commune de Valbrune (exemple)' });
    const check = await cli('commune', 'check', id);
    expect(check.out).toContain('rien ne manque');
    const out = join(root, 'commune-docs');
    expect((await cli('commune', 'docs', id, '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()[0]).toMatch(/^1 - Rapport de la Maire/);
  }, 60_000);

  it('refuses an unknown type with a French message, and writes nothing', async () => {
    const bad = await cli('bad', 'demo', '--author', 'canton');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Type d’auteur inconnu «\u202fcanton\u202f»');
    expect(bad.err).toContain('departement, commune, epci, region, association');
    const list = await cli('bad', 'list');
    expect(list.out).toContain('Aucun programme pour l’instant');
  });

  it('keeps settings of another type, and says so', async () => {
    expect((await cli('mixed', 'demo')).code).toBe(0);
    const region = await cli('mixed', 'demo', '--author', 'region');
    expect(region.code).toBe(0);
    expect(region.err).toContain('un autre type d’auteur (Département)');
    const settings = JSON.parse((await cli('mixed', 'settings', 'show', '--json')).out) as AuthoritySettings;
    expect(settings.authorityType).toBe('departement');
  }, 60_000);
});
