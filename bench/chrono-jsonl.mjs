#!/usr/bin/env node
// chrono-node behind the CLI's JSONL contract, for `npm run bench`: reads {"id","text","dct"} lines on
// stdin, writes {"id","dates":[…]} lines in order. What a user would run instead of our CLI for dates.
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const chrono = createRequire(import.meta.url)('chrono-node');
let pending = '';
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let doc;
  try {
    doc = JSON.parse(line);
  } catch {
    continue;
  }
  const ref = doc.dct ? new Date(`${doc.dct}T12:00:00Z`) : new Date(0);
  const dates = chrono
    .parse(doc.text, Number.isNaN(ref.getTime()) ? new Date(0) : ref)
    .map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, date: r.start.date().toISOString() }));
  pending += `${JSON.stringify({ id: doc.id, dates })}\n`;
  if (pending.length > 1 << 16) {
    if (!process.stdout.write(pending)) await new Promise((r) => process.stdout.once('drain', r));
    pending = '';
  }
}
process.stdout.write(pending);
