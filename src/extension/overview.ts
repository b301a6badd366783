import * as vscode from 'vscode';
import { overviewOf, type Overview } from '../core';
import type { AnnotationService } from './annotationService';
import { COMMANDS } from './commandIds';
import type { FactsTreeProvider } from './factsView';
import { notify } from './notify';

// News Annotator: Overview — a webview picturing the articles of the Facts panel's scope: a timeline
// of deadlines and a world map of the countries mentioned (drawn by src/webview/overview.ts). The
// page allows only its own script, by nonce, and its own styles; nothing is loaded from the network,
// and the article's text reaches it as data in a message, which the script sets as text only.

/** What the page last said it shows (for tests; see src/webview/overview.ts). */
export interface OverviewReport {
  text: string;
  titles: string[];
  /** <script> elements among what was drawn (the page's own and VS Code's are outside it) */
  scripts: number;
  images: number;
  handlers: number;
  injected: boolean;
}

export interface OverviewHandle {
  panel(): vscode.WebviewPanel | undefined;
  report(): OverviewReport | undefined;
}

export function registerOverview(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  facts: FactsTreeProvider,
): OverviewHandle {
  let panel: vscode.WebviewPanel | undefined;
  let report: OverviewReport | undefined;
  let current: Overview | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const post = () => {
    if (!panel) return;
    current = overviewOf(articlesInScope(facts), localToday());
    void panel.webview.postMessage({ type: 'overview', overview: current });
  };
  // follows edits, corrections and the scope, at most every 300 ms
  const schedule = () => {
    clearTimeout(timer);
    if (panel?.visible) timer = setTimeout(post, 300);
  };
  const open = () => {
    if (panel) return panel.reveal(undefined, true);
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel = vscode.window.createWebviewPanel(
      'newsAnnotator.overview',
      'News Annotator: Overview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [root] },
    );
    panel.webview.html = page(panel.webview, root);
    panel.webview.onDidReceiveMessage((m: { type: string } & Record<string, unknown>) => {
      if (m.type === 'ready') post();
      else if (m.type === 'rendered') report = m as unknown as OverviewReport;
      else if (m.type === 'reveal') void reveal(String(m.uri), Number(m.start), Number(m.end));
      else if (m.type === 'mentions') void showMentions(facts, String(m.code));
    });
    panel.onDidChangeViewState(() => panel?.visible && schedule());
    panel.onDidDispose(() => {
      panel = undefined;
      report = undefined;
      clearTimeout(timer);
    });
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showOverview, open),
    service.onDidChange(schedule),
    facts.onDidChangeTreeData(schedule),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    { dispose: () => clearTimeout(timer) },
  );
  return { panel: () => panel, report: () => report };
}

/** The articles of the Facts panel's scope, each with its text (the overview quotes sentences). */
function articlesInScope(facts: FactsTreeProvider) {
  return facts.articles().flatMap((a) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === a.uri.toString());
    const text = open?.getText() ?? ('text' in a && typeof a.text === 'string' ? a.text : undefined);
    return text === undefined ? [] : [{ name: a.name, uri: a.uri.toString(), text, doc: a.doc }];
  });
}

/** Today in the user's time zone, as the due dates are written. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function reveal(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A country's mentions across the articles in scope, each with its words around it; the chosen one is revealed. */
async function showMentions(facts: FactsTreeProvider, code: string): Promise<void> {
  const items = articlesInScope(facts).flatMap((a) =>
    a.doc.annotations
      .filter((m) => m.kind === 'country' && m.country.code === code)
      .map((m) => ({
        label: m.text.replace(/\s+/g, ' '),
        description: a.name,
        detail: a.text
          .slice(Math.max(0, m.start - 60), m.end + 60)
          .replace(/\s+/g, ' ')
          .trim(),
        uri: a.uri,
        start: m.start,
        end: m.end,
      })),
  );
  if (!items.length) return void notify.info('no mention of that country in the articles in scope.');
  const pick = await vscode.window.showQuickPick(items, { title: `Mentions (${items.length})`, matchOnDetail: true });
  if (pick) await reveal(pick.uri, pick.start, pick.end);
}

function page(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = nonceOf();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'overview.js'));
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>News Annotator: Overview</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root"><p>Loading…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function nonceOf(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Theme colours only (VS Code's CSS variables, and the extension's own contributed colours), so
// that light, dark and high-contrast themes all read.
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h2 { font-size: 1.1em; margin: 18px 0 6px; }
svg { width: 100%; height: auto; display: block; }
.muted { color: var(--vscode-descriptionForeground); }
.tick, .row-label, .today-label { fill: var(--vscode-foreground); font-size: 12px; }
.grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-width: 0.5; }
.today { stroke: var(--vscode-charts-green); stroke-width: 1.5; stroke-dasharray: 4 3; }
.today-label { fill: var(--vscode-charts-green); }
.deadline .span { stroke: var(--vscode-newsAnnotator-deadlineBorder, var(--vscode-charts-orange)); stroke-width: 3; }
.deadline .due { fill: var(--vscode-newsAnnotator-deadlineBorder, var(--vscode-charts-orange)); }
.deadline .from { fill: var(--vscode-descriptionForeground); }
.deadline.overdue .span, .deadline.overdue .due { stroke: var(--vscode-errorForeground); fill: var(--vscode-errorForeground); }
li.overdue strong { color: var(--vscode-errorForeground); }
[role=button] { cursor: pointer; }
[role=button]:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
.sphere { fill: var(--vscode-editorWidget-background, transparent); stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
.land { fill: var(--vscode-disabledForeground); fill-opacity: 0.25; stroke: var(--vscode-editor-background); stroke-width: 0.4; }
.land.mentioned { fill: var(--vscode-charts-blue); }
.land.acting { stroke: var(--vscode-charts-orange); stroke-width: 1.6; }
.land.mentioned:hover, .land.mentioned:focus { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.deadline-list { padding-left: 1.2em; }
.deadline-list li { margin: 4px 0; }
.sentence { color: var(--vscode-descriptionForeground); margin-left: 0.2em; }
button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 1px 6px; border-radius: 2px; }
button.link { color: var(--vscode-textLink-foreground); background: none; padding: 0; }
`;
