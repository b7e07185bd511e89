import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src-main/archive/limits';
import { archivePathFromArgv, createOpenedFiles } from '../../src-main/electron/open-with';

/** Double-clicking an .atelier file received by email opens it in the app's import screen. */
describe('the .atelier file on the command line', () => {
  it('finds the file Windows or Linux passes, relative paths from the working folder', () => {
    expect(archivePathFromArgv(['C:\\Atelier\\Atelier Coop.exe', 'D:\\Mail\\retour partenaire.atelier'], 'C:\\')).toMatch(
      /retour partenaire\.atelier$/,
    );
    expect(archivePathFromArgv(['/opt/atelier/atelier-coop', 'Téléchargements/Cap Jeunes.ATELIER'], '/home/awa')).toBe(
      '/home/awa/Téléchargements/Cap Jeunes.ATELIER',
    );
  });

  it('reads the file:// URL a Linux file manager may pass', () => {
    expect(archivePathFromArgv(['/opt/atelier/atelier-coop', 'file:///home/awa/T%C3%A9l%C3%A9chargements/retour%20partenaire.atelier'], '/')).toBe(
      '/home/awa/Téléchargements/retour partenaire.atelier',
    );
    expect(archivePathFromArgv(['app', 'file://autre-machine/partage/x.atelier'], '/')).toBeNull();
  });

  it('ignores the executable, flags and other files; the last archive wins', () => {
    expect(archivePathFromArgv(['/usr/bin/atelier.atelier'], '/')).toBeNull();
    expect(archivePathFromArgv(['electron', '.', '--no-sandbox', '--x=a.atelier', 'notes.pdf'], '/')).toBeNull();
    expect(archivePathFromArgv(['app', '/a/un.atelier', '/a/deux.atelier'], '/')).toBe('/a/deux.atelier');
  });
});

describe('the opened file waits for the page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-open-with-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is announced, then read once', async () => {
    const path = join(dir, 'retour.atelier');
    writeFileSync(path, new Uint8Array([80, 75, 3, 4]));
    let told = 0;
    const files = createOpenedFiles(() => told++);
    expect(await files.take()).toBeNull();
    files.offer(path);
    expect(told).toBe(1);
    expect(await files.take()).toEqual({ name: 'retour.atelier', bytes: new Uint8Array([80, 75, 3, 4]) });
    expect(await files.take()).toBeNull();
  });

  it('says why when the file is gone or too large, without loading it', async () => {
    const files = createOpenedFiles(() => {});
    files.offer(join(dir, 'disparu.atelier'));
    expect(await files.take()).toEqual({ name: 'disparu.atelier', error: 'file_unreadable' });
    const huge = join(dir, 'énorme.atelier');
    writeFileSync(huge, '');
    truncateSync(huge, LIMITS.maxArchiveBytes + 1); // sparse: no real disk use
    files.offer(huge);
    expect(await files.take()).toEqual({ name: 'énorme.atelier', error: 'archive_too_large' });
  });
});
