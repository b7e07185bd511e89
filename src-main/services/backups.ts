import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from './platform';

export type BackupReason = 'daily' | 'before-migration' | 'before-import' | 'before-delete' | 'before-purge' | 'before-restore' | 'before-replace' | 'manual';

export interface BackupInfo {
  file: string;
  at: string;
  reason: BackupReason | string;
  size: number;
}

const DAILY_KEPT = 7;
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)__([a-z-]+)\.sqlite$/;

/** Copies of the whole database, taken with SQLite's online backup (consistent while in use). */
export class BackupService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly folder: string,
    readonly platform: Platform,
  ) {}

  private fileName(reason: string): string {
    const stamp = this.platform.clock().toISOString().replace(/:/g, '-').replace('.', '-');
    return `${stamp}__${reason}.sqlite`;
  }

  async create(reason: BackupReason): Promise<BackupInfo> {
    mkdirSync(this.folder, { recursive: true });
    let name = this.fileName(reason);
    for (let n = 1; existsSync(join(this.folder, name)); n++) name = this.fileName(reason).replace('.sqlite', `-${n}.sqlite`);
    await this.db.backup(join(this.folder, name));
    if (reason === 'daily') this.rotateDaily();
    return this.describe(name)!;
  }

  /** Takes today's daily backup if there is none yet. */
  async ensureDaily(): Promise<BackupInfo | null> {
    const today = this.platform.clock().toISOString().slice(0, 10);
    if (this.list().some((b) => b.reason === 'daily' && b.at.startsWith(today))) return null;
    return this.create('daily');
  }

  list(): BackupInfo[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
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

  private rotateDaily(): void {
    const daily = this.list().filter((b) => b.reason === 'daily');
    for (const old of daily.slice(DAILY_KEPT)) rmSync(old.file, { force: true });
  }
}
