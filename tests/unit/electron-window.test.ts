import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron shell's security settings, asserted without the Electron binary: `electron` is mocked,
 * the window factory and guards run for real, and the handlers they register are called as Electron would.
 */
type Listener = (...args: unknown[]) => unknown;

const created: Array<{ options: Record<string, unknown>; contents: FakeContents }> = [];

class FakeContents {
  listeners = new Map<string, Listener[]>();
  openHandler: Listener | null = null;
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: Listener) {
    this.openHandler = handler;
  }
  /** Emits like Electron: returns whether a listener called preventDefault. */
  emit(event: string, url?: string): boolean {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    for (const l of this.listeners.get(event) ?? []) l(e, url);
    return prevented;
  }
}

const fakeSession = {
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  devicePermission: null as Listener | null,
  displayMedia: null as Listener | null,
  beforeRequest: null as Listener | null,
  setPermissionRequestHandler(h: Listener) {
    this.permissionRequest = h;
  },
  setPermissionCheckHandler(h: Listener) {
    this.permissionCheck = h;
  },
  setDevicePermissionHandler(h: Listener) {
    this.devicePermission = h;
  },
  setDisplayMediaRequestHandler(h: Listener) {
    this.displayMedia = h;
  },
  webRequest: {
    onBeforeRequest(h: Listener) {
      fakeSession.beforeRequest = h;
    },
  },
};

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = new FakeContents();
    loaded: string | null = null;
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents });
    }
    once() {}
    show() {}
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
  }
  return { BrowserWindow, session: { defaultSession: fakeSession }, shell: { openExternal: vi.fn() } };
});

const { createMainWindow, guardWebContents, isAppUrl, isAllowedRequest, lockDownSession } = await import('../../src-main/electron/window');
const electron = await import('electron');

const dirs = { preload: '/opt/atelier/out/preload', renderer: '/opt/atelier/out/renderer' };
const index = '/opt/atelier/out/renderer/index.html';

beforeEach(() => {
  created.length = 0;
});

describe('window factory', () => {
  it('creates the window with isolated, sandboxed, node-free web preferences, sandbox set last', () => {
    createMainWindow(dirs);
    expect(created).toHaveLength(1);
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/opt/atelier/out/preload/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(Object.keys(prefs).at(-1)).toBe('sandbox');
    // A sandboxed preload must be CommonJS.
    expect(String(prefs.preload)).toMatch(/\.cjs$/);
  });

  it('guards the window it creates: no new window, no navigation away, no webview', () => {
    createMainWindow(dirs);
    const contents = created[0]!.contents;
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: `file://${index}#/p/1` })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.emit('will-navigate', `file://${index}#/p/abc/logframe`)).toBe(false);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('guards any other web contents the same way', () => {
    const contents = new FakeContents();
    guardWebContents(contents as never, index);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});

describe('session lock-down', () => {
  it('denies every permission, device and screen capture, and cancels remote requests', () => {
    lockDownSession();
    const answers: unknown[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      fakeSession.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(fakeSession.permissionCheck?.({}, 'media')).toBe(false);
    expect(fakeSession.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    let streams: unknown = 'untouched';
    fakeSession.displayMedia?.({}, (s: unknown) => (streams = s));
    expect(streams).toBeNull();
    const decisions: Record<string, unknown> = {};
    for (const url of ['https://cdn.example/x.js', 'http://127.0.0.1/', 'ws://x', 'ftp://x', `file://${index}`, 'data:image/png;base64,AA', 'blob:file:///1']) {
      fakeSession.beforeRequest?.({ url }, (r: { cancel: boolean }) => (decisions[url] = r.cancel));
    }
    expect(decisions).toEqual({
      'https://cdn.example/x.js': true,
      'http://127.0.0.1/': true,
      'ws://x': true,
      'ftp://x': true,
      [`file://${index}`]: false,
      'data:image/png;base64,AA': false,
      'blob:file:///1': false,
    });
  });
});

describe('URL checks', () => {
  it('recognises only the app page itself', () => {
    expect(isAppUrl(`file://${index}`, index)).toBe(true);
    expect(isAppUrl(`file://${index}?x=1#/settings`, index)).toBe(true);
    expect(isAppUrl('file:///opt/atelier/out/renderer/other.html', index)).toBe(false);
    expect(isAppUrl(`file://evil-host${index}`, index)).toBe(false);
    expect(isAppUrl('https://opt/atelier/out/renderer/index.html', index)).toBe(false);
    expect(isAppUrl('not a url', index)).toBe(false);
    expect(isAllowedRequest('HTTPS://x')).toBe(false);
  });
});
