import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { COMMAND_NAMES, channelOf } from '../../src-shared/api/contract';
import type { Dispatch } from '../api/dispatcher';
import type { OpenedFiles } from './open-with';
import { isAppUrl } from './window';

const FILE_CHANNELS = {
  save: 'atelier:file.save',
  saveMany: 'atelier:file.saveToFolder',
  open: 'atelier:file.open',
  takeOpened: 'atelier:file.takeOpened',
  /** Main → page only: an .atelier file waits (see open-with.ts). */
  opened: 'atelier:file.opened',
} as const;
const Filters = z.array(z.object({ name: z.string().max(200), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20) })).max(10);
const Bytes = z.instanceof(Uint8Array);

/** Only the app's own main frame may call: not a sub-frame, not another page. */
function senderAllowed(event: IpcMainInvokeEvent, win: BrowserWindow, rendererIndex: string): boolean {
  const frame = event.senderFrame;
  return (
    event.sender.id === win.webContents.id && !!frame && frame === event.sender.mainFrame && isAppUrl(frame.url, rendererIndex)
  );
}

const refused = { ok: false, error: { code: 'forbidden', message: 'Refused: unknown sender.' } } as const;

export function registerIpc(win: BrowserWindow, dispatch: Dispatch, rendererIndex: string, openedFiles: OpenedFiles): void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(channelOf(name), (event, payload: unknown) =>
      senderAllowed(event, win, rendererIndex) ? dispatch(name, payload, { transport: 'ipc' }) : refused,
    );
  }
  ipcMain.handle(FILE_CHANNELS.save, async (event, name: unknown, bytes: unknown, filters: unknown) => {
    if (!senderAllowed(event, win, rendererIndex)) return false;
    const input = z.tuple([z.string().max(255), Bytes, Filters]).safeParse([name, bytes, filters]);
    if (!input.success) return false;
    const result = await dialog.showSaveDialog(win, { defaultPath: basename(input.data[0]), filters: input.data[2] });
    if (result.canceled || !result.filePath) return false;
    await writeFile(result.filePath, input.data[1]);
    return true;
  });
  ipcMain.handle(FILE_CHANNELS.saveMany, async (event, files: unknown) => {
    if (!senderAllowed(event, win, rendererIndex)) return null;
    const input = z.array(z.object({ name: z.string().min(1).max(255), bytes: Bytes })).max(100).safeParse(files);
    if (!input.success) return null;
    const result = await dialog.showOpenDialog(win, { properties: ['openDirectory', 'createDirectory'] });
    const folder = result.filePaths[0];
    if (result.canceled || !folder) return null;
    for (const file of input.data) await writeFile(join(folder, basename(file.name)), file.bytes);
    return folder;
  });
  ipcMain.handle(FILE_CHANNELS.open, async (event, filters: unknown) => {
    if (!senderAllowed(event, win, rendererIndex)) return null;
    const parsed = Filters.safeParse(filters);
    const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: parsed.success ? parsed.data : [] });
    const file = result.filePaths[0];
    if (result.canceled || !file) return null;
    return { name: basename(file), bytes: new Uint8Array(await readFile(file)) };
  });
  ipcMain.handle(FILE_CHANNELS.takeOpened, (event) => (senderAllowed(event, win, rendererIndex) ? openedFiles.take() : null));
}

export { FILE_CHANNELS };
