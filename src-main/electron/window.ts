import { BrowserWindow, session, shell, type WebPreferences } from 'electron';
import { join } from 'node:path';

/** The secure defaults of every window; `sandbox: true` is set last so nothing can override it. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    contextIsolation: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    sandbox: true,
  };
}

/** Whether a URL is the app's own page (file:// of the built renderer). */
export function isAppUrl(url: string, rendererIndex: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(`file://${rendererIndex}`);
    return target.protocol === 'file:' && target.pathname === own.pathname;
  } catch {
    return false;
  }
}

/** Denies everything a page could ask for: permissions, new windows, navigation elsewhere. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // No remote content, ever: only the app's own files and in-memory data.
    const allowed = /^(file|data|blob|devtools):/.test(details.url);
    callback({ cancel: !allowed });
  });
}

export function createMainWindow(dirs: { preload: string; renderer: string }): BrowserWindow {
  const rendererIndex = join(dirs.renderer, 'index.html');
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Atelier Coop',
    webPreferences: secureWebPreferences(join(dirs.preload, 'preload.cjs')),
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the outside world open in the user's browser, never inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}
