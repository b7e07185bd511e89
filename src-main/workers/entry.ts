import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { serializeError, transferablesOf, type FromWorker, type ToWorker } from './messages';
import { TASKS } from './tasks';

/** A worker thread of the pool: runs one task at a time from the table and answers with its result. */
const port = parentPort;
if (!port) throw new Error('src-main/workers/entry runs as a worker thread only.');

lowerOwnPriority();

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', async ({ id, task, input }: ToWorker) => {
  const run = TASKS[task as keyof typeof TASKS] as ((input: unknown) => Promise<unknown>) | undefined;
  if (!run) return post({ id, type: 'failed', error: { command: false, name: 'Error', message: `Unknown task ${task}` } });
  try {
    const value = await run(input);
    post({ id, type: 'done', value }, transferablesOf(value));
  } catch (error) {
    post({ id, type: 'failed', error: serializeError(error) });
  }
});

/**
 * The main thread (the window, the server's event loop) must win the processor when it has anything to
 * do: on Linux a thread has its own nice value, so this worker lowers its own. Elsewhere (no
 * /proc/thread-self) the workers keep the default priority.
 */
function lowerOwnPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the default priority is still correct, only less polite.
  }
}
