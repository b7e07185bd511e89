import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atelier-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliIn(dataDir, args);

describe('CLI', () => {
  it('demo then list --json lists the example', async () => {
    const demo = await cli('demo');
    expect(demo.code).toBe(0);
    const id = demo.out.trim();
    const list = await cli('list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ id })]);
  });

  it('create, show (the snapshot as JSON), undo', async () => {
    const created = await cli('create', '--title', 'Programme CLI');
    expect(created.code).toBe(0);
    const id = created.out.trim();
    const shown = JSON.parse((await cli('show', id)).out);
    expect(shown.framing.title).toBe('Programme CLI');
    expect((await cli('undo', id)).code).toBe(1); // creation itself is not undoable
  });

  it('bad usage exits 2 with a one-line message; failures exit 1', async () => {
    const unknown = await cli('explode');
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')).toHaveLength(1);
    expect((await cli('create')).code).toBe(2);
    expect((await cli('show')).code).toBe(2);
    expect((await cli('list', '--bogus')).code).toBe(2);
    const missing = await cli('show', '01900000-0000-7000-8000-000000000001');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('n’existe pas ou plus\u202f: vérifiez l’identifiant');
  });

  it('--help everywhere', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Utilisation\u202f: atelier');
    // Readable in an 80-column terminal except for the longest usages themselves: no line is padded to the longest.
    const padded = help.out.split('\n').filter((line) => /\S {3,}\S/.test(line));
    expect(padded).toEqual([]);
    const sub = await cli('show', '--help');
    expect(sub.code).toBe(0);
    expect(sub.out).toMatch(/show <id>/);
  });
});
