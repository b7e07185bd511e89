import type { Envelope, ErrorCode } from './errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** An .atelier file opened from the file manager or a mail client: its bytes, or why they could not be read. */
export type OpenedFile = { name: string; bytes: Uint8Array } | { name: string; error: Extract<ErrorCode, 'archive_too_large' | 'file_unreadable'> };

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
  /** The .atelier file the system asked the app to open, once; null when none waits. */
  takeOpenedFile(): Promise<OpenedFile | null>;
  /** Called when the system asks the app to open an .atelier file while it runs. */
  onFileOpened(listener: () => void): void;
}
