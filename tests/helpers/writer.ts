import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTestChild } from '../soak/crash-harness';
import type { Envelope } from '../../src-shared/api/errors';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles tests/helpers/writer-child.ts once (node starts a bundle in ~0.1 s, tsx in ~1 s). */
export function buildWriterChild(workDir: string): Promise<string> {
  return bundleTestChild('tests/helpers/writer-child.ts', workDir);
}

export interface Writer {
  /** `ready`, or `refused <code>` when the folder could not be opened. */
  status: string;
  call(name: string, payload: unknown): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/** Another process on the data folder (see writer-child.ts), answering one command at a time. */
export function startWriter(childFile: string, dataDir: string, mode: 'exclusive' | 'shared', user?: { uid: number; gid: number }): Promise<Writer> {
  const child: ChildProcess = spawn(process.execPath, [childFile, dataDir, mode], {
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    ...(user ?? {}),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let buffer = '';
  const waiting: Array<(line: string) => void> = [];
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      waiting.shift()?.(line);
    }
  });
  const next = () => new Promise<string>((done) => waiting.push(done));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return next().then((status) => ({
    status,
    call: async (name, payload) => {
      const answer = next();
      child.stdin!.write(`${JSON.stringify({ name, payload })}\n`);
      return JSON.parse(await answer) as Envelope<unknown>;
    },
    close: async () => {
      child.stdin!.end();
      await exited;
    },
  }));
}
