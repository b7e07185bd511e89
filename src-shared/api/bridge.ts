import type { Envelope } from './errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What the Electron preload exposes as `window.atelier` (named functions only, never ipcRenderer).
 * In browser mode it is absent and the renderer uses HTTP and the browser's own file handling.
 */
export interface AtelierBridge {
  call(name: string, payload: unknown): Promise<Envelope<unknown>>;
  /** Native save dialog; resolves false when the user cancels. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<boolean>;
  /** Native folder dialog then writes each file into it; resolves the folder, or null when cancelled. */
  saveFilesToFolder(files: Array<{ name: string; bytes: Uint8Array }>): Promise<string | null>;
  /** Native open dialog; resolves null when the user cancels. */
  openFile(filters: FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null>;
}
