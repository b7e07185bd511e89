import type BetterSqlite3 from 'better-sqlite3';

export interface Migration {
  /** Numbered with gaps (10, 20, 30…) so a later branch can slot one in between. */
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}
