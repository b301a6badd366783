import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImportSummary } from '../../src/extension/importCommand';
import { api, eventually, hoverText, offsetOf, openArticle, screenshot, workspaceFile } from './helpers';

const SEED = 'diplomat-expulsions-2022-03-30.txt';
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

async function copyOfSeed(name: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await write(uri, await read(workspaceFile(SEED)));
  return uri;
}

describe('export, import and corrections', () => {
  it('exports the seed in every format, each readable and stating its offsets', async () => {
    await openArticle(SEED);
    const out = (ext: string) => workspaceFile(`export-test${ext}`);
    const run = (format: string, ext: string) =>
      vscode.commands.executeCommand<string[]>('newsAnnotator.export', {
        format,
        scope: 'active',
        target: out(ext).toString(),
        overwrite: true,
      });
    await run('json', '.json');
    const json = JSON.parse(await read(out('.json')));
    assert.equal(json.schema, 'news-annotator/v1');
    assert.equal(json.offsetUnit, 'utf16');
    assert.equal(json.file, SEED);
    assert.equal(json.tally.totals[0].value, 43);
    await run('csv', '.csv');
    assert.match(
      await read(out('.csv')),
      /^file,line,column,start_utf16,end_utf16,id,kind,.*\r\ndiplomat-expulsions-2022-03-30\.txt,1,/,
    );
    await run('csv-facts', '.facts.csv');
    assert.match(await read(out('.facts.csv')), /\r\ndiplomat-expulsions-2022-03-30\.txt,\d+,f3,BE,Belgium,remove,21,/);
    await run('w3c', '.jsonld');
    const w3c = JSON.parse(await read(out('.jsonld')));
    assert.equal(w3c['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w3c.first.items[0].target.selector[1].type, 'TextPositionSelector');
    await run('brat', '.ann');
    const ann = await read(out('.ann'));
    assert.match(ann, /^T1\tTime 6 16\t2022-03-30\n/, 'the header date, offsets in code points');
    assert.match(ann, /\nT2\tCount 42 65\tfour European countries\n/);
    assert.match(ann, /\nN\d+\tReference T\d+ ISO3166:RU\tRussia\n/);
    await run('doccano', '.doccano.jsonl');
    const doccano = JSON.parse(await read(out('.doccano.jsonl')));
    assert.deepEqual(doccano.label.slice(0, 2), [
      [6, 16, 'TIME'],
      [42, 65, 'COUNT'],
    ]);
    await run('labelstudio', '.ls.jsonl');
    assert.equal(JSON.parse(await read(out('.ls.jsonl'))).predictions[0].result[0].type, 'labels');
  });

  it('a correction is saved beside the article and survives an edit above it, closing and reopening', async () => {
    const uri = await copyOfSeed('corrected.txt');
    let editor = await openArticle('corrected.txt');
    const ext = await api();
    await eventually(() => ext.annotationsOf(editor.document), 'annotations');
    const at = offsetOf(editor.document, 'Istanbul');
    editor.selection = new vscode.Selection(
      editor.document.positionAt(at),
      editor.document.positionAt(at + 'Istanbul'.length),
    );
    await vscode.commands.executeCommand('newsAnnotator.annotateSelectionAs', 'country', {
      kind: 'country',
      start: 0,
      end: 0,
      text: '',
      country: { code: 'TR', name: 'Türkiye', via: 'city' },
    });
    const manual = await eventually(
      () => ext.annotationsOf(editor.document)?.annotations.find((a) => a.source === 'manual'),
      'the manual annotation',
    );
    assert.equal(manual.text, 'Istanbul');
    assert.deepEqual(
      ext.manualDecorationsOf(editor.document.uri)?.map((r) => editor.document.getText(r)),
      ['Istanbul'],
      'outlined as manual',
    );
    const sidecar = JSON.parse(await read(workspaceFile('corrected.txt.annotations.json')));
    assert.deepEqual(
      sidecar.annotations.map((a: { text: string; source: string }) => [a.text, a.source]),
      [['Istanbul', 'manual']],
    );
    await screenshot('manual-correction');

    // an edit above it, in the editor
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATE: corrected.\n\n'));
    await editor.document.save();
    const moved = ext.flush(editor.document)!.annotations.find((a) => a.source === 'manual')!;
    assert.equal(editor.document.getText().slice(moved.start, moved.end), 'Istanbul');
    await new Promise((r) => setTimeout(r, 800)); // the sidecar is saved shortly after typing stops
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // the article changed elsewhere while closed: one more line above
    await write(uri, `Second update.\n${await read(uri)}`);
    editor = await openArticle('corrected.txt');
    const reopened = await eventually(
      () => ext.annotationsOf(editor.document)?.annotations.find((a) => a.source === 'manual'),
      'the correction after reopening',
    );
    assert.equal(editor.document.getText().slice(reopened.start, reopened.end), 'Istanbul');
    assert.equal(reopened.kind === 'country' && reopened.country.code, 'TR');
  });

  it('a rejected annotation disappears from highlights, panel and exports', async () => {
    await copyOfSeed('rejected.txt');
    const editor = await openArticle('rejected.txt');
    const ext = await api();
    const italy = await eventually(
      () => ext.annotationsOf(editor.document)?.annotations.find((a) => a.text === 'Italy'),
      'Italy',
    );
    await vscode.commands.executeCommand('newsAnnotator.reject', editor.document.uri.toString(), italy.id);
    await eventually(
      () => (ext.annotationsOf(editor.document)?.annotations.some((a) => a.text === 'Italy') ? undefined : true),
      'Italy gone',
    );
    assert.ok(
      !ext.decorationsOf(editor.document.uri)!.country.some((r) => editor.document.getText(r) === 'Italy'),
      'no highlight',
    );
    assert.ok(!ext.facts.getChildren().some((n) => n.type === 'country' && n.code === 'IT'), 'not in the panel');
    const target = workspaceFile('rejected-export.json');
    await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: target.toString(),
      overwrite: true,
    });
    const exported = JSON.parse(await read(target));
    assert.ok(!exported.annotations.some((a: { text: string }) => a.text === 'Italy'), 'not exported');
    assert.equal(exported.annotations.filter((a: { kind: string }) => a.kind === 'country').length, 27);
    const sidecar = JSON.parse(await read(workspaceFile('rejected.txt.annotations.json')));
    assert.deepEqual(
      sidecar.rejected.map((a: { text: string }) => a.text),
      ['Italy'],
    );
  });

  it('rejecting from a Facts panel item (its context menu) works like the hover link', async () => {
    await copyOfSeed('panel-reject.txt');
    const editor = await openArticle('panel-reject.txt');
    const ext = await api();
    await eventually(() => ext.annotationsOf(editor.document), 'annotations');
    const italy = ext.facts.getChildren().find((n) => n.type === 'country' && n.code === 'IT')!;
    const mention = ext.facts.getChildren(italy)[0]!;
    assert.equal(mention.type, 'annotation');
    await vscode.commands.executeCommand('newsAnnotator.reject', mention);
    await eventually(
      () => (ext.annotationsOf(editor.document)?.annotations.some((a) => a.text === 'Italy') ? undefined : true),
      'Italy rejected',
    );
  });

  it('an untitled article keeps its corrections in memory, and they are exported', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Officials in Ruritania expelled 3 diplomats.',
    });
    const editor = await vscode.window.showTextDocument(doc);
    const ext = await api();
    await eventually(() => ext.annotationsOf(doc), 'annotations of the untitled article');
    const at = doc.getText().indexOf('Ruritania');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'Ruritania'.length));
    await vscode.commands.executeCommand('newsAnnotator.annotateSelectionAs', 'country', {
      kind: 'country',
      start: 0,
      end: 0,
      text: '',
      country: { code: 'XK', name: 'Kosovo', via: 'name' },
    });
    const manual = await eventually(
      () => ext.annotationsOf(doc)?.annotations.find((a) => a.source === 'manual'),
      'the in-memory correction',
    );
    assert.equal(manual.text, 'Ruritania');
    const target = workspaceFile('untitled-export.json');
    await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: target.toString(),
      overwrite: true,
    });
    assert.ok(
      JSON.parse(await read(target)).annotations.some(
        (a: { text: string; source: string }) => a.text === 'Ruritania' && a.source === 'manual',
      ),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a corrupt sidecar gives an error naming it, highlights go on from the engine, and the file is not touched', async () => {
    await copyOfSeed('corrupt.txt');
    const broken = '{"schema": "news-annotator/v1", "annotations": [oops';
    await write(workspaceFile('corrupt.txt.annotations.json'), broken);
    const editor = await openArticle('corrupt.txt');
    const ext = await api();
    const problem = await eventually(() => ext.correctionProblem(editor.document), 'the sidecar problem');
    assert.match(problem, /corrupt\.txt\.annotations\.json cannot be read: .*JSON/);
    assert.equal(
      ext.annotationsOf(editor.document)?.annotations.filter((a) => a.kind === 'country').length,
      28,
      'engine results shown',
    );
    const italy = ext.annotationsOf(editor.document)!.annotations.find((a) => a.text === 'Italy')!;
    await vscode.commands.executeCommand('newsAnnotator.reject', editor.document.uri.toString(), italy.id);
    assert.equal(
      await read(workspaceFile('corrupt.txt.annotations.json')),
      broken,
      'a correction does not overwrite the corrupt file',
    );
    assert.ok(ext.annotationsOf(editor.document)!.annotations.some((a) => a.text === 'Italy'));
  });

  it('imports a W3C export back onto an edited article, re-anchoring by quote and context', async () => {
    await copyOfSeed('imported.txt');
    let editor = await openArticle('imported.txt');
    const exportUri = workspaceFile('imported.w3c.jsonld');
    await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'w3c',
      scope: 'active',
      target: exportUri.toString(),
      overwrite: true,
    });
    await editor.edit((e) =>
      e.replace(
        new vscode.Range(
          editor.document.positionAt(offsetOf(editor.document, 'Italy')),
          editor.document.positionAt(offsetOf(editor.document, 'Italy') + 5),
        ),
        'a partner',
      ),
    );
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Note.\n\n')); // below the date line, which stays the article's date
    // one imported annotation says something the engine does not (a reviewer's different reading of "Kyiv")
    const exported = JSON.parse(await read(exportUri));
    const kyiv = exported.first.items.find(
      (i: { target: { selector: Array<{ exact?: string }> } }) => i.target.selector[0]!.exact === 'Kyiv',
    );
    kyiv['news-annotator:annotation'].country = { code: 'PL', name: 'Poland', via: 'capital' };
    await write(exportUri, JSON.stringify(exported));
    const result = await vscode.commands.executeCommand<ImportSummary>('newsAnnotator.import', exportUri.toString());
    const ext = await api();
    assert.equal(result.lost.length, 1);
    assert.match(result.lost[0]!, /Italy/);
    editor = vscode.window.activeTextEditor!;
    const shown = ext.annotationsOf(editor.document)!.annotations;
    assert.equal(
      result.confirmed + result.corrected,
      shown.length,
      'every annotation shown came back, as a confirmation or a correction',
    );
    const below = editor.document.offsetAt(new vscode.Position(1, 0));
    assert.equal(
      result.moved,
      shown.filter((a) => a.start >= below).length,
      'all below the inserted note moved, the rest stayed',
    );
    assert.deepEqual(
      shown.filter((a) => a.source === 'manual').map((a) => a.text),
      ['Kyiv'],
      'only what differs from the engine is a correction (no clutter)',
    );
    assert.equal(result.corrected, 1);
  });
});

