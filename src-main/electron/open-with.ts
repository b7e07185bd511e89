import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenedFile } from '../../src-shared/api/bridge';
import { LIMITS } from '../archive/limits';

/**
 * Opening an .atelier file from the file manager or a mail client (the `.atelier` association of electron-builder.yml).
 * Windows and Linux pass the file on the command line, of the first launch or of a second instance; macOS sends
 * `open-file`. The path waits here until the page takes it, so a file opened before the window is ready is not lost.
 */
export function archivePathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; flags (Chromium's own included) never name the file.
  const archives = argv.slice(1).filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === '.atelier');
  const last = archives.at(-1);
  if (!last) return null;
  // Linux desktop entries pass %U: a file manager may hand over a file:// URL rather than a path.
  if (last.startsWith('file://')) {
    try {
      return fileURLToPath(last);
    } catch {
      return null;
    }
  }
  return resolve(cwd, last);
}

export interface OpenedFiles {
  /** A file the system asked us to open; the page is told, and takes it when it is ready. */
  offer(path: string): void;
  /** The waiting file, read once; null when none waits. */
  take(): Promise<OpenedFile | null>;
}

export function createOpenedFiles(notify: () => void): OpenedFiles {
  let waiting: string | null = null;
  return {
    offer(path) {
      waiting = path;
      notify();
    },
    async take() {
      const path = waiting;
      waiting = null;
      if (!path) return null;
      const name = basename(path);
      try {
        // Checked before reading: a huge file is refused without being loaded into memory.
        if ((await stat(path)).size > LIMITS.maxArchiveBytes) return { name, error: 'archive_too_large' };
        return { name, bytes: new Uint8Array(await readFile(path)) };
      } catch {
        return { name, error: 'file_unreadable' };
      }
    },
  };
}
