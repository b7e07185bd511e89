import { readFileSync, writeFileSync } from 'node:fs';
import type { ArchiveInspection, ImportResult } from '../../src-shared/api/archive';
import { CliFailure, EXIT, type CliCommand } from './types';

/** Exit code when the import needs a decision (conflicts, or keep-both/replace). */
const DECISION_NEEDED = 3;

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliFailure(`Cannot read the ${what} file ${file}.`, EXIT.usage);
  }
}

/** A password file holds the password on its first line (a trailing newline is not part of it). */
function password(flags: Record<string, string | boolean | undefined>): string | undefined {
  const file = flags['password-file'];
  if (typeof file !== 'string') return undefined;
  const value = readText(file, 'password').replace(/\r?\n$/, '');
  if (!value) throw new CliFailure(`The password file ${file} is empty.`, EXIT.usage);
  return value;
}

function readArchive(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch {
    throw new CliFailure(`Cannot read the archive ${file}.`, EXIT.usage);
  }
}

export const archiveCliCommands: Record<string, CliCommand> = {
  archive: {
    usage: 'archive export <id> <file> | import <file> [--strategy merge|keep-both|replace] [--decisions f] | inspect <file>  [--password-file f]',
    summary: 'Export a programme to an .atelier file, import one (exit 3 + conflicts JSON when a decision is needed), or inspect one.',
    options: { 'password-file': { type: 'string' }, strategy: { type: 'string' }, decisions: { type: 'string' } },
    minArgs: 2,
    maxArgs: 3,
    async run(args, flags, ctx) {
      const [action, first, second] = args as [string, string, string | undefined];
      if (action === 'export') {
        if (!second) throw new CliFailure('Usage: atelier archive export <id> <file>', EXIT.usage);
        const out = await ctx.call<{ base64: string; size: number; warnLarge: boolean; exportId: string }>('archive.export', {
          programmeId: first,
          ...(password(flags) ? { password: password(flags) } : {}),
        });
        writeFileSync(second, Buffer.from(out.base64, 'base64'));
        if (ctx.json) ctx.out(JSON.stringify({ file: second, size: out.size, exportId: out.exportId, warnLarge: out.warnLarge }));
        else ctx.out(`${second} (${out.size} bytes)${out.warnLarge ? ' — larger than 10 MB: it may not pass by email.' : ''}`);
        return EXIT.ok;
      }
      if (second !== undefined) throw new CliFailure(`Usage: atelier ${this.usage}`, EXIT.usage);
      if (action === 'inspect') {
        const info = await ctx.call<ArchiveInspection>('archive.inspect', { base64: readArchive(first), ...(password(flags) ? { password: password(flags) } : {}) });
        ctx.out(JSON.stringify(info, null, 2));
        return EXIT.ok;
      }
      if (action === 'import') {
        const strategy = flags.strategy ?? 'merge';
        if (!['merge', 'keep-both', 'replace'].includes(strategy as string)) throw new CliFailure('--strategy is merge, keep-both or replace.', EXIT.usage);
        let decisions: unknown = {};
        if (typeof flags.decisions === 'string') {
          try {
            decisions = JSON.parse(readText(flags.decisions, 'decisions'));
          } catch (error) {
            if (error instanceof CliFailure) throw error;
            throw new CliFailure('The decisions file is not valid JSON.', EXIT.usage);
          }
        }
        const result = await ctx.call<ImportResult>('archive.import', {
          base64: readArchive(first),
          strategy,
          decisions,
          ...(password(flags) ? { password: password(flags) } : {}),
        });
        if (result.status !== 'imported') {
          // The caller decides: conflicts (or the lack of a base) go to stdout as JSON.
          ctx.out(JSON.stringify(result, null, 2));
          return DECISION_NEEDED;
        }
        ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `${result.programmeId} (${result.mode})`);
        return EXIT.ok;
      }
      throw new CliFailure(`Unknown action "${action}". Usage: atelier ${this.usage}`, EXIT.usage);
    },
  },
};
