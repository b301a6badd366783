// One line on stderr while the CLI works, when stderr is a terminal: documents, MB, MB/s and, when
// the input's size is known, the time left. Written by hand: a progress library (cli-progress and
// the like) wants the total beforehand, which a stream on stdin does not have, and this is one line.
export class Progress {
  private readonly started = Date.now();
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly totalBytes: number | null,
  ) {}

  /** Redraws at most ten times a second. */
  update(documents: number, bytes: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    this.drawn = true;
    this.stream.write(`\r\x1b[K${this.line(documents, bytes, now)}`);
  }

  /** Clears the line, so that a message can be written in its place; the next update draws it again. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[K');
    this.drawn = false;
    this.lastDrawn = 0;
  }

  /** Clears the line and writes the summary. */
  finish(documents: number, failed: number, bytes: number): void {
    if (!this.enabled) return;
    this.clear();
    const seconds = (Date.now() - this.started) / 1000;
    this.stream.write(
      `news-annotator: ${documents} document${documents === 1 ? '' : 's'}, ${failed} failed, ${mb(bytes)} MB in ${seconds.toFixed(1)} s (${rate(bytes, seconds)} MB/s)\n`,
    );
  }

  private line(documents: number, bytes: number, now: number): string {
    const seconds = (now - this.started) / 1000;
    const left = this.totalBytes && bytes > 0 ? ((this.totalBytes - bytes) * seconds) / bytes : null;
    const share = this.totalBytes ? ` of ${mb(this.totalBytes)}` : '';
    return `${documents} documents · ${mb(bytes)}${share} MB · ${rate(bytes, seconds)} MB/s${left !== null ? ` · ${clock(left)} left` : ''}`;
  }
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
const rate = (bytes: number, seconds: number) => (seconds > 0 ? bytes / 1048576 / seconds : 0).toFixed(1);
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
