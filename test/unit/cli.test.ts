import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSchema } from '../../src/core/schema';

const CLI = 'dist/cli.js';
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });

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
    assert.match(r.stderr, /line 3: dct: "yesterday" is not a date written YYYY-MM-DD/);
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

  it('refuses dates that are not days of the calendar, in --date and in a JSONL dct, saying why', () => {
    for (const date of ['9999-99-99', '2022-13-01', '2022-02-30']) {
      const r = run(['annotate', '--date', date], 'They left on Tuesday.');
      assert.equal(r.status, 2, date);
      assert.match(r.stderr, new RegExp(`--date: ${date} is not a day of the calendar`));
    }
    const r = run(['annotate', '--jsonl'], `${JSON.stringify({ id: 'x', text: 'Friday', dct: '2022-02-30' })}\n${JSON.stringify({ id: 'y', text: 'Friday', dct: '2024-02-29' })}\n`);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: dct: 2022-02-30 is not a day of the calendar/);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['y']);
  });

  it('keeps going after a document that once crashed the engine, and annotates the ones after it', () => {
    const hostile = 'late '.repeat(40_000) + 'one hundred and '.repeat(10_000);
    const input = [{ id: 'a', text: hostile, dct: '2022-03-30' }, { id: 'b', text: 'Belgium expelled 21 diplomats.', dct: '2022-03-30' }].map((d) => JSON.stringify(d)).join('\n');
    const r = run(['annotate', '--jsonl'], input);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['a', 'b']);
  });

  it('drops a byte-order mark, as VS Code does, so offsets agree with the editor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-'));
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFBelgium expelled 21 diplomats.');
    const file = JSON.parse(run(['annotate', join(dir, 'bom.txt')]).stdout);
    assert.deepEqual([file.annotations[0].start, file.annotations[0].text], [0, 'Belgium']);
    const jsonl = run(['annotate', '--jsonl'], `\uFEFF${JSON.stringify({ id: 'a', text: 'Belgium', dct: null })}\n`);
    assert.equal(jsonl.status, 0, jsonl.stderr);
    assert.equal(JSON.parse(jsonl.stdout).annotations[0].start, 0);
  });

  it('says on stderr when bytes are not UTF-8, and still annotates the rest', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'news-annotator-')), 'latin1.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Belgium.')]));
    const r = run(['annotate', file]);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /latin1\.txt is not valid UTF-8: 1 invalid byte sequence replaced by U\+FFFD/);
    assert.equal(JSON.parse(r.stdout).annotations[0].text, 'Belgium');
  });

  it('refuses NUL in a JSONL text as it does in a file: one rule for both', () => {
    const r = run(['annotate', '--jsonl'], `${JSON.stringify({ id: 'a', text: 'Belgium\u0000', dct: null })}\n${JSON.stringify({ id: 'b', text: 'Belgium', dct: null })}\n`);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: "text" it contains NUL characters, so it looks like a binary file/);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['b']);
  });

  it('ends quietly when the reader goes away (| head -1)', () => {
    const line = JSON.stringify({ id: 'a', text: 'Belgium expelled 21 diplomats on Tuesday. '.repeat(50), dct: '2022-03-30' });
    const input = join(mkdtempSync(join(tmpdir(), 'news-annotator-')), 'many.jsonl');
    writeFileSync(input, `${line}\n`.repeat(3000));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" ${CLI} annotate --jsonl < "${input}" | head -c 100 > /dev/null`], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  it('streams a large article out in pieces that make the same JSON as the whole', () => {
    const text = 'As many as 43 Russian diplomats were given two weeks to leave Belgium on Tuesday.\n\n'.repeat(5000);
    const r = spawnSync(process.execPath, [CLI, 'annotate', '--date', '2022-03-30'], { input: text, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(r.stdout, `${JSON.stringify(doc, null, 2)}\n`);
    assert.equal(doc.annotations.filter((a: { kind: string }) => a.kind === 'count').length, 5000);
  });
});
