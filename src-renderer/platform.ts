import type { AtelierBridge, FileFilter, OpenedFile } from '../src-shared/api/bridge';
import type { Envelope } from '../src-shared/api/errors';

declare global {
  interface Window {
    atelier?: AtelierBridge;
  }
}

/**
 * Every difference between the desktop app (the preload's `window.atelier`) and browser mode lives
 * here: how commands travel, files in and out (native dialogs or downloads and file inputs), files
 * the system asks the app to open. No other file reads `window.atelier`.
 */

const bridge = (): AtelierBridge | undefined => (typeof window === 'undefined' ? undefined : window.atelier);

/** The desktop app (native dialogs, a folder to save into); false in browser mode. */
export const isDesktop = (): boolean => bridge() !== undefined;

/** Sends a command over IPC; undefined in browser mode (the caller uses HTTP). */
export function callOverIpc(name: string, payload: unknown): Promise<Envelope<unknown>> | undefined {
  return bridge()?.call(name, payload);
}

/** Desktop: a folder dialog, then each file written into it (the folder, or null when cancelled); browser: not available (null). */
export async function saveFilesToFolder(files: Array<{ name: string; bytes: Uint8Array }>): Promise<string | null | undefined> {
  const b = bridge();
  return b ? b.saveFilesToFolder(files) : undefined;
}

/** Desktop: the .atelier files the system asks the app to open (at start and while it runs). Browser: none. */
export function watchOpenedFiles(offer: (file: OpenedFile) => void): void {
  const b = bridge();
  if (!b) return;
  const take = () => void b.takeOpenedFile().then((file) => file && offer(file));
  b.onFileOpened(take);
  take();
}

export async function saveFile(name: string, bytes: Uint8Array, filters: FileFilter[]): Promise<boolean> {
  const b = bridge();
  if (b) return b.saveFile(name, bytes, filters);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export function openFile(filters: FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null> {
  const b = bridge();
  if (b) return b.openFile(filters);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
