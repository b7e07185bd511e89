import { app, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../api/dispatcher';
import { openApp, type AppContext } from '../services/app';
import { startFailureText } from '../services/start-failure';
import { FILE_CHANNELS, registerIpc } from './ipc';
import { archivePathFromArgv, createOpenedFiles } from './open-with';
import { createMainWindow, guardWebContents, lockDownSession } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const dirs = { preload: join(here, '../preload'), renderer: join(here, '../renderer') };
const rendererIndex = join(dirs.renderer, 'index.html');

/** better-sqlite3 built for Electron's ABI (npm run rebuild:electron), kept beside Node's own build. */
function electronNativeBinding(): string | undefined {
  const candidates = [
    join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    join(here, '../../build/native/electron/better_sqlite3.node'),
  ];
  return candidates.find((file) => existsSync(file));
}

app.enableSandbox();
// Every web contents, including any created later, gets the same guards before it can load anything.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererIndex));

let notifyPage = () => {};
const openedFiles = createOpenedFiles(() => notifyPage());
// macOS: double-clicking an .atelier file, possibly before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openedFiles.offer(path);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const first = archivePathFromArgv(process.argv, process.cwd());
  if (first) openedFiles.offer(first);
  app.whenReady().then(async () => {
    lockDownSession();
    Menu.setApplicationMenu(null);
    const nativeBinding = electronNativeBinding();
    let context: AppContext;
    try {
      context = await openApp({
        dataDir: process.env.ATELIER_DATA_DIR ?? app.getPath('userData'),
        appVersion: app.getVersion(),
        // Browser mode on the same folder is refused too (the single-instance lock covers only this app).
        exclusive: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
    } catch (error) {
      // A damaged or read-only data folder, or one already open: said in words, with the way out, then quit.
      const locale = app.getLocale().startsWith('en') ? 'en' : 'fr';
      dialog.showErrorBox('Atelier Coop', startFailureText(error, locale));
      app.quit();
      return;
    }
    const win = createMainWindow(dirs);
    registerIpc(win, createDispatcher(context), rendererIndex, openedFiles);
    notifyPage = () => win.webContents.send(FILE_CHANNELS.opened);
    app.on('second-instance', (_event, argv, workingDirectory) => {
      // Windows and Linux: an .atelier file opened while the app runs arrives as a second instance's command line.
      const path = archivePathFromArgv(argv, workingDirectory);
      if (path) openedFiles.offer(path);
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      context.close();
      app.quit();
    });
  });
}
