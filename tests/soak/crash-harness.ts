/**
 * Crash-safety harness shared by tests/integration/crash-safety.test.ts (≥ 200 kills) and the soak
 * (1,000): runs tests/helpers/crash-child.ts in a child process, SIGKILLs it at a random moment, then
 * checks the data folder as the app would find it at the next launch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openApp } from '../../src-main/services/app';
import { structureProblems } from '../../src-shared/method/structure';
import { ProgrammeSnapshot, applyChanges, invertChanges, type Change } from '../../src-shared/model';
import { stateHash } from '../helpers/crash-child';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles the child once (node starts a bundle in ~0.1 s, tsx in ~1 s): hundreds of lives stay cheap. */
export function buildChild(workDir: string): Promise<string> {
  return bundleTestChild('tests/helpers/crash-child.ts', workDir);
}

/** Bundles a test child process (a file under tests/helpers) into `workDir` as CommonJS for node. */
export async function bundleTestChild(entry: string, workDir: string): Promise<string> {
  const outfile = join(workDir, `${entry.split('/').pop()!.replace(/\.ts$/, '')}.cjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

export interface Life {
  lines: string[];
  killedAfterMs: number;
  exitedByItself: boolean;
  stderr: string;
}

/**
 * One life of the child: started, killed with SIGKILL after `lifeMs`, every complete stdout line kept.
 * With `fromReady`, the clock starts when the child says it is ready, so a slow start on a busy machine
 * still leaves the kill in the middle of the edit storm.
 */
export function live(childFile: string, dataDir: string, seed: number, lifeMs: number, fromReady = false): Promise<Life> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childFile, dataDir, String(seed)], {
      env: { ...process.env, ATELIER_CRASH_CHILD: '1', NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const started = Date.now();
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(kill, fromReady ? 30_000 : lifeMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (fromReady && !killed && /(^|\n)ready/.test(out)) {
        fromReady = false;
        clearTimeout(timer);
        timer = setTimeout(kill, lifeMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      // A line cut by the kill has no newline: it was never acknowledged.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      done({ lines: complete.split('\n').filter(Boolean), killedAfterMs: Date.now() - started, exitedByItself: !killed, stderr: err });
    });
  });
}

export interface CrashState {
  programmeId?: string;
  /** Hash of the programme as last acknowledged (or as found after the previous kill). */
  expectedHash?: string;
  acknowledged: Set<string>;
}

/** Checks the folder after a kill; returns what is wrong (empty when all is well) and updates `state`. */
export async function verifyAfterKill(dataDir: string, life: Life, state: CrashState): Promise<string[]> {
  const problems: string[] = [];
  for (const line of life.lines) {
    const [kind, id, hash] = line.split(' ');
    if (kind === 'created' || kind === 'ready') {
      if (state.programmeId && state.programmeId !== id) problems.push(`programme changed: ${state.programmeId} → ${id}`);
      if (kind === 'ready' && state.expectedHash && state.expectedHash !== hash) {
        problems.push(`the child found ${hash} at start, the last verified state was ${state.expectedHash}`);
      }
      state.programmeId = id;
      state.expectedHash = hash;
    } else if (kind === 'ack') {
      state.acknowledged.add(id!);
      state.expectedHash = hash;
    }
  }

  // The app opens the database (WAL recovered, migrations checked) exactly as at the next launch.
  const app = await openApp({ dataDir, skipDailyBackup: true });
  try {
    const integrity = app.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const listed = app.programmes.list();
    if (listed.length > 1) problems.push(`${listed.length} programmes, expected at most one`);
    if (!state.programmeId) {
      // Killed before the creation was acknowledged: it may or may not have committed, never half.
      if (listed.length === 0) return problems;
      state.programmeId = listed[0]!.id;
    }
    const snapshot = app.programmes.get(state.programmeId);
    const parsed = ProgrammeSnapshot.safeParse(snapshot);
    if (!parsed.success) problems.push(`snapshot does not parse: ${parsed.error.issues[0]?.message}`);
    const structure = structureProblems(snapshot);
    if (structure.length) problems.push(`structure: ${JSON.stringify(structure.slice(0, 3))}`);

    const rows = app.db
      .prepare('SELECT id, state, changes FROM revisions WHERE programme_id = ? ORDER BY seq DESC')
      .all(state.programmeId) as Array<{ id: string; state: string; changes: string }>;
    const present = new Map(rows.map((r) => [r.id, r.state]));
    for (const id of state.acknowledged) {
      if (present.get(id) !== 'done') problems.push(`acknowledged edit ${id} is ${present.get(id) ?? 'missing'}`);
    }

    const actual = stateHash(snapshot);
    if (state.expectedHash !== undefined && actual !== state.expectedHash) {
      // Allowed: exactly one more edit committed whose acknowledgement the kill cut off, and undoing it
      // gives the acknowledged state back (so it was applied whole).
      const newest = rows[0];
      if (!newest || state.acknowledged.has(newest.id)) {
        problems.push(`state ${actual} differs from the acknowledged ${state.expectedHash} with no extra revision`);
      } else {
        const before = applyChanges(snapshot, invertChanges(JSON.parse(newest.changes) as Change[]));
        if (stateHash(before) !== state.expectedHash) problems.push(`extra revision ${newest.id} was not applied whole`);
        state.acknowledged.add(newest.id);
      }
    }
    state.expectedHash = actual;
    return problems;
  } finally {
    app.close();
  }
}

export interface CrashRunOptions {
  kills: number;
  seed?: number;
  /** Longest life in ms; each life lasts a random time up to this (startup, ~250 ms, included). */
  maxLifeMs?: number;
  /** Shortest life in ms. */
  minLifeMs?: number;
  onLife?: (index: number, life: Life) => void;
}

export interface CrashRunReport {
  kills: number;
  acknowledged: number;
  exitedByItself: number;
  failures: string[];
  killsDuringStartup: number;
}

/** Runs `kills` lives in sequence on one data folder (each life recovers what the last one left). */
export async function runCrashes(options: CrashRunOptions): Promise<CrashRunReport> {
  const work = mkdtempSync(join(tmpdir(), 'atelier-crash-'));
  const dataDir = join(work, 'data');
  const report: CrashRunReport = { kills: 0, acknowledged: 0, exitedByItself: 0, failures: [], killsDuringStartup: 0 };
  try {
    const childFile = await buildChild(work);
    let seed = options.seed ?? 1;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const state: CrashState = { acknowledged: new Set() };
    for (let i = 0; i < options.kills; i++) {
      const min = options.minLifeMs ?? 0;
      const lifeMs = min + Math.floor(random() * ((options.maxLifeMs ?? 400) - min));
      // One life in four is timed from the spawn (kills during startup), the others from "ready".
      const life = await live(childFile, dataDir, i + 1, lifeMs, i % 4 !== 0);
      options.onLife?.(i, life);
      if (life.exitedByItself) {
        report.exitedByItself += 1;
        report.failures.push(`life ${i}: the child stopped by itself: ${life.stderr.slice(0, 500)}`);
        continue;
      }
      report.kills += 1;
      if (!life.lines.some((l) => l.startsWith('ready'))) report.killsDuringStartup += 1;
      const problems = await verifyAfterKill(dataDir, life, state);
      for (const p of problems) report.failures.push(`life ${i} (killed after ${lifeMs} ms): ${p}`);
      if (report.failures.length > 20) break;
    }
    report.acknowledged = state.acknowledged.size;
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
