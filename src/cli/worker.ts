// A worker thread of `annotate --jobs N` (pool.ts): runs each task it is sent, exactly as the main
// thread runs them with --jobs 1, and sends the result back (a file's export as an array of pieces).
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type EngineOptions, type Task } from './tasks';

const options = workerData as EngineOptions;
parentPort!.on('message', (task: Task) => {
  const result = runTask(task, options);
  parentPort!.postMessage({ ...result, out: [...result.out] });
});
