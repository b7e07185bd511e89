import { parentPort } from 'node:worker_threads';
import { serializeError, transferablesOf, type FromWorker, type ToWorker } from './messages';
import { TASKS } from './tasks';

/** A worker thread of the pool: runs one task at a time from the table and answers with its result. */
const port = parentPort;
if (!port) throw new Error('src-main/workers/entry runs as a worker thread only.');

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
