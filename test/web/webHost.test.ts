// The packaged extension in VS Code for the Web's web worker extension host (code-server forced to it
// by the user setting remote.extensionKind): highlights, hovers, the Facts panel, corrections in
// memory, the Overview and an export to an untitled editor, as in the Node host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, eventually, hoverText, offsetOf, openArticle, screenshot } from '../integration/helpers';

const SEED = 'diplomat-expulsions-2022-03-30.txt';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('VS Code for the Web: the web worker extension host', () => {
  it('runs in a web worker, without Node', async () => {
    const scope = globalThis as {
      importScripts?: unknown;
      navigator?: unknown;
      process?: { versions?: { node?: string } };
    };
    const worker = typeof scope.importScripts === 'function' && scope.navigator !== undefined;
    const node = typeof scope.process?.versions?.node === 'string';
    console.log(
      `[integration] extension host: ${worker ? 'web worker' : 'not a web worker'}${node ? ', with Node' : ', no Node'}`,
    );
    assert.ok(worker, 'a web worker: importScripts and navigator');
    assert.ok(!node, 'no Node.js in this host');
    const ext = vscode.extensions.getExtension('news-annotator.news-annotator');
    assert.ok(ext, 'the extension is in this host');
    await ext.activate();
    assert.ok(ext.isActive);
  });

  it('highlights and hovers the seed as in the Node host', async () => {
    const editor = await openArticle(SEED);
    const ext = await api();
    const doc = await eventually(() => ext.annotationsOf(editor.document), 'the seed annotated');
    const countries = doc.annotations.flatMap((a) => (a.kind === 'country' ? [a.country.code] : []));
    for (const code of ['BE', 'NL', 'CZ', 'IE', 'RU']) assert.ok(countries.includes(code), code);
    assert.equal(doc.articleDate, '2022-03-30');
    const ranges = await eventually(() => {
      const r = ext.decorationsOf(editor.document.uri);
      return r && r.deadline.length ? r : undefined;
    }, 'the highlights');
    assert.equal(
      ranges.country.length,
      doc.annotations.filter((a) => a.kind === 'country').length,
      'every country highlighted',
    );
    const pos = editor.document.positionAt(offsetOf(editor.document, '72 hours to leave the country. Ireland') + 1);
    const hover = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos),
    );
    assert.match(hover, /Due Saturday 2022-04-02/);
    // what the user sees: the seed highlighted with its facts, and Running Extensions naming the host
    await vscode.commands.executeCommand('newsAnnotator.focusFacts');
    await screenshot('web-worker-host');
    await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
    await new Promise((r) => setTimeout(r, 3000)); // the list fills in once the hosts answer
    await screenshot('web-worker-running-extensions');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the Facts panel shows Belgium with 21 diplomats due 2022-04-13', async () => {
    await openArticle(SEED);
    const ext = await api();
    const belgium = await eventually(
      () => ext.facts.getChildren().find((n) => n.type === 'country' && n.code === 'BE'),
      'the Belgium node',
    );
    const fact = ext.facts.getChildren(belgium).find((n) => n.type === 'fact')!;
    assert.equal(label(ext.facts.getTreeItem(fact)), 'remove 21 diplomats — two weeks, due 2022-04-13');
  });

  it('a correction on an untitled article is kept in memory and applied', async () => {
    const document = await vscode.workspace.openTextDocument({
      content: 'date 2022-03-30\n\nChad said Belgium expelled 3 diplomats.\n',
      language: 'plaintext',
    });
    await vscode.window.showTextDocument(document);
    const ext = await api();
    const chad = await eventually(
      () => ext.annotationsOf(document)?.annotations.find((a) => a.text === 'Chad'),
      'Chad read as a country',
    );
    await vscode.commands.executeCommand('newsAnnotator.reject', document.uri.toString(), chad.id);
    await eventually(
      () => (ext.annotationsOf(document)?.annotations.some((a) => a.text === 'Chad') ? undefined : true),
      'Chad rejected',
    );
    assert.ok(ext.annotationsOf(document)!.annotations.some((a) => a.text === 'Belgium'));
  });

  it('the Overview draws the deadlines and countries', async () => {
    await openArticle(SEED);
    const ext = await api();
    await vscode.commands.executeCommand('newsAnnotator.showOverview');
    const report = await eventually(() => {
      const r = ext.overview.report();
      return r?.text.includes('two weeks') ? r : undefined;
    }, 'the Overview drawn');
    assert.match(report.text, /2022-04-13/);
    assert.ok(report.titles.some((t) => t.startsWith('Belgium:')));
  });

  it('exports the seed to an untitled editor', async () => {
    await openArticle(SEED);
    const [uri] = await vscode.commands.executeCommand<string[]>('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: 'untitled',
    });
    const exported = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(exported && exported.isUntitled);
    const json = JSON.parse(exported.getText());
    assert.equal(json.schema, 'news-annotator/v1');
    assert.ok(json.facts.length >= 5);
  });
});
