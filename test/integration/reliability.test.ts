import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ImportSummary } from '../../src/extension/importCommand';
import { api, eventually, hoverText, offsetOf, openArticle, workspaceFile } from './helpers';

const SEED = 'diplomat-expulsions-2022-03-30.txt';
const seedText = () => readFileSync(workspaceFile(SEED).fsPath, 'utf8');
const copyOfSeed = (name: string) => writeFileSync(workspaceFile(name).fsPath, seedText());
const sidecarOf = (name: string) => workspaceFile(`${name}.annotations.json`).fsPath;
const readSidecar = (name: string) => JSON.parse(readFileSync(sidecarOf(name), 'utf8'));
const TURKEY = { kind: 'country', start: 0, end: 0, text: '', country: { code: 'TR', name: 'Türkiye', via: 'city' } };

async function annotateAs(editor: vscode.TextEditor, needle: string, resolved: object, nth = 0): Promise<void> {
  const at = offsetOf(editor.document, needle, nth);
  editor.selection = new vscode.Selection(
    editor.document.positionAt(at),
    editor.document.positionAt(at + needle.length),
  );
  await vscode.commands.executeCommand(
    'newsAnnotator.annotateSelectionAs',
    (resolved as { kind: string }).kind,
    resolved,
  );
}
const manualTexts = (doc: vscode.TextDocument, ext: Awaited<ReturnType<typeof api>>) =>
  ext
    .annotationsOf(doc)
    ?.annotations.filter((a) => a.source === 'manual')
    .map((a) => a.text);

