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

// One correction for every occurrence: a rule kept for the workspace (.vscode/news-annotator.json) or
// for one article (its sidecar), applied on every article it covers, listed and removable in the panel.
describe('the workbench: rules', () => {
  const write = (name: string, text: string) =>
    vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(text));
  const countries = (ext: Awaited<ReturnType<typeof api>>, d: vscode.TextDocument) =>
    (ext.annotationsOf(d)?.annotations ?? []).filter((a) => a.kind === 'country');
  afterEach(async () => {
    await config().update('facts.scope', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('"Reject Everywhere" removes every "Chad" in two articles, survives an edit made outside VS Code, and is removed from the panel', async () => {
    const ext = await api();
    await write('chad-a.txt', 'date 2022-03-30\n\nChad said on Monday that the ministry would not comment.\n');
    await write('chad-b.txt', 'date 2022-03-30\n\nAsked again, Chad said nothing. Belgium expelled 3 diplomats.\n');
    const b = await openArticle('chad-b.txt');
    const a = await openArticle('chad-a.txt');
    const chad = await eventually(
      () => countries(ext, a.document).find((c) => c.text === 'Chad'),
      'the engine reads the name as the country',
    );
    assert.ok(countries(ext, b.document).some((c) => c.text === 'Chad'));
    await vscode.commands.executeCommand(
      'newsAnnotator.rejectEverywhere',
      a.document.uri.toString(),
      chad.id,
      'workspace',
    );
    await eventually(
      () => (countries(ext, a.document).some((c) => c.text === 'Chad') ? undefined : true),
      'no Chad in the first article',
    );
    await eventually(
      () => (countries(ext, b.document).some((c) => c.text === 'Chad') ? undefined : true),
      'no Chad in the second article either',
    );
    assert.deepEqual(
      countries(ext, b.document).map((c) => c.text),
      ['Belgium'],
      'other countries stay',
    );
    const file = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('.vscode/news-annotator.json'))),
    );
    assert.deepEqual(
      file.rules.map((r: { text: string; action: string; category: string }) => [r.text, r.action, r.category]),
      [['Chad', 'reject', 'country']],
    );
    // an edit made outside VS Code, on a closed article: the rule holds on words, not offsets
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await write(
      'chad-b.txt',
      'date 2022-03-30\n\nA new first line.\n\nChad and Chad again. Belgium expelled 3 diplomats.\n',
    );
    const edited = await openArticle('chad-b.txt');
    await eventually(
      () =>
        countries(ext, edited.document)
          .map((c) => c.text)
          .join() === 'Belgium'
          ? true
          : undefined,
      'the rule holds after the edit',
    );
    // listed in the Facts panel, and removed from there
    await config().update('facts.scope', 'activeFile', vscode.ConfigurationTarget.Global);
    const rulesNode = await eventually(() => ext.facts.getChildren().find((n) => n.type === 'rules'), 'the Rules node');
    const [rule] = ext.facts.getChildren(rulesNode);
    assert.equal(label(ext.facts.getTreeItem(rule!)), '“Chad” is not a country');
    assert.equal(ext.facts.getTreeItem(rule!).description, 'every article in the workspace');
    assert.equal(ext.facts.getTreeItem(rule!).contextValue, 'rule', 'its context menu offers Remove Rule');
    await vscode.commands.executeCommand('newsAnnotator.focusFacts');
    await ext.factsView.reveal(rulesNode!, { expand: true });
    await screenshot('rules');
    await vscode.commands.executeCommand('newsAnnotator.removeRule', rule);
    await eventually(
      () => (countries(ext, edited.document).filter((c) => c.text === 'Chad').length === 2 ? true : undefined),
      'both Chads back once the rule is removed',
    );
  });

  it('"Annotate All Occurrences As…" annotates every occurrence in the article, kept in its sidecar and exported as manual', async () => {
    const ext = await api();
    await write('formosa.txt', 'date 2022-03-30\n\nFormosa protested. Later, officials in Formosa said more.\n');
    const editor = await openArticle('formosa.txt');
    await eventually(() => ext.annotationsOf(editor.document), 'annotated');
    assert.ok(!countries(ext, editor.document).some((c) => c.text === 'Formosa'), 'the engine does not know the name');
    const start = editor.document.getText().indexOf('Formosa');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 7));
    await vscode.commands.executeCommand(
      'newsAnnotator.annotateAllOccurrences',
      'country',
      { kind: 'country', country: { code: 'TW', name: 'Taiwan', via: 'alias' } },
      'article',
    );
    const made = await eventually(() => {
      const list = countries(ext, editor.document).filter((c) => c.text === 'Formosa');
      return list.length === 2 ? list : undefined;
    }, 'both occurrences annotated');
    assert.ok(made.every((c) => c.source === 'manual' && c.kind === 'country' && c.country.code === 'TW'));
    const sidecar = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('formosa.txt.annotations.json'))),
    );
    assert.deepEqual(
      sidecar.rules.map((r: { text: string; action: string }) => [r.text, r.action]),
      [['Formosa', 'annotate']],
    );
    const target = workspaceFile('formosa-export.json');
    await vscode.commands.executeCommand('newsAnnotator.export', {
      format: 'json',
      scope: 'active',
      target: target.toString(),
      overwrite: true,
    });
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.deepEqual(
      exported.annotations
        .filter((x: { text: string }) => x.text === 'Formosa')
        .map((x: { source: string; country: { code: string } }) => [x.source, x.country.code]),
      [
        ['manual', 'TW'],
        ['manual', 'TW'],
      ],
    );
  });
});

