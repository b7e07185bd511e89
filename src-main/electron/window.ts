import { BrowserWindow, session, type Session, type Streams, type WebContents } from 'electron';
import { join } from 'node:path';

/** Whether a URL is the app's own page (file:// of the built renderer, any hash route). */
export function isAppUrl(url: string, rendererIndex: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(`file://${rendererIndex}`);
    return target.protocol === 'file:' && target.host === '' && target.pathname === own.pathname;
  } catch {
    return false;
  }
}

/** Requests a page may make: its own files and in-memory data; nothing remote, ever. */
export function isAllowedRequest(url: string): boolean {
  return /^(file|data|blob|devtools):/i.test(url);
}

/**
 * Guards every web contents (the window and anything it could spawn): no new window, no navigation or
 * redirect away from the app's page, no <webview>. Links to the outside world are not opened: the
 * app works offline and a council document never needs the web.
 */
export function guardWebContents(contents: WebContents, rendererIndex: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies everything a page could ask for: permissions, devices, screen capture, remote requests. */
export function lockDownSession(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // `null` refuses the capture: Electron's native side has taken "null or a valid object" since the API exists, but
  // Electron 41's typings only name Streams (45's add `| null`). `{}` would throw "Video was requested, but no video
  // stream was provided" instead.
  target.setDisplayMediaRequestHandler((_request, callback) => (callback as (streams: Streams | null) => void)(null));
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

/**
 * The one window factory. The web preferences are written out here, in full, so a reader (and
 * electronegativity) sees them at the constructor; `sandbox: true` comes last so nothing overrides it.
 */
export function createMainWindow(dirs: { preload: string; renderer: string }): BrowserWindow {
  const rendererIndex = join(dirs.renderer, 'index.html');
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Atelier Coop',
    webPreferences: {
      preload: join(dirs.preload, 'preload.cjs'),
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      sandbox: true,
    },
  });
  guardWebContents(win.webContents, rendererIndex);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}
