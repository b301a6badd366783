import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';
import { FORMATS, formatDocument } from '../../src/formats';
import { csvField } from '../../src/formats/csv';
import { DocumentSchema } from '../../src/core/schema';

// One article with a flag emoji (two surrogate pairs: 4 UTF-16 units, 2 code points) before the
// annotations, quotes, commas and a line break. Offsets below were counted by hand:
// UTF-16: Ukraine 11-18, "2 Russian diplomats" 28-47, Russian 30-37, Tuesday 78-85 (line 2 starts at 60).
// Code points: 2 less after the flag: 9-16, 26-45, 28-35, 76-83.
const TEXT = 'Kyiv 🇺🇦: Ukraine expelled 2 Russian diplomats, "a first",\nofficials said on Tuesday.';
const doc = annotate(TEXT, { articleDate: '2022-03-30' });
const input = { text: TEXT, fileName: 'kyiv.txt', sourceUri: 'file:///news/kyiv.txt', created: '2026-11-28T00:00:00Z' };

describe('export formats', () => {
  it('the article is annotated as counted by hand', () => {
    assert.deepEqual(
      doc.annotations.map((a) => [a.id, a.start, a.end, a.text]),
      [
        ['c1', 11, 18, 'Ukraine'],
        ['n1', 28, 47, '2 Russian diplomats'],
        ['c2', 30, 37, 'Russian'],
        ['t1', 78, 85, 'Tuesday'],
      ],
    );
  });

  it('JSON: schema v1 with the file name and the tally', () => {
    const out = JSON.parse(formatDocument('json', doc, input));
    assert.ok(DocumentSchema.safeParse(out).success);
    assert.equal(out.offsetUnit, 'utf16');
    assert.equal(out.file, 'kyiv.txt');
    assert.deepEqual(out.tally.countries, [{ code: 'UA', name: 'Ukraine', facts: ['f1'], counted: { diplomat: 2 } }]);
  });

  it('CSV (RFC 4180): header, one row per annotation with 1-based line and column, CRLF', () => {
    const lines = formatDocument('csv', doc, input).split('\r\n');
    assert.equal(
      lines[0],
      'file,line,column,start_utf16,end_utf16,id,kind,source,text,value,iso_code,via,qualifier,noun,timex_type,due,anchor,cue,action',
    );
    assert.equal(lines[1], 'kyiv.txt,1,12,11,18,c1,country,auto,Ukraine,Ukraine,UA,name,,,,,,,');
    assert.equal(lines[2], 'kyiv.txt,1,29,28,47,n1,count,auto,2 Russian diplomats,2,,,exact,diplomats,,,,,');
    assert.equal(lines[4], 'kyiv.txt,2,19,78,85,t1,time,auto,Tuesday,2022-03-29,,,,,DATE,,,,');
    assert.equal(lines[5], '', 'the last record ends with CRLF');
  });

  it('CSV facts: quotes doubled, fields with commas, quotes and line breaks quoted', () => {
    const out = formatDocument('csv-facts', doc, input);
    assert.equal(
      out,
      'file,line,fact,actor_code,actor,action,count,count_max,qualifier,noun,target_code,target,deadline,due,stated_total,evidence,sentence\r\n' +
        'kyiv.txt,1,f1,UA,Ukraine,expel,2,,exact,diplomats,RU,Russia,,,no,c1 n1 c2,"Kyiv 🇺🇦: Ukraine expelled 2 Russian diplomats, ""a first"",\nofficials said on Tuesday."\r\n',
    );
  });

  it('CSV: a cell a spreadsheet would run as a formula starts with an apostrophe (OWASP); numbers stay numbers', () => {
    const text = '=HYPERLINK("http://x","Belgium") expelled 21 diplomats.\n+Russia\n-Ukraine\n@France\n\tItaly';
    const hostile = annotate(text, { articleDate: '2022-03-30' });
    const sentences = formatDocument('csv-facts', hostile, { text, fileName: '=cmd|calc.txt' })
      .split('\r\n')
      .slice(1, -1);
    assert.ok(sentences.length > 0);
    for (const line of sentences) assert.match(line, /^'=cmd\|calc\.txt,/, 'the file name cannot start a formula');
    assert.match(sentences[0]!, /,"'=HYPERLINK\(""http/, 'nor can the sentence');
    const cells = formatDocument('csv', hostile, { text, fileName: '@x.txt' });
    assert.match(cells, /\r\n'@x\.txt,1,/);
    assert.match(cells, /,21,/, 'counts stay plain numbers');
    assert.deepEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok', -1].map(csvField), [
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      'ok',
      '-1',
    ]);
  });

  it('W3C Web Annotation: TextPositionSelector in code points, TextQuoteSelector with context', () => {
    const out = JSON.parse(formatDocument('w3c', doc, input));
    assert.equal(out['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(out.type, 'AnnotationCollection');
    assert.equal(out.total, 5); // four annotations and one fact
    const [ukraine, , , tuesday, fact] = out.first.items;
    assert.equal(fact.motivation, 'linking');
    assert.deepEqual(
      fact.body.map(
        (b: { value?: string; source?: string; 'news-annotator:role'?: string }) =>
          b.value ?? `${b['news-annotator:role']} ${b.source}`,
      ),
      [
        'Fact: expel',
        'actor file:///news/kyiv.txt#c1',
        'count file:///news/kyiv.txt#n1',
        'target file:///news/kyiv.txt#c2',
      ],
    );
    assert.equal(ukraine.type, 'Annotation');
    assert.equal(ukraine.target.source, 'file:///news/kyiv.txt');
    assert.deepEqual(ukraine.target.selector[1], { type: 'TextPositionSelector', start: 9, end: 16 });
    assert.deepEqual(tuesday.target.selector[1], { type: 'TextPositionSelector', start: 76, end: 83 });
    assert.deepEqual(ukraine.target.selector[0], {
      type: 'TextQuoteSelector',
      exact: 'Ukraine',
      prefix: 'Kyiv 🇺🇦: ',
      suffix: ' expelled 2 Russian diplomats, "',
    });
    assert.deepEqual(ukraine.body[0], { type: 'TextualBody', purpose: 'tagging', value: 'Country' });
    assert.deepEqual(ukraine.body[2], { id: 'urn:iso:std:iso:3166:-1:UA', purpose: 'identifying' });
    // the selector addresses the same characters in a code-point view of the text
    const cps = [...TEXT];
    assert.equal(cps.slice(9, 16).join(''), 'Ukraine');
    assert.equal(cps.slice(76, 83).join(''), 'Tuesday');
  });

  it('W3C context never splits an emoji', () => {
    const text = `${'x'.repeat(30)}🇺🇦 Ukraine`;
    const d = annotate(text, { articleDate: '2022-03-30' });
    const prefix = JSON.parse(formatDocument('w3c', d, { ...input, text })).first.items[0].target.selector[0].prefix;
    assert.ok(!/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(prefix), 'no lone surrogate at either end');
  });

  it('brat standoff: T lines in code points, attributes, normalizations and notes', () => {
    assert.equal(
      formatDocument('brat', doc, input),
      [
        'T1\tCountry 9 16\tUkraine',
        'A1\tVia T1 name',
        'N1\tReference T1 ISO3166:UA\tUkraine',
        'T2\tCount 26 45\t2 Russian diplomats',
        'A2\tQualifier T2 exact',
        '#1\tAnnotatorNotes T2\tvalue=2 noun=diplomats',
        'T3\tCountry 28 35\tRussian',
        'A3\tVia T3 demonym',
        'N2\tReference T3 ISO3166:RU\tRussia',
        'T4\tTime 76 83\tTuesday',
        'A4\tTimexType T4 DATE',
        '#2\tAnnotatorNotes T4\tvalue=2022-03-29',
        // the fact as an event: "expelled" (UTF-16 19-27, code points 17-25) triggers it, its annotations are the arguments
        'T5\tFact 17 25\texpelled',
        'E1\tFact:T5 Actor:T1 Count:T2 Target:T3',
        '#3\tAnnotatorNotes E1\taction=expel actor=UA target=RU',
        '',
      ].join('\n'),
    );
  });

  it('brat splits a span that crosses a line break into fragments', () => {
    const text = 'as many as\n43 Russian diplomats';
    const d = annotate(text, { articleDate: '2022-03-30' });
    assert.match(
      formatDocument('brat', d, { ...input, text }),
      /^T1\tCount 0 10;11 31\tas many as 43 Russian diplomats$/m,
    );
  });

  it('doccano and Label Studio: code-point offsets', () => {
    const doccano = JSON.parse(formatDocument('doccano', doc, input));
    assert.equal(doccano.text, TEXT);
    assert.deepEqual(doccano.label, [
      [9, 16, 'COUNTRY'],
      [26, 45, 'COUNT'],
      [28, 35, 'COUNTRY'],
      [76, 83, 'TIME'],
    ]);
    const ls = JSON.parse(formatDocument('labelstudio', doc, input));
    assert.equal(ls.data.text, TEXT);
    assert.deepEqual(ls.predictions[0].result[0], {
      id: 'c1',
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      origin: 'prediction',
      value: { start: 9, end: 16, text: 'Ukraine', labels: ['COUNTRY'] },
    });
    // relations: the fact's count to its actor and its target
    assert.deepEqual(
      doccano.relations.map((r: { from_id: number; to_id: number; type: string }) => [r.from_id, r.to_id, r.type]),
      [
        [2, 1, 'ACTOR'],
        [2, 3, 'TARGET'],
      ],
    );
    assert.deepEqual(doccano.entities[1], { id: 2, start_offset: 26, end_offset: 45, label: 'COUNT' });
    assert.deepEqual(
      ls.predictions[0].result.filter((r: { type: string }) => r.type === 'relation'),
      [
        { from_id: 'n1', to_id: 'c1', type: 'relation', direction: 'right', labels: ['Actor'] },
        { from_id: 'n1', to_id: 'c2', type: 'relation', direction: 'right', labels: ['Target'] },
      ],
    );
  });

  it('every format states its offset unit', () => {
    for (const f of Object.values(FORMATS)) assert.ok(f.offsetUnit.length > 0);
  });
});
