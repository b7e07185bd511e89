import { watchOpenedFiles } from '../platform';
import { useSyncExternalStore } from 'react';
import type { OpenedFile } from '../../src-shared/api/bridge';
import { hrefOf, navigate } from '../router';

/**
 * An .atelier file that reached the app without the import page's own button: opened from the file manager or a
 * mail client (desktop), or dropped onto the window (both modes). It waits here until the import page takes it.
 */
let waiting: OpenedFile | null = null;
const listeners = new Set<() => void>();

function offer(file: OpenedFile): void {
  waiting = file;
  for (const listener of listeners) listener();
  navigate(hrefOf.import());
}

/** The waiting file, once. */
export function takeIncomingFile(): OpenedFile | null {
  const file = waiting;
  waiting = null;
  return file;
}

/** Re-renders when a file arrives, so an import page already open picks it up too. */
export function useIncomingFile(): OpenedFile | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waiting,
  );
}

const isArchiveName = (name: string) => name.toLowerCase().endsWith('.atelier');

/** Installed once at start: the desktop's opened files, and files dropped anywhere in the window. */
export function watchIncomingFiles(): void {
  watchOpenedFiles(offer);
  window.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    // A drop zone of a screen (the logframe's rows) handled it already.
    if (event.defaultPrevented || !event.dataTransfer?.files.length) return;
    // Never let the browser open the file in place of the app: unsaved typing would be lost.
    event.preventDefault();
    const file = [...event.dataTransfer.files].find((f) => isArchiveName(f.name));
    if (!file) return;
    void file.arrayBuffer().then(
      (buffer) => offer({ name: file.name, bytes: new Uint8Array(buffer) }),
      () => offer({ name: file.name, error: 'file_unreadable' }),
    );
  });
}
