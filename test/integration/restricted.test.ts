import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, eventually, hoverText, offsetOf, openArticle, workspaceFile } from './helpers';

// Run by the integration runner's second pass, with workspace trust on and this folder untrusted.
// The manifest declares "limited" support: reading and showing work, writing files waits for trust.
const SEED = 'diplomat-expulsions-2022-03-30.txt';

describe('Restricted Mode (an untrusted workspace)', () => {
  it('is what this pass runs in', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('highlights, hovers and the Facts panel work', async () => {
    const editor = await openArticle(SEED);
    const ext = await api();
    const doc = await eventually(() => ext.annotationsOf(editor.document), 'annotations');
    assert.equal(doc.annotations.filter((a) => a.kind === 'country').length, 28);
    assert.ok(ext.decorationsOf(editor.document.uri)!.deadline.length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(offsetOf(editor.document, 'two weeks') + 2),
    );
    assert.match(hoverText(hovers), /Due Wednesday 2022-04-13/);
    assert.ok(ext.facts.getChildren().some((n) => n.type === 'country' && n.code === 'BE'));
  });

  it('a correction is kept in memory, and nothing is written beside the article', async () => {
    const editor = await openArticle(SEED);
    const ext = await api();
    await eventually(() => ext.annotationsOf(editor.document), 'annotations');
    const at = offsetOf(editor.document, 'Istanbul');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 8));
    await vscode.commands.executeCommand('newsAnnotator.annotateSelectionAs', 'country', {
      kind: 'country',
      start: 0,
      end: 0,
      text: '',
      country: { code: 'TR', name: 'Türkiye', via: 'city' },
    });
    await eventually(
      () => ext.annotationsOf(editor.document)?.annotations.find((a) => a.source === 'manual'),
      'the correction shown',
    );
    assert.equal(existsSync(workspaceFile(`${SEED}.annotations.json`).fsPath), false);
  });

  it('export and import ask for trust instead of touching files', async () => {
    await openArticle(SEED);
    const target = workspaceFile('restricted-export.json');
    const written = await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: target.toString(),
      overwrite: true,
    });
    assert.equal(written, undefined);
    assert.equal(existsSync(target.fsPath), false);
    writeFileSync(workspaceFile('restricted.ann').fsPath, 'T1\tCountry 0 4\tdate');
    const imported = await vscode.commands.executeCommand(
      'newsAnnotator.import',
      workspaceFile('restricted.ann').toString(),
    );
    assert.equal(imported, undefined);
    assert.equal(readFileSync(workspaceFile(SEED).fsPath, 'utf8').length > 0, true);
  });
});
