import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../../src-shared/model';
import { openDatabase } from '../store/open';
import { ArchiveService, packageDocuments } from './archives';
import { AttachmentService } from './attachments';
import { BackupService } from './backups';
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
  mkdirSync(options.dataDir, { recursive: true });
  const platform: Platform = {
    clock: options.clock ?? (() => new Date()),
    newId: options.idFactory ?? newId,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  };
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const backupsDir = join(options.dataDir, 'backups');
  const db = openDatabase(databaseFile, {
    ...(platform.nativeBinding === undefined ? {} : { nativeBinding: platform.nativeBinding }),
    beforeMigrate: (database) => {
      // Synchronous, consistent copy: migrations run before any async work is possible.
      mkdirSync(backupsDir, { recursive: true });
      const stamp = platform.clock().toISOString().replace(/:/g, '-').replace('.', '-');
      database.prepare('VACUUM INTO ?').run(join(backupsDir, `${stamp}__before-migration.sqlite`));
    },
  });
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
    restore: new RestoreService(db, backups, programmes, platform),
  };
  if (!options.skipDailyBackup) await backups.ensureDaily();
  return {
    ...services,
    db,
    dataDir: options.dataDir,
    databaseFile,
    appVersion,
    platform,
    clock: platform.clock,
    idFactory: platform.newId,
    close: () => db.close(),
  };
}