describe('undoing corrections', () => {
  it('a rejection is listed under "Rejected" in the panel and restored from there, or by Undo Last Correction', async () => {
    await write(workspaceFile('restore.txt'), await read(workspaceFile(SEED)));
    const editor = await openArticle('restore.txt');
    const ext = await api();
    const italy = await eventually(
      () => ext.annotationsOf(editor.document)?.annotations.find((a) => a.text === 'Italy'),
      'Italy',
    );
    await vscode.commands.executeCommand('newsAnnotator.reject', editor.document.uri.toString(), italy.id);
    const group = await eventually(
      () => ext.facts.getChildren().find((n) => n.type === 'rejectedGroup'),
      'the Rejected node',
    );
    const [rejected] = ext.facts.getChildren(group);
    assert.equal(rejected?.type === 'rejected' && rejected.annotation.text, 'Italy');
    assert.equal(ext.facts.getTreeItem(rejected!).contextValue, 'rejected', 'its context menu offers Restore');
    await vscode.commands.executeCommand('newsAnnotator.restore', rejected);
    await eventually(
      () => (ext.annotationsOf(editor.document)?.annotations.some((a) => a.text === 'Italy') ? true : undefined),
      'Italy restored',
    );
    assert.ok(!ext.facts.getChildren().some((n) => n.type === 'rejectedGroup'), 'nothing left rejected');
    assert.deepEqual(JSON.parse(await read(workspaceFile('restore.txt.annotations.json'))).rejected, []);
    await vscode.commands.executeCommand('newsAnnotator.focusFacts');
    await screenshot('restored-rejection');
    // the same with Undo Last Correction
    const again = ext.annotationsOf(editor.document)!.annotations.find((a) => a.text === 'Italy')!;
    await vscode.commands.executeCommand('newsAnnotator.reject', editor.document.uri.toString(), again.id);
    await eventually(
      () => (ext.annotationsOf(editor.document)?.annotations.some((a) => a.text === 'Italy') ? undefined : true),
      'Italy rejected again',
    );
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    await eventually(
      () => (ext.annotationsOf(editor.document)?.annotations.some((a) => a.text === 'Italy') ? true : undefined),
      'Italy back after undo',
    );
  });
});

