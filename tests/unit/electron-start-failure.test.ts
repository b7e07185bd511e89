import { describe, expect, it, vi } from 'vitest';
import { CommandError } from '../../src-shared/api/errors';

/**
 * The desktop main process with `electron` mocked and a data folder that cannot be opened: the officer gets a
 * dialog in French that names the way out, and the app quits (before, the rejection went unhandled and the app
 * stayed without a window).
 */
const shown: Array<[string, string]> = [];
const quit = vi.fn();
let ready: () => Promise<void> = async () => {};

vi.mock('electron', () => ({
  app: {
    enableSandbox: vi.fn(),
    on: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => ({ then: (run: () => Promise<void>) => void (ready = run) }),
    getPath: () => '/nonexistent',
    getVersion: () => '0.1.0',
    getLocale: () => 'fr-FR',
    quit,
  },
  dialog: { showErrorBox: (title: string, text: string) => shown.push([title, text]) },
  Menu: { setApplicationMenu: vi.fn() },
  ipcMain: { handle: vi.fn() },
  BrowserWindow: class {},
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onHeadersReceived: vi.fn() } } },
  shell: {},
}));
const createMainWindow = vi.fn();
vi.mock('../../src-main/electron/window', () => ({ createMainWindow, guardWebContents: vi.fn(), lockDownSession: vi.fn() }));
const openOptions: unknown[] = [];
vi.mock('../../src-main/services/app', () => ({
  openApp: async (options: unknown) => {
    openOptions.push(options);
    throw new CommandError('database_damaged', 'The data file is damaged.', { dataDir: '/data', latestBackup: '2026-11-30T08-00-00-000Z__daily.sqlite' });
  },
}));

describe('desktop start with a damaged data file', () => {
  it('shows the French message with the way out and quits, without opening a window', async () => {
    await import('../../src-main/electron/main');
    await ready();
    expect(shown).toHaveLength(1);
    const [, text] = shown[0]!;
    expect(text).toContain('Atelier Coop n’a pas pu démarrer.');
    expect(text).toContain('endommagé');
    expect(text).toContain('atelier backups list');
    expect(text).toContain('2026-11-30T08-00-00-000Z__daily.sqlite');
    expect(quit).toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
    // The desktop app locks its data folder, so browser mode on the same folder is refused while it runs.
    expect(openOptions).toEqual([expect.objectContaining({ exclusive: true })]);
  });
});
