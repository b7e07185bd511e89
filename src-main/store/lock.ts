import Database from 'better-sqlite3';
import { join } from 'node:path';
import { CommandError } from '../../src-shared/api/errors';

export const LOCK_FILE = 'atelier.lock';

export interface FolderLock {
  release(): void;
}

/**
 * An exclusive lock on a data folder for the desktop app and browser mode: a small SQLite file held in
 * EXCLUSIVE locking mode after one write. SQLite's file locks belong to the process, work the same on Windows,
 * macOS and Linux, and vanish with it (a crash leaves no stale lock to clean up, unlike a pid file).
 */
export function lockDataFolder(dataDir: string, nativeBinding?: string | object): FolderLock {
  const db = new Database(join(dataDir, LOCK_FILE), {
    timeout: 0,
    ...(nativeBinding === undefined ? {} : { nativeBinding: nativeBinding as string }),
  });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL); DELETE FROM holder;');
    db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') || (error as { code?: string }).code?.startsWith('SQLITE_LOCKED')) {
      throw new CommandError('data_folder_in_use', 'This data folder is already open in another Atelier Coop window (desktop app or browser mode).', { dataDir });
    }
    throw error;
  }
  return { release: () => db.close() };
}
