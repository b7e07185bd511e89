import { describe, expect, it, vi } from 'vitest';

/** The preload and the IPC wrapper, with `electron` mocked: what the page can reach, and who may call. */
type Handler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, Handler>();
const invoked: Array<[string, unknown[]]> = [];
const exposed: Record<string, unknown> = {};
const rendererListeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => (invoked.push([channel, args]), Promise.resolve('sent')),
    on: (channel: string, listener: (...args: unknown[]) => void) => rendererListeners.set(channel, listener),
  },
  ipcMain: { handle: (channel: string, h: Handler) => handlers.set(channel, h) },
  dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true })), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) },
  BrowserWindow: class {},
  session: {},
  shell: {},
}));

await import('../../src-main/electron/preload');
const { registerIpc } = await import('../../src-main/electron/ipc');
const { COMMAND_NAMES } = await import('../../src-shared/api/contract');

describe('preload', () => {
  it('exposes named functions only, never ipcRenderer', () => {
    const api = exposed.atelier as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['atelier']);
    expect(Object.keys(api).sort()).toEqual(['call', 'onFileOpened', 'openFile', 'saveFile', 'saveFilesToFolder', 'takeOpenedFile']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toContain('invoke');
  });

  it('reaches only the channel of a known command', async () => {
    const api = exposed.atelier as { call(name: string, payload: unknown): Promise<unknown> };
    invoked.length = 0;
    await api.call('programme.list', {});
    expect(invoked).toEqual([['atelier:programme.list', [{}]]]);
    for (const name of ['../../x', 'file.save', 'constructor', '__proto__', 'programme.list ']) {
      expect(await api.call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    }
    expect(invoked).toHaveLength(1);
  });

  it('tells the page an .atelier file was opened without handing it the IPC event', () => {
    const api = exposed.atelier as { onFileOpened(listener: (...args: unknown[]) => void): void };
    const received: unknown[][] = [];
    api.onFileOpened((...args) => received.push(args));
    rendererListeners.get('atelier:file.opened')!({ sender: 'ipcRenderer' }, 'extra');
    expect(received).toEqual([[]]);
  });
});

describe('IPC wrapper', () => {
  const index = '/app/out/renderer/index.html';
  const mainFrame = { url: `file://${index}#/` };
  const win = { webContents: { id: 7 } };
  const dispatch = vi.fn(async () => ({ ok: true, value: 'done' }));
  const openedFiles = { offer: vi.fn(), take: vi.fn(async () => ({ name: 'retour.atelier', bytes: new Uint8Array([1]) })) };
  registerIpc(win as never, dispatch as never, index, openedFiles);
  const event = (over: Record<string, unknown> = {}) => ({ sender: { id: 7, mainFrame }, senderFrame: mainFrame, ...over });

  it('registers one channel per command plus the four file channels, nothing else', () => {
    expect(handlers.size).toBe(COMMAND_NAMES.length + 4);
    for (const channel of handlers.keys()) expect(channel).toMatch(/^atelier:[a-z]+\.[A-Za-z]+$/);
  });

  it('dispatches calls from the app main frame', async () => {
    expect(await handlers.get('atelier:programme.list')!(event(), {})).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith('programme.list', {}, { transport: 'ipc' });
  });

  it('refuses another window, a sub-frame, or a page that is not the app', async () => {
    dispatch.mockClear();
    const subFrame = { url: `file://${index}` };
    const evil = { url: 'https://evil.example/' };
    for (const e of [
      { sender: { id: 8, mainFrame }, senderFrame: mainFrame },
      { sender: { id: 7, mainFrame }, senderFrame: subFrame },
      { sender: { id: 7, mainFrame }, senderFrame: null },
      { sender: { id: 7, mainFrame: evil }, senderFrame: evil },
    ]) {
      expect(await handlers.get('atelier:programme.list')!(e, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await handlers.get('atelier:file.save')!(e, 'a.docx', new Uint8Array(1), [])).toBe(false);
      expect(await handlers.get('atelier:file.open')!(e, [])).toBeNull();
      expect(await handlers.get('atelier:file.takeOpened')!(e)).toBeNull();
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(openedFiles.take).not.toHaveBeenCalled();
  });

  it('hands the opened .atelier file to the app page', async () => {
    expect(await handlers.get('atelier:file.takeOpened')!(event())).toEqual({ name: 'retour.atelier', bytes: new Uint8Array([1]) });
  });

  it('validates file-channel arguments before opening any dialog', async () => {
    const { dialog } = await import('electron');
    expect(await handlers.get('atelier:file.save')!(event(), 'a.docx', 'not bytes', [])).toBe(false);
    expect(await handlers.get('atelier:file.saveToFolder')!(event(), [{ name: '', bytes: new Uint8Array(1) }])).toBeNull();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
