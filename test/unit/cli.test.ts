import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSchema } from '../../src/core/schema';

const CLI = 'dist/cli.js';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });

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
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((d) => d.id),
      ['a', 'd'],
    );
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
    const r = run(
      ['annotate', '--jsonl'],
      `${JSON.stringify({ id: 'x', text: 'Friday', dct: '2022-02-30' })}\n${JSON.stringify({ id: 'y', text: 'Friday', dct: '2024-02-29' })}\n`,
    );
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: dct: 2022-02-30 is not a day of the calendar/);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      ['y'],
    );
  });

  it('keeps going after a document that once crashed the engine, and annotates the ones after it', () => {
    const hostile = 'late '.repeat(40_000) + 'one hundred and '.repeat(10_000);
    const input = [
      { id: 'a', text: hostile, dct: '2022-03-30' },
      { id: 'b', text: 'Belgium expelled 21 diplomats.', dct: '2022-03-30' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
    const r = run(['annotate', '--jsonl'], input);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      ['a', 'b'],
    );
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
    const r = run(
      ['annotate', '--jsonl'],
      `${JSON.stringify({ id: 'a', text: 'Belgium\u0000', dct: null })}\n${JSON.stringify({ id: 'b', text: 'Belgium', dct: null })}\n`,
    );
    assert.equal(r.status, 1);
    assert.match(r.stderr, /line 1: "text" it contains NUL characters, so it looks like a binary file/);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      ['b'],
    );
  });

  it('ends quietly when the reader goes away (| head -1)', () => {
    const line = JSON.stringify({
      id: 'a',
      text: 'Belgium expelled 21 diplomats on Tuesday. '.repeat(50),
      dct: '2022-03-30',
    });
    const input = join(mkdtempSync(join(tmpdir(), 'news-annotator-')), 'many.jsonl');
    writeFileSync(input, `${line}\n`.repeat(3000));
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" ${CLI} annotate --jsonl < "${input}" | head -c 100 > /dev/null`],
      { encoding: 'utf8' },
    );
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  it('streams a large article out in pieces that make the same JSON as the whole', () => {
    const text = 'As many as 43 Russian diplomats were given two weeks to leave Belgium on Tuesday.\n\n'.repeat(5000);
    const r = spawnSync(process.execPath, [CLI, 'annotate', '--date', '2022-03-30'], {
      input: text,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(r.stdout, `${JSON.stringify(doc, null, 2)}\n`);
    assert.equal(doc.annotations.filter((a: { kind: string }) => a.kind === 'count').length, 5000);
  });

  it('NEWS_ANNOTATOR_TRACE=1 says which stage made or dropped each candidate, and changes no output', () => {
    const text = 'The Netherlands gave 17 Russian diplomats two weeks to leave on Tuesday.';
    const traced = spawnSync(process.execPath, [CLI, 'annotate', '--date', '2022-03-30'], {
      input: text,
      encoding: 'utf8',
      env: { ...process.env, NEWS_ANNOTATOR_TRACE: '1' },
    });
    assert.equal(traced.stdout, run(['annotate', '--date', '2022-03-30'], text).stdout);
    const lines = traced.stderr
      .trim()
      .split('\n')
      .map((l) => l.replace(/^news-annotator: trace - /, ''));
    assert.deepEqual(lines, [
      'countries + "Netherlands" 4–15 country NL',
      'countries + "Russian" 24–31 country RU',
      'dates + "Tuesday" 64–71 DATE 2022-03-29',
      'durations + "two weeks" 42–51 DURATION P2W',
      'counts + "17 Russian diplomats" 21–41 count 17 diplomats',
      // the deadline refiner replaces the duration with the same one that has a due date (2022-03-30 + two weeks)
      'deadlines - "two weeks" 42–51 DURATION P2W',
      'deadlines + "two weeks" 42–51 DURATION P2W deadline due 2022-04-13',
    ]);
  });

  it('compare: the same event in several articles, and where they disagree, as JSON or text; exit 0 either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-compare-'));
    writeFileSync(join(dir, 'a.txt'), 'Belgium expelled 21 Russian diplomats and gave them two weeks to leave.');
    writeFileSync(join(dir, 'b.txt'), 'Belgium expelled 20 Russian diplomats and gave them a week to leave.');
    writeFileSync(join(dir, 'c.txt'), 'Belgium expelled as many as 21 Russian diplomats.');
    const [a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const json = run(['compare', '--date', '2022-03-30', a!, b!, c!]);
    assert.equal(json.status, 0, json.stderr);
    const r = JSON.parse(json.stdout);
    assert.deepEqual(
      r.events.map((e: { event: string; facts: unknown[] }) => [e.event, e.facts.length]),
      [['Belgium expel diplomats (Russia)', 3]],
    );
    // "as many as 21" holds 20 and 21: only a and b disagree, on the count and on the due date (03-30 + 2 weeks, + 1 week)
    assert.deepEqual(
      r.disagreements.map((d: { what: string; detail: string }) => [d.what, d.detail]),
      [
        ['count', `21 in ${a}, 20 in ${b}`],
        ['due', `due 2022-04-13 in ${a}, 2022-04-06 in ${b}`],
      ],
    );
    assert.equal(r.disagreements[0].b.sentence, 'Belgium expelled 20 Russian diplomats and gave them a week to leave.');
    const text = run(['compare', '--date', '2022-03-30', '--format', 'text', a!, b!]);
    assert.equal(text.status, 0);
    assert.match(
      text.stdout,
      /^2 articles, 1 event told by more than one, 2 disagreements\n\nDisagreements:\n {2}Belgium expel diplomats \(Russia\): 21 in /,
    );
    assert.match(run(['compare', a!]).stderr, /compare needs two or more article files/);
    assert.match(
      run(['compare', a!, join(dir, 'missing.txt'), b!]).stderr,
      /cannot read .*missing\.txt: ENOENT; left out/,
    );
  });

  describe('at corpus scale', () => {
    // real news of the dev sets where present, else the seeds, as JSONL lines with a blank and a broken line among them
    const corpus = (() => {
      const lines = readdirSync('seeds').map((f, k) =>
        JSON.stringify({ id: `seed${k}`, text: readFileSync(join('seeds', f), 'utf8'), dct: '2022-03-30' }),
      );
      const story = (k: number) =>
        JSON.stringify({
          id: `s${k}`,
          text: `Belgium expelled ${k + 2} Russian diplomats on Tuesday and gave them ${(k % 9) + 1} days to leave.\n\nFrance said ${k} more would follow.`,
          dct: '2022-03-30',
        });
      const all = [...lines, ...Array.from({ length: 300 }, (_, k) => story(k))];
      all.splice(150, 0, '', '{"id": "broken", "text": 12}');
      return `${all.join('\n')}\n`;
    })();
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-corpus-'));
    const input = join(dir, 'corpus.jsonl');
    before(() => writeFileSync(input, corpus));
    const sh = (command: string) =>
      spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const cli = `"${process.execPath}" "${join(process.cwd(), CLI)}"`;

    it('--jobs N gives the bytes of --jobs 1, in input order, on stdout and stderr alike', () => {
      const one = sh(`${cli} annotate --jsonl --jobs 1 < "${input}"`);
      assert.equal(one.status, 1); // the broken line
      assert.match(one.stderr, /line 152: text: .*; line skipped\n.*1 of 305 lines failed/s); // the blank line is no document
      const ids = one.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id);
      assert.deepEqual(ids.slice(0, 4), ['seed0', 'seed1', 'seed2', 'seed3']);
      assert.equal(ids.length, 304);
      for (const jobs of [2, 3, 7]) {
        const many = sh(`${cli} annotate --jsonl --jobs ${jobs} < "${input}"`);
        assert.equal(many.stdout, one.stdout, `--jobs ${jobs}`);
        assert.equal(many.stderr, one.stderr, `--jobs ${jobs}`);
      }
    });

    it('shards in any split give, concatenated, the bytes of one run: split -n l/K and GNU parallel --pipe', () => {
      const whole = sh(`${cli} annotate --jsonl --jobs 1 < "${input}"`).stdout;
      for (const k of [1, 3, 7]) {
        const shards = join(dir, `k${k}`);
        mkdirSync(shards, { recursive: true });
        const r = sh(
          `cd "${shards}" && split -n l/${k} "${input}" part. && for f in part.*; do ${cli} annotate --jsonl --jobs 1 < "$f" 2>/dev/null; done`,
        );
        assert.equal(r.stdout, whole, `split into ${k}`);
      }
      const parallel = sh(
        `parallel --pipe --keep-order --block 20k -j 2 ${cli} annotate --jsonl --jobs 1 < "${input}" 2>/dev/null`,
      );
      assert.equal(parallel.error, undefined);
      assert.equal(parallel.stdout, whole);
    });

    it('folders in, one output per article out, at its relative path; --jsonl reads files too', () => {
      const tree = join(dir, 'tree');
      mkdirSync(join(tree, 'europe', 'node_modules'), { recursive: true });
      writeFileSync(join(tree, 'a.txt'), 'Belgium expelled 21 Russian diplomats on Tuesday.');
      writeFileSync(join(tree, 'europe', 'b.md'), 'France gave 40 diplomats two weeks to leave.');
      writeFileSync(join(tree, 'europe', 'notes.pdf'), '%PDF'); // not an article
      writeFileSync(join(tree, 'europe', 'b.md.annotations.csv'), 'an export of ours');
      writeFileSync(join(tree, 'europe', 'node_modules', 'c.txt'), 'Germany expelled 3 diplomats.');
      const out = join(dir, 'out');
      for (const jobs of [1, 2]) {
        const r = run([
          'annotate',
          '--date',
          '2022-03-30',
          '--format',
          'brat',
          '--jobs',
          String(jobs),
          '--out',
          `${out}${jobs}`,
          tree,
        ]);
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(readdirSync(`${out}${jobs}`, { recursive: true }).map(String).sort(), [
          'a.ann',
          'annotation.conf',
          'europe',
          'europe/b.ann',
        ]);
        assert.match(readFileSync(join(`${out}${jobs}`, 'europe', 'b.ann'), 'utf8'), /^T1\tCountry 0 6\tFrance$/m);
      }
      const stdout = run(['annotate', '--date', '2022-03-30', '--format', 'csv', tree]);
      assert.deepEqual(stdout.stdout.split('\n').filter((l) => l.startsWith('file,')).length, 2, 'one CSV per article');
      assert.deepEqual(
        stdout.stdout
          .split('\n')
          .filter((l) => /^\w+\.\w+,1,1,/.test(l))
          .map((l) => l.split(',')[0]),
        ['a.txt', 'b.md'],
        'in path order',
      );
      // --jsonl from named files, line numbers counted per file
      writeFileSync(join(dir, 'two.jsonl'), '{"id": "x", "text": "Chad expelled 4 envoys."}\nnot json\n');
      const files = run(['annotate', '--jsonl', join(dir, 'two.jsonl'), input]);
      assert.match(files.stderr, /two\.jsonl line 2: /);
      assert.equal(files.stdout.trim().split('\n').length, 1 + 304);
      assert.equal(JSON.parse(files.stdout.split('\n')[0]!).id, 'x');
    });

    it('says what is wrong with --jobs and --out, and when a folder holds no articles', () => {
      assert.match(run(['annotate', '--jobs', '0']).stderr, /--jobs must be a whole number from 1 to 256/);
      assert.match(run(['annotate', '--jsonl', '--out', dir]).stderr, /--out writes one file per article/);
      const empty = mkdtempSync(join(tmpdir(), 'news-annotator-empty-'));
      const r = run(['annotate', empty]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /no article files in .*\*\.txt/);
    });

    it('draws a progress line and a summary on a terminal only, and not with --quiet', () => {
      // `script` (util-linux, in every Debian) gives the CLI a terminal for stderr
      const onTerminal = (flags: string) =>
        sh(`script -qec '${cli} annotate --jsonl --jobs 2 ${flags} "${input}" > /dev/null' /dev/null`).stdout;
      const drawn = onTerminal('');
      // the progress line is drawn with a terminal's control sequence: carriage return, erase line
      // eslint-disable-next-line no-control-regex
      assert.match(drawn, /\r\x1b\[K\d+ documents · [\d.]+ of [\d.]+ MB · [\d.]+ MB\/s/);
      assert.match(drawn, /news-annotator: 305 documents, 1 failed, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\)/);
      const quiet = onTerminal('--quiet');
      assert.doesNotMatch(quiet, /documents/);
      assert.match(quiet, /line 152: /); // what failed is still said
      assert.equal(
        sh(`${cli} annotate --jsonl < "${input}" 2>&1 >/dev/null | grep -c 'MB/s' || true`).stdout.trim(),
        '0',
      ); // not a terminal
    });

    it('stops its workers and exits on Ctrl-C', () => {
      const big = join(dir, 'big.jsonl');
      writeFileSync(big, corpus.repeat(40));
      const r = sh(
        `${cli} annotate --jsonl --jobs 2 < "${big}" > /dev/null 2>&1 & pid=$!; sleep 1; kill -INT $pid; wait $pid; echo "exit $?"`,
      );
      assert.match(r.stdout, /exit 130/);
    });
  });
});