describe('the article date a user sets', () => {
  it('an undated article: the status bar offers Set Article Date, which reads "November 3, 2023" and keeps it across a reopen', async () => {
    await write(workspaceFile('undated-copy.txt'), await read(workspaceFile('undated-ceasefire.txt')));
    let editor = await openArticle('undated-copy.txt');
    const ext = await api();
    await eventually(() => (ext.statusBar.text.endsWith('no date') ? true : undefined), 'the no-date status');
    assert.equal(ext.statusBar.command, 'newsAnnotator.setArticleDate', 'clicking "no date" sets the date');
    // the hover of a deadline that cannot be resolved offers the same fix
    const at = offsetOf(editor.document, 'noon Friday') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(at),
    );
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText(hovers), /Due date unknown: the article has no date/);
    assert.match(markdown, /\(command:newsAnnotator\.setArticleDate\)/);
    await screenshot('undated-article');
    await vscode.commands.executeCommand('newsAnnotator.setArticleDate', 'November 3, 2023');
    await eventually(
      () => (ext.annotationsOf(editor.document)?.articleDate === '2023-11-03' ? true : undefined),
      'the date applied',
    );
    assert.equal(ext.annotationsOf(editor.document)?.articleDateSource, 'option');
    assert.match(
      (ext.statusBar.tooltip as vscode.MarkdownString).value,
      /Article date 2023-11-03, from the date you set for this article/,
    );
    assert.equal(JSON.parse(await read(workspaceFile('undated-copy.txt.annotations.json'))).articleDate, '2023-11-03');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    editor = await openArticle('undated-copy.txt');
    await eventually(
      () => (ext.annotationsOf(editor.document)?.articleDate === '2023-11-03' ? true : undefined),
      'the date after reopening',
    );
  });
});

