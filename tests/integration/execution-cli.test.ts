import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli';
import { openApp } from '../../src-main/services/app';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-exec-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliIn(dataDir, args);

/** The demo's 2027 budget lines and first funder, read once the CLI made the demo. */
async function demoIds(id: string) {
  const app = await openApp({ dataDir, skipDailyBackup: true });
  try {
    const s = app.programmes.get(id);
    return { lines: s.budgetLines.filter((l) => l.year === 2027).map((l) => l.id), funder: s.funders[0]!.id };
  } finally {
    app.close();
  }
}

describe('CLI after the vote', () => {
  it('execution --file adds the entries whole, refuses a bad file whole; report writes the year’s .docx', async () => {
    const id = (await cli('demo')).out.trim();
    const { lines, funder } = await demoIds(id);
    const good = join(dataDir, 'entries.json');
    writeFileSync(good, JSON.stringify({ expenditures: [{ budgetLineId: lines[0], year: 2027, amount: 250, reference: 'Mandat 7' }], receipts: [{ funderId: funder, year: 2027, amount: 1000 }] }));
    const added = await cli('execution', id, '--file', good);
    expect(added).toMatchObject({ code: 0, out: '2 écritures ajoutées.' });

    const bad = join(dataDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ expenditures: [{ budgetLineId: lines[1], year: 2027, amount: 10 }, { budgetLineId: lines[1], amount: 'dix' }] }));
    const refused = await cli('execution', id, '--file', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('expenditures.1.amount');
    writeFileSync(bad, '{ not json');
    expect((await cli('execution', id, '--file', bad)).code).toBe(2);
    const shown = JSON.parse((await cli('show', id)).out) as { expenditures: unknown[] };
    expect(shown.expenditures).toHaveLength(1);

    const out = join(dataDir, 'out');
    const draft = await cli('report', id, '--year', '2027', '--out', out, '--draft');
    expect(draft.code).toBe(0);
    expect(readdirSync(out)).toEqual(['Rapport d’exécution 2027 - CAP JEUNES.docx']);
    // The final version lacks the year's texts: refused with exit 4 and the list.
    const final = await cli('report', id, '--year', '2027', '--out', join(dataDir, 'final'));
    expect(final.code).toBe(4);
    expect(final.err).toContain('Version définitive refusée');
    expect(existsSync(join(dataDir, 'final'))).toBe(false);
    expect((await cli('report', id, '--out', out)).code).toBe(2);
  }, 120_000);

  it('phase refuses to start without a voted version, and names the closing texts it lacks', async () => {
    const id = (await cli('demo')).out.trim();
    const refused = await cli('phase', id, 'voted');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('version « telle que votée » dans l’Historique');
    expect((await cli('phase', id, 'finished')).code).toBe(2);
    const app = await openApp({ dataDir, skipDailyBackup: true, buildDocuments: async () => [] });
    await app.versions.freeze(id, 'CP-2027-1', '2027-01-10');
    app.close();
    expect(await cli('phase', id, 'voted')).toMatchObject({ code: 0, out: 'Le programme est maintenant voté.' });
    expect((await cli('phase', id, 'in_execution')).code).toBe(0);
    const closing = await cli('phase', id, 'closed', '--assessment', 'Bilan positif.');
    expect(closing.code).toBe(1);
    expect(closing.err).toContain('--lessons, --sustainability');
    const closed = await cli('phase', id, 'closed', '--assessment', 'Bilan positif.', '--lessons', 'Commencer tôt.', '--sustainability', 'Repris par la commune.');
    expect(closed).toMatchObject({ code: 0, out: 'Le programme est maintenant clôturé.' });
  }, 120_000);
});
