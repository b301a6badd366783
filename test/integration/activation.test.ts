import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate } from '../../src/core';
import { COMMANDS } from '../../src/extension/commandIds';
import { api, eventually, hoverText, offsetOf, openArticle, screenshot } from './helpers';

const SEED = 'diplomat-expulsions-2022-03-30.txt';

describe('activation and the first highlights', () => {
  it('activates for the seed article and annotates it', async () => {
    const editor = await openArticle(SEED);
    const ext = await api();
    const result = await eventually(() => ext.annotationsOf(editor.document), 'annotations of the seed');
    assert.equal(result.articleDate, '2022-03-30');
    assert.ok(vscode.extensions.getExtension('news-annotator.news-annotator')?.isActive);
  });

  it("opens a shipped sample as an untitled article, from the welcome view's command", async () => {
    const ext = await api();
    await vscode.commands.executeCommand(COMMANDS.openSample, 'diplomat-expulsions-2022-03-30.txt');
    const editor = await eventually(
      () => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined),
      'the sample in an untitled editor',
    );
    assert.equal(editor.document.languageId, 'news-article');
    const result = await eventually(() => ext.annotationsOf(editor.document), 'annotations of the sample');
    assert.equal(result.articleDate, '2022-03-30'); // read from the sample's first line
    assert.ok(result.facts.some((f) => f.actor?.code === 'NL' && f.count?.value === 17));
    await screenshot('sample-article');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('hovering "Ireland" names the ISO code IE', async () => {
    const editor = await openArticle(SEED);
    await api(); // activated (its hover provider registered), whichever test runs first
    const pos = editor.document.positionAt(offsetOf(editor.document, 'Ireland') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      pos,
    );
    const text = hoverText(hovers);
    assert.match(text, /Ireland \(IE\)/);
    assert.match(text, /Recognized by its name/);
  });

  it('the decoration ranges match the core annotations', async () => {
    const editor = await openArticle(SEED);
    const ext = await api();
    const ranges = await eventually(() => ext.decorationsOf(editor.document.uri), 'decorations of the seed');
    const expected = annotate(editor.document.getText(), { fileName: SEED }).annotations.filter(
      (a) => a.kind === 'country',
    );
    const shown = ranges.country.map((r) => [editor.document.offsetAt(r.start), editor.document.offsetAt(r.end)]);
    assert.deepEqual(
      shown,
      expected.map((a) => [a.start, a.end]),
    );
    assert.ok(shown.length >= 20, `expected the seed's country mentions, got ${shown.length}`);
    editor.selection = new vscode.Selection(
      editor.document.positionAt(offsetOf(editor.document, 'Ireland') + 2),
      editor.document.positionAt(offsetOf(editor.document, 'Ireland') + 2),
    );
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('seed-hover');
  });
});