describe('reliability: no correction is lost, no file turned against the user', () => {
  it('typing in two articles within the save delay saves both, each at its new offsets', async () => {
    copyOfSeed('two-a.txt');
    copyOfSeed('two-b.txt');
    const ext = await api();
    const a = await openArticle('two-a.txt');
    await annotateAs(a, 'Istanbul', TURKEY);
    const b = await openArticle('two-b.txt');
    await annotateAs(b, 'Istanbul', TURKEY);
    // both edited within 500 ms: one shared timer used to cancel the first document's save
    const edit = new vscode.WorkspaceEdit();
    edit.insert(a.document.uri, new vscode.Position(1, 0), 'A.\n\n');
    edit.insert(b.document.uri, new vscode.Position(1, 0), 'BB.\n\n');
    await vscode.workspace.applyEdit(edit);
    await eventually(
      () => (readSidecar('two-a.txt').annotations[0].start === offsetOf(a.document, 'Istanbul') ? true : undefined),
      'the first article saved',
    );
    await eventually(
      () => (readSidecar('two-b.txt').annotations[0].start === offsetOf(b.document, 'Istanbul') ? true : undefined),
      'the second article saved',
    );
    assert.ok(ext.annotationsOf(a.document));
    for (const e of [a, b]) await e.document.save();
  });

  it('a pending save is written when the article closes, and by what deactivate runs', async () => {
    copyOfSeed('close-pending.txt');
    const ext = await api();
    let editor = await openArticle('close-pending.txt');
    await annotateAs(editor, 'Istanbul', TURKEY);
    assert.deepEqual(manualTexts(editor.document, ext), ['Istanbul']);
    assert.equal(readSidecar('close-pending.txt').annotations[0].text, 'Istanbul', 'saved at once');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Closing soon.\n\n'));
    await editor.document.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await eventually(
      () =>
        readSidecar('close-pending.txt').annotations[0].start ===
        seedText().indexOf('Istanbul') + 'Closing soon.\n\n'.length
          ? true
          : undefined,
      'the save on close',
    );
    editor = await openArticle('close-pending.txt');
    await eventually(() => (manualTexts(editor.document, ext)?.length ? true : undefined), 'the correction reloaded');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'X'));
    await ext.flushCorrections(); // deactivate's work, before the 500 ms timer
    assert.equal(readSidecar('close-pending.txt').annotations[0].start, offsetOf(editor.document, 'Istanbul'));
    await editor.document.save();
  });

  it("two windows on one article: the other window's correction is merged in, never erased", async () => {
    copyOfSeed('two-windows.txt');
    const ext = await api();
    const editor = await openArticle('two-windows.txt');
    await annotateAs(editor, 'Istanbul', TURKEY);
    // the other window saves a correction of its own ("m2", after ours)
    const other = readSidecar('two-windows.txt');
    const prague = seedText().indexOf('Prague');
    other.annotations.push({
      id: 'm2',
      kind: 'country',
      start: prague,
      end: prague + 6,
      text: 'Prague',
      source: 'manual',
      country: { code: 'CZ', name: 'Czechia', via: 'capital' },
    });
    other.context.m2 = {
      prefix: seedText().slice(prague - 32, prague),
      suffix: seedText().slice(prague + 6, prague + 38),
    };
    writeFileSync(sidecarOf('two-windows.txt'), JSON.stringify(other, null, 2));
    // at once, before or after the file watcher reports it, this window saves its next correction
    await annotateAs(editor, 'Chernihiv', { ...TURKEY, country: { code: 'UA', name: 'Ukraine', via: 'city' } });
    const saved = readSidecar('two-windows.txt');
    assert.deepEqual(
      saved.annotations.map((a: { text: string }) => a.text).sort(),
      ['Chernihiv', 'Istanbul', 'Prague'],
      'the save re-read and merged',
    );
    assert.equal(new Set(saved.annotations.map((a: { id: string }) => a.id)).size, 3, 'ids unique across writers');
    await eventually(
      () => (manualTexts(editor.document, ext)?.sort().join() === 'Chernihiv,Istanbul,Prague' ? true : undefined),
      'all three shown',
    );
  });

  it('a sidecar path that is a folder or a symbolic link is refused with a message, and never replaced', async () => {
    copyOfSeed('folder-sidecar.txt');
    mkdirSync(sidecarOf('folder-sidecar.txt'), { recursive: true });
    writeFileSync(`${sidecarOf('folder-sidecar.txt')}/keep.txt`, 'mine');
    copyOfSeed('link-sidecar.txt');
    const target = workspaceFile('link-target.json').fsPath;
    writeFileSync(target, 'not ours to replace');
    rmSync(sidecarOf('link-sidecar.txt'), { force: true });
    symlinkSync(target, sidecarOf('link-sidecar.txt'));
    const ext = await api();
    for (const [name, why] of [
      ['folder-sidecar.txt', /is a folder/],
      ['link-sidecar.txt', /is a symbolic link/],
    ] as const) {
      const editor = await openArticle(name);
      assert.match(await eventually(() => ext.correctionProblem(editor.document), `the problem of ${name}`), why);
      await annotateAs(editor, 'Istanbul', TURKEY);
      assert.equal(manualTexts(editor.document, ext)?.length ?? 0, 0, 'no correction pretends to be saved');
    }
    assert.ok(statSync(sidecarOf('folder-sidecar.txt')).isDirectory());
    assert.equal(readFileSync(`${sidecarOf('folder-sidecar.txt')}/keep.txt`, 'utf8'), 'mine');
    assert.equal(readFileSync(target, 'utf8'), 'not ours to replace');
  });

  it('a hostile import: invalid entries are listed by line, the sidecar written stays valid', async () => {
    copyOfSeed('hostile-import.txt');
    const editor = await openArticle('hostile-import.txt');
    const ext = await api();
    await eventually(() => ext.annotationsOf(editor.document), 'annotations');
    const istanbul = seedText().indexOf('Istanbul');
    const ann = workspaceFile('hostile.ann');
    writeFileSync(
      ann.fsPath,
      [
        `T1\tCountry ${istanbul} ${istanbul + 8}\tIstanbul`,
        'N1\tReference T1 ISO3166:TR\tTürkiye',
        `T2\tCountry ${istanbul} ${istanbul + 8}\tIstanbul`,
        'N2\tReference T2 ISO3166:tr\t[x](command:workbench.action.terminal.sendSequence)',
        `T3\tWeapon ${istanbul} ${istanbul + 8}\tIstanbul`,
        `T4\tTime ${istanbul + 8} ${istanbul}\tbackwards`,
      ].join('\n'),
    );
    const result = await vscode.commands.executeCommand<ImportSummary>('newsAnnotator.import', ann.toString());
    assert.equal(result.corrected, 1);
    assert.deepEqual(
      result.rejected.map((r) => r.split(':')[0]),
      ['line 3', 'line 5', 'line 6'],
    );
    await eventually(() => (existsSync(sidecarOf('hostile-import.txt')) ? true : undefined), 'the sidecar');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const reopened = await openArticle('hostile-import.txt');
    await eventually(
      () => (manualTexts(reopened.document, ext)?.join() === 'Istanbul' ? true : undefined),
      'the import reloaded from a valid sidecar',
    );
    assert.equal(ext.correctionProblem(reopened.document), undefined);
  });

  it('sidecar text in a hover cannot form a command link', async () => {
    copyOfSeed('hostile-hover.txt');
    const text = seedText();
    const at = text.indexOf('two weeks');
    const hostile =
      '<command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D> [click](command:newsAnnotator.reject)';
    writeFileSync(
      sidecarOf('hostile-hover.txt'),
      JSON.stringify({
        schema: 'news-annotator/v1',
        offsetUnit: 'utf16',
        kind: 'corrections',
        rejected: [],
        context: {},
        annotations: [
          {
            id: 'm1',
            kind: 'time',
            start: at,
            end: at + 9,
            text: 'two weeks',
            source: 'manual',
            time: {
              type: 'DURATION',
              value: 'P2W',
              deadline: { due: '2022-04-13', anchor: '2022-03-30', cue: hostile, action: hostile },
            },
          },
        ],
      }),
    );
    const editor = await openArticle('hostile-hover.txt');
    const ext = await api();
    await eventually(() => (manualTexts(editor.document, ext)?.length ? true : undefined), 'the sidecar loaded');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(at + 2),
    );
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText(hovers), /cue “<command:workbench/, 'the text reads as written');
    assert.doesNotMatch(markdown, /(^|[^\\])<command:/, 'no autolink');
    assert.doesNotMatch(markdown, /\[click\]\(command:/, 'no link');
    // the only command links are ours, with ids
    for (const m of markdown.matchAll(/\]\((command:[^)]*)\)/g))
      assert.match(m[1]!, /^command:newsAnnotator\.(showInFacts|editValue|relabel|reject|rejectEverywhere)\?/);
  });

  it('an article that once overflowed the engine is annotated, and every other article with it', async () => {
    writeFileSync(workspaceFile('late-late.txt').fsPath, `${'late '.repeat(40_000)}\n\nBelgium expelled 21 diplomats.`);
    const ext = await api();
    const editor = await openArticle('late-late.txt');
    const doc = await eventually(() => ext.annotationsOf(editor.document), 'the hostile article annotated');
    assert.ok(doc.annotations.some((a) => a.text === 'Belgium'));
    assert.equal(ext.stateOf(editor.document)?.kind, 'annotated');
  });
});