describe('correcting facts', () => {
  it('a fact row is corrected (actor, count) or rejected; the correction persists and flows to the panel and the exports', async () => {
    await write(workspaceFile('fact-fix.txt'), await read(workspaceFile(SEED)));
    const editor = await openArticle('fact-fix.txt');
    const ext = await api();
    await vscode.commands.executeCommand('newsAnnotator.changeScope', 'activeFile');
    const belgium = await eventually(
      () => ext.facts.getChildren().find((n) => n.type === 'country' && n.code === 'BE'),
      'Belgium',
    );
    const fact = ext.facts.getChildren(belgium).find((n) => n.type === 'fact')!;
    assert.equal(ext.facts.getTreeItem(fact).contextValue, 'fact', 'its context menu offers Correct Fact…');
    await vscode.commands.executeCommand('newsAnnotator.correctFact', fact, {
      actor: { code: 'LU', name: 'Luxembourg' },
      value: 22,
    });
    const corrected = await eventually(
      () => ext.annotationsOf(editor.document)?.facts.find((f) => f.actor?.code === 'LU'),
      'the corrected fact',
    );
    assert.deepEqual([corrected.action, corrected.count?.value, corrected.corrected], ['remove', 22, true]);
    assert.ok(
      ext.facts.getChildren().some((n) => n.type === 'country' && n.code === 'LU'),
      'the panel follows',
    );
    const sidecar = JSON.parse(await read(workspaceFile('fact-fix.txt.annotations.json')));
    assert.equal(sidecar.facts[0].actor.code, 'LU');
    const target = workspaceFile('fact-fix-export.json');
    await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: target.toString(),
      overwrite: true,
    });
    assert.ok(
      JSON.parse(await read(target)).facts.some(
        (f: { actor: { code: string } | null; count: { value: number } }) =>
          f.actor?.code === 'LU' && f.count.value === 22,
      ),
      'exported as corrected',
    );
    // reject the Irish fact: gone from the facts, its annotations kept
    const ireland = ext.facts.getChildren().find((n) => n.type === 'country' && n.code === 'IE')!;
    await vscode.commands.executeCommand(
      'newsAnnotator.correctFact',
      ext.facts.getChildren(ireland).find((n) => n.type === 'fact'),
      { rejected: true },
    );
    await eventually(
      () => (ext.annotationsOf(editor.document)?.facts.some((f) => f.actor?.code === 'IE') ? undefined : true),
      'the Irish fact rejected',
    );
    assert.ok(ext.annotationsOf(editor.document)!.annotations.some((a) => a.text === 'Ireland'));
    await vscode.commands.executeCommand('newsAnnotator.focusFacts');
    await screenshot('corrected-fact');
  });

  it("facts corrected in one copy come back from its brat and Label Studio exports onto a fresh copy's Facts panel", async () => {
    await write(workspaceFile('facts-source.txt'), await read(workspaceFile(SEED)));
    let editor = await openArticle('facts-source.txt');
    const ext = await api();
    await vscode.commands.executeCommand('newsAnnotator.changeScope', 'activeFile');
    const factOf = (code: string) =>
      eventually(() => {
        const country = ext.facts.getChildren().find((n) => n.type === 'country' && n.code === code);
        return country && ext.facts.getChildren(country).find((n) => n.type === 'fact');
      }, `the fact of ${code}`);
    await vscode.commands.executeCommand('newsAnnotator.correctFact', await factOf('IE'), {
      actor: { code: 'RU', name: 'Russia' },
      target: { code: 'IE', name: 'Ireland' },
    });
    await eventually(
      () => (ext.annotationsOf(editor.document)?.facts.some((f) => f.actor?.code === 'IE') ? undefined : true),
      'the Irish fact corrected',
    );
    await vscode.commands.executeCommand('newsAnnotator.correctFact', await factOf('NL'), { rejected: true });
    const wanted = await eventually(() => {
      const facts = ext.annotationsOf(editor.document)?.facts;
      return facts?.some((f) => f.actor?.code === 'NL') ? undefined : facts;
    }, 'the Dutch fact rejected');
    const essentials = (facts: typeof wanted) =>
      facts.map((f) => [f.actor?.code, f.action, f.count?.value, f.target?.code, !!f.corrected]);
    for (const [format, file] of [
      ['brat', 'facts-source.ann'],
      ['labelstudio', 'facts-source.labelstudio.jsonl'],
    ] as const) {
      editor = await openArticle('facts-source.txt');
      const target = workspaceFile(file);
      await vscode.commands.executeCommand('newsAnnotator.export', {
        format,
        scope: 'active',
        target: target.toString(),
        overwrite: true,
      });
      const copy = `facts-${format}.txt`;
      await write(workspaceFile(copy), await read(workspaceFile(SEED)));
      const fresh = await openArticle(copy);
      const summary = await vscode.commands.executeCommand<ImportSummary>('newsAnnotator.import', target.toString());
      assert.equal(summary.factsCorrected, 2, `${format}: one fact re-partied, one rejected`);
      assert.equal(summary.factsConfirmed, wanted.length - 1, `${format}: the others as the engine states them`);
      const facts = await eventually(() => {
        const now = ext.annotationsOf(fresh.document)?.facts;
        return now?.some((f) => f.actor?.code === 'NL') ? undefined : now;
      }, `${format}: the corrections applied`);
      assert.deepEqual(essentials(facts), essentials(wanted), `${format}: the copy states the facts the source does`);
      const sidecar = JSON.parse(await read(workspaceFile(`${copy}.annotations.json`)));
      assert.equal(sidecar.facts.length, 2, `${format}: kept in the copy's sidecar`);
    }
  });
});
