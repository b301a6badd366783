// Runs tasks (tasks.ts) on worker threads, or in this thread for --jobs 1. Results come back in
// the order the tasks were given (OrderedRuns), and at most `window` tasks are in flight, so that
// memory stays bounded in the number of documents whatever the input's size.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { runTask, type EngineOptions, type Task, type TaskResult } from './tasks';

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/** --jobs 1: the tasks run here, one after the other, exactly as the workers run them. */
export class InProcessRunner implements Runner {
  constructor(private readonly options: EngineOptions) {}
  run(task: Task): Promise<TaskResult> {
    return Promise.resolve(runTask(task, this.options));
  }
  async close(): Promise<void> {}
}

interface Pending {
  task: Task;
  resolve: (r: TaskResult) => void;
}

/** What a task whose worker died reports: each of its documents failed, with the reason. */
function failedTask(task: Task, e: Error): TaskResult {
  const what =
    task.kind === 'lines'
      ? `${task.source ? `${task.source} ` : ''}lines ${task.firstLine}–${task.firstLine + task.lines.length - 1}`
      : task.path;
  const documents = task.kind === 'lines' ? task.lines.length : 1;
  return {
    out: [],
    messages: [`${what}: the worker annotating them stopped (${e.message}); skipped`],
    documents,
    failed: documents,
    bytes: 0,
  };
}

/** N worker threads (dist/cli-worker.js), each given the next task when it is idle. */
export class WorkerRunner implements Runner {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(jobs: number, options: EngineOptions) {
    for (let k = 0; k < jobs; k++) this.idle.push(this.spawn(options));
  }

  private spawn(options: EngineOptions): Worker {
    const worker = new Worker(join(__dirname, 'cli-worker.js'), { workerData: options });
    worker.on('message', (r: TaskResult) => this.settle(worker, (p) => p.resolve(r)));
    // a worker that dies (out of memory, a bug) fails its task, never the run: a new one takes its place
    worker.on('error', (e) => this.replace(worker, options, e));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(worker, options, new Error(`exit code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, options: EngineOptions, e: Error): void {
    if (this.closed || (!this.busy.has(worker) && !this.idle.includes(worker))) return;
    this.settle(worker, (p) => p.resolve(failedTask(p.task, e)), false);
    this.idle.push(this.spawn(options));
    this.next();
  }

  private settle(worker: Worker, done: (p: Pending) => void, keep = true): void {
    const p = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    if (keep) this.idle.push(worker);
    if (p) done(p);
    this.next();
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!,
        p = this.queue.shift()!;
      this.busy.set(worker, p);
      worker.postMessage(p.task);
    }
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}

/**
 * Tasks started in order and finished in any order, handed back in the order they were started:
 * `add` waits while `window` tasks are unfinished or unwritten, which keeps reading in step with writing.
 */
export class OrderedRuns {
  private readonly started: Array<Promise<TaskResult>> = [];

  constructor(
    private readonly runner: Runner,
    private readonly window: number,
    private readonly write: (r: TaskResult) => Promise<void>,
  ) {}

  async add(task: Task): Promise<void> {
    this.started.push(this.runner.run(task));
    while (this.started.length >= this.window) await this.writeOldest();
  }

  async finish(): Promise<void> {
    while (this.started.length) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    await this.write(await this.started.shift()!);
  }
}
