import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../../src-shared/api/errors';
import { newId } from '../../src-shared/model';
import { LATEST_VERSION } from '../store/migrations';
import { lockDataFolder } from '../store/lock';
import { DATABASE_FILE, openApp } from './app';
import { checkBackupFile, listBackupFiles } from './backups';
import type { Platform } from './platform';

export interface BackupStatus {
  name: string;
  size: number;
  /** Why it cannot be restored; null when it is a sound backup of this app. */
  problem: string | null;
}

/**
 * The way back when the app cannot open its data (CLI `atelier backups list|restore`): works on the folder's
 * files without opening the damaged database, under the folder's exclusive lock (never beside a running app).
 */
export function backupStatuses(dataDir: string, platform: Platform = { clock: () => new Date(), newId }): BackupStatus[] {
  const folder = join(dataDir, 'backups');
  return listBackupFiles(folder).map((name) => ({
    name,
    size: statSync(join(folder, name)).size,
    problem: checkBackupFile(join(folder, name), platform, LATEST_VERSION),
  }));
}

/**
 * Restores a backup by name. When the database opens, the app's own restore runs (rows replaced in one
 * transaction, after a backup of the current state). When it does not (damaged), the damaged files are kept aside
 * under a dated name and the backup becomes the database, then migrated to this app's schema.
 */
export async function restoreBackup(dataDir: string, name: string, platform: Platform = { clock: () => new Date(), newId }): Promise<{ restored: string; keptAside: string | null; safetyBackup: string | null }> {
  const folder = join(dataDir, 'backups');
  if (!listBackupFiles(folder).includes(name)) throw new CommandError('backup_not_found', 'This backup does not exist.', { name });
  const problem = checkBackupFile(join(folder, name), platform, LATEST_VERSION);
  if (problem) throw new CommandError('backup_invalid', `This file is not a valid backup of Atelier Coop: ${problem}.`, { name, problem });
  const options = { dataDir, skipDailyBackup: true, clock: platform.clock, idFactory: platform.newId, ...(platform.nativeBinding === undefined ? {} : { nativeBinding: platform.nativeBinding }) };
  let opened;
  try {
    opened = await openApp({ ...options, exclusive: true });
  } catch (error) {
    if (!(error instanceof CommandError) || error.code !== 'database_damaged') throw error;
  }
  if (opened) {
    try {
      const out = await opened.restore.restore(name);
      return { restored: name, keptAside: null, safetyBackup: out.safetyBackup };
    } finally {
      opened.close();
    }
  }
  const lock = lockDataFolder(dataDir, platform.nativeBinding);
  let aside: string;
  try {
    const stamp = platform.clock().toISOString().replace(/:/g, '-').replace('.', '-');
    aside = `${DATABASE_FILE}.damaged-${stamp}`;
    for (const suffix of ['', '-wal', '-shm']) {
      const file = join(dataDir, `${DATABASE_FILE}${suffix}`);
      if (existsSync(file)) renameSync(file, join(dataDir, `${aside}${suffix}`));
    }
    copyFileSync(join(folder, name), join(dataDir, DATABASE_FILE));
  } finally {
    lock.release();
  }
  // Opening migrates the restored copy when it predates this app's schema.
  try {
    (await openApp(options)).close();
  } catch (error) {
    rmSync(join(dataDir, DATABASE_FILE), { force: true });
    throw error;
  }
  return { restored: name, keptAside: aside, safetyBackup: null };
}
