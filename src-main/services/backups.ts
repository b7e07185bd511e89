import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CommandError } from '../../src-shared/api/errors';
import { bindingOption, type Platform } from './platform';

export type BackupReason =
  | 'daily'
  | 'before-migration'
  | 'before-import'
  | 'before-delete'
  | 'before-purge'
  | 'before-restore'
  | 'before-replace'
  | 'before-repair'
  | 'manual';

export interface BackupInfo {
  file: string;
  at: string;
  reason: BackupReason | string;
  size: number;
}

/**
 * Rotation (README, "Where data lives"): the last 7 daily backups, the last 10 of each kind taken before a
 * destructive step (import, replace, delete, purge, restore, repair, migration); manual backups are never
 * deleted by the app.
 */
export const KEPT_BY_REASON: Record<string, number> = { daily: 7, manual: Infinity };
export const KEPT_BEFORE_DESTRUCTIVE = 10;

/** Pages copied per step of the online backup (4 MB with SQLite's 4 KB pages), and the deadline of the whole copy. */
export const BACKUP_STEP_PAGES = 1024;
export const BACKUP_DEADLINE_MS = 60_000;
/** After this many restarts (another connection wrote meanwhile), the copy is taken in one read transaction. */
const RESTARTS_BEFORE_SNAPSHOT = 2;

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)__([a-z-]+)\.sqlite$/;

/** Backup files in a folder, newest first (names only), without opening any. */
export function listBackupFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => NAME.test(name.replace(/-\d+\.sqlite$/, '.sqlite')))
    .sort()
    .reverse();
}

class Restarted extends Error {}

/**
 * Copies of the whole database. A copy is written under a temporary name, checked (a database of this app, sound,
 * at this schema) and only then renamed into place: a failed or interrupted backup never leaves an empty or
 * partial file that a restore would accept.
 */
export class BackupService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly folder: string,
    readonly platform: Platform,
    private readonly limits: { stepPages: number; deadlineMs: number } = { stepPages: BACKUP_STEP_PAGES, deadlineMs: BACKUP_DEADLINE_MS },
  ) {}

  private fileName(reason: string): string {
    const stamp = this.platform.clock().toISOString().replace(/:/g, '-').replace('.', '-');
    return `${stamp}__${reason}.sqlite`;
  }

  async create(reason: BackupReason): Promise<BackupInfo> {
    mkdirSync(this.folder, { recursive: true });
    let name = this.fileName(reason);
    for (let n = 1; existsSync(join(this.folder, name)); n++) name = this.fileName(reason).replace('.sqlite', `-${n}.sqlite`);
    const partial = join(this.folder, `.${name}.partial`);
    try {
      await this.copyTo(partial);
      this.verify(partial);
      renameSync(partial, join(this.folder, name));
    } catch (error) {
      rmSync(partial, { force: true });
      if (error instanceof CommandError) throw error;
      throw new CommandError('backup_failed', `The backup could not be written: ${(error as Error).message}`, { reason });
    }
    this.rotate(reason);
    return this.describe(name)!;
  }

  /**
   * SQLite's online backup, a bounded number of pages per step so other commands run between steps, under a
   * deadline. When another connection writes, the online backup starts over; after two restarts the copy is
   * taken with VACUUM INTO, inside one read transaction, which cannot restart.
   */
  private async copyTo(file: string): Promise<void> {
    const deadline = performance.now() + this.limits.deadlineMs;
    let remaining = Infinity;
    let restarts = 0;
    try {
      await this.db.backup(file, {
        progress: ({ remainingPages }) => {
          if (performance.now() > deadline) {
            throw new CommandError('backup_failed', 'The backup took longer than its time limit.', { deadlineMs: this.limits.deadlineMs });
          }
          if (remainingPages > remaining) restarts++;
          remaining = remainingPages;
          if (restarts >= RESTARTS_BEFORE_SNAPSHOT) throw new Restarted();
          return this.limits.stepPages;
        },
      });
    } catch (error) {
      if (!(error instanceof Restarted)) throw error;
      rmSync(file, { force: true });
      this.db.prepare('VACUUM INTO ?').run(file);
    }
  }

  /** A backup is kept only if it is a sound database of this app at this schema. */
  private verify(file: string): void {
    const problem = checkBackupFile(file, this.platform, schemaVersion(this.db));
    if (problem) throw new CommandError('backup_failed', `The backup copy is not sound: ${problem}`, { file: basename(file) });
  }

  /** Takes today's daily backup if there is none yet. */
  async ensureDaily(): Promise<BackupInfo | null> {
    const today = this.platform.clock().toISOString().slice(0, 10);
    if (this.list().some((b) => b.reason === 'daily' && b.at.startsWith(today))) return null;
    return this.create('daily');
  }

  list(): BackupInfo[] {
    return listBackupFiles(this.folder)
      .map((name) => this.describe(name))
      .filter((b): b is BackupInfo => b !== null)
      .sort((a, b) => b.at.localeCompare(a.at));
  }

  private describe(name: string): BackupInfo | null {
    const m = NAME.exec(name.replace(/-\d+\.sqlite$/, '.sqlite'));
    if (!m) return null;
    const [date, time] = m[1]!.split('T') as [string, string];
    const [h, mi, se, ms] = time.replace('Z', '').split('-');
    return {
      file: join(this.folder, name),
      at: `${date}T${h}:${mi}:${se}.${ms}Z`,
      reason: m[2]!,
      size: statSync(join(this.folder, name)).size,
    };
  }

  private rotate(reason: BackupReason): void {
    const kept = KEPT_BY_REASON[reason] ?? KEPT_BEFORE_DESTRUCTIVE;
    if (kept === Infinity) return;
    const same = this.list().filter((b) => b.reason === reason);
    for (const old of same.slice(kept)) rmSync(old.file, { force: true });
  }
}

function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Why a file is not a usable backup of this app (null when it is): not SQLite, damaged, without the app's
 * tables, or from a newer schema than `maxSchema`. Opened read-only, through the platform's binding.
 */
export function checkBackupFile(file: string, platform: Platform, maxSchema: number): string | null {
  if (!existsSync(file) || statSync(file).size === 0) return 'empty file';
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...bindingOption(platform) });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `damaged (${String(check).slice(0, 80)})`;
    const version = schemaVersion(db);
    if (version <= 0) return 'not a database of this app';
    if (version > maxSchema) return `written by a newer version (schema ${version})`;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    for (const table of ['programmes', 'sections', 'revisions', 'settings']) if (!tables.has(table)) return 'not a database of this app';
    return null;
  } catch (error) {
    return `not a readable database (${(error as Error).message.slice(0, 80)})`;
  } finally {
    db?.close();
  }
}
