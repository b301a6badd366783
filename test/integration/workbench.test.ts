import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactsNode } from '../../src/extension/factsView';
import { api, eventually, openArticle, screenshot, workspaceFile } from './helpers';

const config = () => vscode.workspace.getConfiguration('newsAnnotator');
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

// Two articles about one story that disagree: the Facts panel's Disagreements node, and a diagnostic
// on each side pointing at the other's sentence.
describe('the workbench: facts compared across articles', () => {
  afterEach(async () => {
    await config().update('facts.scope', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows where two open articles disagree, first in the panel and as a diagnostic on each fact', async () => {
    const ext = await api();
    const write = (name: string, text: string) =>
      vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(text));
    await write(
      'story-a.txt',
      'date 2022-03-30\n\nBelgium expelled 21 Russian diplomats and gave them two weeks to leave.',
    );
    await write(
      'story-b.txt',
      'date 2022-03-30\n\nBelgium expelled 20 Russian diplomats and gave them two weeks to leave.',
    );
    const a = await openArticle('story-a.txt');
    const b = await openArticle('story-b.txt');
    await config().update('facts.scope', 'openFiles', vscode.ConfigurationTarget.Global);
    const root = await eventually(() => {
      const nodes = ext.facts.getChildren();
      return nodes[0]?.type === 'disagreements' ? nodes : undefined;
    }, 'the Disagreements node first in the panel');
    const group = root[0]!;
    assert.equal(label(ext.facts.getTreeItem(group)), 'Disagreements');
    // (articles other tests of the suite left open may disagree among themselves too)
    const item = ext.facts
      .getChildren(group)
      .find((n) => String(ext.facts.getTreeItem(n).description).includes('story-a.txt'));
    assert.ok(item, 'a disagreement between story-a.txt and story-b.txt');
    const tree = ext.facts.getTreeItem(item);
    assert.equal(label(tree), 'Belgium expel diplomats (Russia)');
    assert.equal(tree.description, '21 diplomats in story-a.txt, 20 diplomats in story-b.txt');
    // each child is one side's fact, which reveals its sentence in its own article
    const sides = ext.facts.getChildren(item) as Array<Extract<FactsNode, { type: 'fact' }>>;
    assert.deepEqual(
      sides.map((s) => [s.article.name, s.fact.count?.value]),
      [
        ['story-a.txt', 21],
        ['story-b.txt', 20],
      ],
    );
    assert.equal(
      label(ext.facts.getTreeItem(sides[1]!)),
      'story-b.txt: expel 20 diplomats (Russia) — two weeks, due 2022-04-13',
    );
    const reveal = ext.facts.getTreeItem(sides[1]!).command!;
    await vscode.commands.executeCommand(reveal.command, ...(reveal.arguments ?? []));
    await eventually(
      () =>
        vscode.window.activeTextEditor?.document.uri.toString() === b.document.uri.toString() &&
        vscode.window.activeTextEditor.document
          .getText(vscode.window.activeTextEditor.selection)
          .startsWith('Belgium expelled 20')
          ? true
          : undefined,
      "the other article's sentence revealed",
    );
    await ext.factsView.reveal(item, { expand: true });
    await screenshot('disagreements');
    // the diagnostic on each side names the other article and points at its sentence
    const onA = await eventually(
      () =>
        vscode.languages
          .getDiagnostics(a.document.uri)
          .find((d) => d.code === 'count-disagrees' && d.message.includes('story-b.txt')),
      'the diagnostic on story-a.txt',
    );
    assert.equal(onA.message, 'Belgium expel diplomats (Russia): 21 diplomats here, 20 diplomats in story-b.txt.');
    assert.equal(onA.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(a.document.getText(onA.range), '21 Russian diplomats');
    const related = onA.relatedInformation![0]!;
    assert.equal(related.location.uri.toString(), b.document.uri.toString());
    assert.equal(
      b.document.getText(related.location.range),
      'Belgium expelled 20 Russian diplomats and gave them two weeks to leave.',
    );
    // the same due date is no disagreement; the setting turns the findings off
    assert.equal(vscode.languages.getDiagnostics(a.document.uri).filter((d) => d.code === 'due-disagrees').length, 0);
    await config().update('diagnostics.disagreements', false, vscode.ConfigurationTarget.Global);
    try {
      await eventually(
        () =>
          vscode.languages.getDiagnostics(a.document.uri).some((d) => d.code === 'count-disagrees') ? undefined : true,
        'the findings gone with the setting off',
      );
    } finally {
      await config().update('diagnostics.disagreements', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