describe('reliability: exports', () => {
  it('a workspace export keeps relative paths: two index.md in different folders never overwrite each other; brat pairs X.ann with X.txt beside annotation.conf', async () => {
    for (const folder of ['politics', 'world']) {
      mkdirSync(workspaceFile(folder).fsPath, { recursive: true });
      writeFileSync(
        workspaceFile(`${folder}/index.md`).fsPath,
        `# ${folder}\n\nBelgium expelled ${folder === 'world' ? 21 : 4} Russian diplomats on Tuesday.`,
      );
    }
    const out = workspaceFile('export-folder');
    const written = await vscode.commands.executeCommand<string[]>('newsAnnotator.export', {
      format: 'brat',
      scope: 'workspace',
      target: out.toString(),
      overwrite: true,
    });
    assert.ok(
      written.some((u) => u.endsWith('/export-folder/politics/index.ann')),
      written.join(', '),
    );
    assert.ok(written.some((u) => u.endsWith('/export-folder/world/index.ann')));
    assert.match(
      readFileSync(workspaceFile('export-folder/world/index.ann').fsPath, 'utf8'),
      /Count \d+ \d+\t21 Russian diplomats/,
    );
    assert.match(
      readFileSync(workspaceFile('export-folder/politics/index.ann').fsPath, 'utf8'),
      /Count \d+ \d+\t4 Russian diplomats/,
    );
    assert.ok(existsSync(workspaceFile('export-folder/annotation.conf').fsPath));
    // one article: X.ann beside X.txt, with its annotation.conf
    await openArticle(SEED);
    const single = await vscode.commands.executeCommand<string[]>('newsAnnotator.export', {
      format: 'brat',
      scope: 'active',
      target: workspaceFile('single/diplomat-expulsions-2022-03-30.ann').toString(),
      overwrite: true,
    });
    assert.ok(single.some((u) => u.endsWith('/single/annotation.conf')));
  });
});