// The Overview webview: a timeline of deadlines and a world map; article text only ever as text.
describe('the workbench: overview', () => {
  const XSS_ARTICLE = [
    'date 2022-03-30',
    '',
    'Belgium expelled 21 diplomats <img src=x onerror="window.__newsAnnotatorXss=1"> and gave them two weeks to leave </script><script>window.__newsAnnotatorXss=2</script> the country.',
    '',
    "Russia must answer within 72 hours, said [a link](javascript:window.__newsAnnotatorXss=3) and {{constructor.constructor('window.__newsAnnotatorXss=4')()}}.",
    '',
  ].join('\n');
  afterEach(async () => {
    await config().update('facts.scope', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace
      .getConfiguration('workbench')
      .update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('pictures the deadlines and countries of an article full of XSS payloads: no script runs, the text shows literally', async () => {
    const ext = await api();
    await vscode.workspace.fs.writeFile(workspaceFile('overview-xss.txt'), new TextEncoder().encode(XSS_ARTICLE));
    const editor = await openArticle('overview-xss.txt');
    await eventually(() => ext.annotationsOf(editor.document), 'annotated');
    await config().update('facts.scope', 'activeFile', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('newsAnnotator.showOverview');
    const report = await eventually(() => {
      const r = ext.overview.report();
      return r?.text.includes('two weeks') ? r : undefined;
    }, 'the Overview drawn');
    assert.equal(ext.overview.panel()?.title, 'News Annotator: Overview');
    // the timeline: both deadlines with their due dates, each sentence quoted as written
    assert.match(report.text, /2022-04-02.*72 hours/s);
    assert.match(report.text, /2022-04-13.*two weeks/s);
    for (const payload of [
      '<img src=x onerror="window.__newsAnnotatorXss=1">',
      '</script><script>window.__newsAnnotatorXss=2</script>',
      '[a link](javascript:window.__newsAnnotatorXss=3)',
      "{{constructor.constructor('window.__newsAnnotatorXss=4')()}}",
    ])
      assert.ok(report.text.includes(payload), `shown as text: ${payload}`);
    // the map: each country named with its mentions, the acting one said so
    assert.ok(report.titles.includes('Belgium: 1 mention, acts in a fact'), report.titles.join(' | '));
    assert.ok(report.titles.includes('Russia: 1 mention, acts in a fact'), 'Russia must answer: a deadline fact');
    // nothing from the article became an element that runs
    assert.equal(report.scripts, 0, 'no <script> among what was drawn');
    assert.equal(report.images, 0, 'no <img>, <iframe>, <object> or <embed>');
    assert.equal(report.handlers, 0, 'no on… attribute anywhere');
    assert.equal(report.injected, false, 'no payload ran');
    for (const [theme, name] of [
      ['Default Dark Modern', 'overview-dark'],
      ['Default Light Modern', 'overview-light'],
    ]) {
      await vscode.workspace
        .getConfiguration('workbench')
        .update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 1500)); // the theme reaches the webview's CSS variables
      await screenshot(name!);
    }
  });
});
