import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deserializeError, type FromWorker, type ToWorker } from './messages';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

/** Raised when a task is cancelled through its AbortSignal (the worker running it is stopped). */
export class TaskCancelled extends Error {
  constructor() {
    super('The task was cancelled.');
    this.name = 'TaskCancelled';
  }
}

export interface RunOptions {
  signal?: AbortSignal | undefined;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** How to start a worker: the TypeScript entry under tsx/vitest, the bundled one in a build. */
export interface WorkerSpec {
  file: string;
  execArgv: string[];
}

/**
 * Where the worker entry is. Running sources (tsx, vitest): entry.ts beside this file, loaded through
 * tsx's loader (bootstrap-tsx.mjs). Running the electron-vite build: out/main/workers.js (an extra main input), found from
 * this bundle's own location whether the code sits in out/main or in out/main/chunks.
 */
export function workerSpec(): WorkerSpec {
  // tsx loads a .ts file through require() in some cases (then import.meta is empty and __filename set).
  const here = import.meta.url ? fileURLToPath(import.meta.url) : __filename;
  // A worker does not inherit tsx's loader (nor can `--import tsx` in its execArgv give it one on Node
  // 20): a small .mjs registers it in the worker's own thread, then imports entry.ts.
  if (here.endsWith('.ts')) return { file: join(dirname(here), 'bootstrap-tsx.mjs'), execArgv: [] };
  for (const dir of [dirname(here), join(dirname(here), '..')]) {
    const file = join(dir, 'workers.js');
    if (existsSync(file)) return { file, execArgv: [] };
  }
  throw new Error(`The worker entry (workers.js) is missing beside ${here}: rebuild the app.`);
}

/**
 * A small pool of worker threads for the heavy work (documents, zip, scrypt, xlsx), so the main
 * process — Electron's window, the HTTP server's event loop — keeps answering. Tasks queue when every
 * worker is busy; cancelling a running task stops its worker and starts a fresh one. Idle workers do
 * not keep the process alive.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly spec: WorkerSpec = workerSpec(),
  ) {}

  run<N extends TaskName>(task: N, input: TaskInput<N>, options: RunOptions = {}): Promise<TaskOutput<N>> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (options.signal?.aborted) return Promise.reject(new TaskCancelled());
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, input, resolve: resolve as (v: unknown) => void, reject, signal: options.signal };
      if (job.signal) {
        job.onAbort = () => this.cancel(job);
        job.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Workers started so far (the bench and tests check the pool stays small). */
  get started(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('The worker pool is closed.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      // Inputs are copied, not moved: the caller may still need its bytes (results are moved back).
      const message: ToWorker = { id: job.id, task: job.task, input: job.input };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.spec.file, { execArgv: this.spec.execArgv });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (message: FromWorker) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      this.release(slot);
      if (message.type === 'done') this.settle(job, null, message.value);
      else this.settle(job, deserializeError(message.error));
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', () => this.replace(slot, new Error('A worker thread stopped unexpectedly.')));
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot): void {
    slot.job = null;
    slot.worker.unref();
    queueMicrotask(() => this.pump());
  }

  /** A worker that crashed or was stopped: its task fails, a fresh worker takes its place on demand. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = slot.job;
    slot.job = null;
    if (job) this.settle(job, error);
    if (!this.closed) this.pump();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new TaskCancelled());
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (!slot) return;
    // A task cannot be interrupted from outside (scrypt, deflate): its worker is stopped instead.
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.job = null;
    this.settle(job, new TaskCancelled());
    void slot.worker.terminate();
    this.pump();
  }

  private settle(job: Job, error: Error | null, value?: unknown): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}

let shared: WorkerPool | null = null;

/**
 * The process's pool: one worker per core, two at least (so the documents build in parallel even on a
 * 2-core laptop, the main thread being idle while they do) and four at most.
 */
export function sharedPool(): WorkerPool {
  shared ??= new WorkerPool(Math.max(2, Math.min(4, availableParallelism())));
  return shared;
}
