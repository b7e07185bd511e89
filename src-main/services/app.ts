import type BetterSqlite3 from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../../src-shared/api/errors';
import { newId } from '../../src-shared/model';
import { lockDataFolder } from '../store/lock';
import { openDatabase } from '../store/open';
import { ArchiveService, packageDocuments } from './archives';
import { AttachmentService } from './attachments';
import { BackupService, listBackupFiles } from './backups';
import type { Platform } from './platform';
import { ProgrammeService } from './programmes';
import { RestoreService } from './restore';
import { SettingsService } from './settings';
import { VersionService, type DocumentBuilder } from './versions';

export interface AppOptions {
  dataDir: string;
  /** better-sqlite3's addon for the running ABI: a path, or the loaded addon (tests pass a wrapped one). */
  nativeBinding?: string | object;
  clock?: () => Date;
  idFactory?: () => string;
  /** Version string shown in archives and "about". */
  appVersion?: string;
  /** Skip the daily backup (benchmarks and short-lived CLI calls on throwaway folders). */
  skipDailyBackup?: boolean;
  /** The council's package builder (tests and benchmarks pass a cheaper one). */
  buildDocuments?: DocumentBuilder;
  /**
   * Holds an exclusive lock on the data folder while open (desktop app, browser mode): a second app on the
   * same folder is refused. The CLI works without it beside a running app: every write checks the
   * programme's revision inside its transaction.
   */
  exclusive?: boolean;
}

/** Every service, built once by `openApp` with the same platform. */
export interface AppServices {
  backups: BackupService;
  settings: SettingsService;
  programmes: ProgrammeService;
  attachments: AttachmentService;
  archives: ArchiveService;
  versions: VersionService;
  restore: RestoreService;
}

/** Everything a command handler may use. */
export interface AppContext extends AppServices {
  db: BetterSqlite3.Database;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  platform: Platform;
  clock: () => Date;
  idFactory: () => string;
  close(): void;
}

export const DATABASE_FILE = 'atelier.sqlite';

/** The one composition root: every service of the app is built here, with the same platform. */
export async function openApp(options: AppOptions): Promise<AppContext> {
  const platform: Platform = {
    clock: options.clock ?? (() => new Date()),
    newId: options.idFactory ?? newId,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  };
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const backupsDir = join(options.dataDir, 'backups');
  assertWritableFolder(options.dataDir);
  const lock = options.exclusive ? lockDataFolder(options.dataDir, platform.nativeBinding) : null;
  let db: BetterSqlite3.Database;
  try {
    db = openDatabase(databaseFile, {
      ...(platform.nativeBinding === undefined ? {} : { nativeBinding: platform.nativeBinding }),
      beforeMigrate: (database) => {
        // Synchronous, consistent copy: migrations run before any async work is possible.
        mkdirSync(backupsDir, { recursive: true });
        const stamp = platform.clock().toISOString().replace(/:/g, '-').replace('.', '-');
        database.prepare('VACUUM INTO ?').run(join(backupsDir, `${stamp}__before-migration.sqlite`));
      },
    });
  } catch (error) {
    lock?.release();
    throw openFailure(error, options.dataDir, backupsDir);
  }
  const appVersion = options.appVersion ?? '0.1.0';
  const buildDocuments = options.buildDocuments ?? packageDocuments;
  const backups = new BackupService(db, backupsDir, platform);
  const settings = new SettingsService(db, platform);
  const programmes = new ProgrammeService(db, backups, settings, platform);
  const attachments = new AttachmentService(db, programmes, platform);
  const services: AppServices = {
    backups,
    settings,
    programmes,
    attachments,
    archives: new ArchiveService(db, { appVersion, programmes, settings, backups }, attachments, buildDocuments, platform),
    versions: new VersionService(db, programmes, settings, buildDocuments, platform),
    restore: new RestoreService(db, backups, programmes, settings, platform),
  };
  if (!options.skipDailyBackup) {
    try {
      await backups.ensureDaily();
    } catch (error) {
      db.close();
      lock?.release();
      throw error;
    }
  }
  return {
    ...services,
    db,
    dataDir: options.dataDir,
    databaseFile,
    appVersion,
    platform,
    clock: platform.clock,
    idFactory: platform.newId,
    close: () => {
      db.close();
      lock?.release();
    },
  };
}

/** A read-only folder is said at start, in words, rather than as the first edit's storage error. */
function assertWritableFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
      if (existsSync(join(dataDir, file))) accessSync(join(dataDir, file), constants.W_OK);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new CommandError('data_folder_read_only', `The data folder is read-only: ${dataDir}`, { dataDir });
    }
    throw error;
  }
}

/** SQLite's own words for a damaged or unwritable file become the app's, with the backups to turn to. */
function openFailure(error: unknown, dataDir: string, backupsDir: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || error instanceof CommandError) return error;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    const backups = listBackupFiles(backupsDir);
    return new CommandError('database_damaged', `The data file is damaged (${dataDir}). Restore a backup: atelier backups list, then atelier backups restore <name>.`, {
      dataDir,
      latestBackup: backups[0] ?? null,
      backups: backups.slice(0, 10),
    });
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return new CommandError('data_folder_read_only', `The data folder is read-only: ${dataDir}`, { dataDir });
  }
  return error;
}
