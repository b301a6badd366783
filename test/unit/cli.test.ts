import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSchema } from '../../src/core/schema';

const CLI = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

describe('the CLI contract (dist/cli.js)', () => {
  before(() => assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first (npm test does)'));

  it('annotates a file as schema-v1 JSON', () => {
    const r = run(['annotate', 'seeds/diplomat-expulsions-2022-03-30.txt']);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.ok(DocumentSchema.safeParse(doc).success);
    assert.equal(doc.articleDate, '2022-03-30');
    assert.equal(doc.file, 'diplomat-expulsions-2022-03-30.txt');
  });

  it('--date overrides the article date', () => {
    const r = run(['annotate', '--date', '2020-01-01'], 'They left on Tuesday.');
    assert.equal(JSON.parse(r.stdout).annotations[0].time.value, '2019-12-31');
  });

  it('--jsonl streams documents in order, reports a bad line by number and keeps going', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Belgium expelled 21 diplomats on Tuesday.', dct: '2022-03-30' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Ireland', dct: 'yesterday' }),
      JSON.stringify({ id: 'd', text: 'No date here: Friday.', dct: null }),
    ].join('\n');
    const r = run(['annotate', '--jsonl'], input);
    assert.equal(r.status, 1, 'a failed line makes the exit code non-zero');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((d) => d.id), ['a', 'd']);
    assert.equal(out[0].annotations.find((a: { kind: string }) => a.kind === 'time').time.value, '2022-03-29');
    assert.equal(out[1].articleDate, null);
    assert.match(r.stderr, /line 2: .*JSON/);
    assert.match(r.stderr, /line 3: dct: dct must be YYYY-MM-DD/);
  });

  it('--format writes each export format through the shared implementation', () => {
    const brat = run(['annotate', '--format', 'brat', '--date', '2022-03-30'], 'Belgium expelled 21 diplomats.');
    assert.equal(brat.stdout.split('\n')[0], 'T1\tCountry 0 7\tBelgium');
    const csv = run(['annotate', '--format', 'csv', '--date', '2022-03-30'], 'Belgium expelled 21 diplomats.');
    assert.match(csv.stdout, /^file,line,column,/);
    assert.match(csv.stdout, /\r\nstdin,1,1,0,7,c1,country,auto,Belgium,Belgium,BE,name/);
  });

  it('rejects unknown options with the usage', () => {
    const r = run(['annotate', '--bogus']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown option --bogus/);
  });

  it('refuses a binary file with a clear message', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'news-annotator-')), 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const r = run(['annotate', file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /binary file/);
  });
});
