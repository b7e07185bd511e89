import { m0010Initial } from './0010-initial';
import { m0020Archives } from './0020-archives';
import { m0030SessionParticulars } from './0030-session-particulars';
import { m0040OneWriter } from './0040-one-writer';
import { m0050Schema3 } from './0050-schema-3';
import { m0060LeadAuthor } from './0060-lead-author';
import { m0080Execution } from './0080-execution';
import type { Migration } from './types';

/** Static, ordered list: bundles cannot glob a folder, and the order must never depend on file names. */
export const MIGRATIONS: readonly Migration[] = [m0010Initial, m0020Archives, m0030SessionParticulars, m0040OneWriter, m0050Schema3, m0060LeadAuthor, m0080Execution];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
