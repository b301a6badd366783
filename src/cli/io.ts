// The CLI's reading and writing: bytes decoded as UTF-8 with a word on stderr when they are not,
// lines split from a stream without holding more than one line, and output written with
// back-pressure so that memory stays bounded whatever the input's size.
import type { Readable, Writable } from 'node:stream';
import { withoutBom } from '../core';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of UTF-8 bytes without a byte-order mark; invalid bytes become U+FFFD and `warn` says where. */
export function decodeUtf8(bytes: Uint8Array, warn: (message: string) => void): string {
  try {
    return withoutBom(strict.decode(bytes));
  } catch {
    const text = withoutBom(lenient.decode(bytes));
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    warn(
      `is not valid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD (offsets count the replacement characters)`,
    );
    return text;
  }
}

/** The lines of a byte stream (without their \n or \r\n), one Buffer at a time. */
export async function* byteLines(input: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      yield trimCr(Buffer.concat(pending));
      pending = [];
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) yield trimCr(Buffer.concat(pending));
}
const trimCr = (line: Buffer) =>
  line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;

/** Writes pieces in batches of about 64 KB, waiting for the stream to drain when it asks to. */
export class ChunkWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly out: Writable) {}

  async write(chunks: Iterable<string>): Promise<void> {
    for (const c of chunks) {
      this.buffer.push(c);
      this.size += c.length;
      if (this.size >= 1 << 16) await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(text)) await new Promise((resolve) => this.out.once('drain', resolve));
  }
}
