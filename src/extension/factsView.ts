import * as vscode from 'vscode';
import {
  compareArticles,
  computeTally,
  countryName,
  flagOf,
  nounLemma,
  type Annotation,
  type Disagreement,
  type Fact,
  type Rule,
  type StatedTotal,
} from '../core';
import type { AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';
import { readWorkspaceArticles } from './workspaceArticles';
import { countWords, describeRule, factLine, kindLabel } from './describe';
import type { SettingsStore } from './settings';
import { notify } from './notify';
import { fileName, type Article } from './articles';
import { COMMANDS } from './commandIds';

export type FactsNode =
  | { type: 'article'; article: Article }
  | { type: 'country'; article: Article; code: string; facts: Fact[]; mentions: Annotation[] }
  | { type: 'fact'; article: Article; fact: Fact; underActor?: boolean; under?: string }
  | { type: 'unattributed'; article: Article; facts: Fact[] }
  | { type: 'rejectedGroup'; article: Article; annotations: Annotation[] }
  | { type: 'rejected'; article: Article; annotation: Annotation }
  | { type: 'rules'; article: Article; rules: Array<{ rule: Rule; scope: 'workspace' | 'article' }> }
  | { type: 'rule'; article: Article; rule: Rule; scope: 'workspace' | 'article' }
  | { type: 'total'; article: Article; total: StatedTotal }
  | { type: 'kind'; article: Article; label: string; annotations: Annotation[] }
  | { type: 'annotation'; article: Article; annotation: Annotation; under?: string }
  | { type: 'note'; label: string; tooltip?: string }
  | { type: 'disagreements'; items: Array<{ d: Disagreement; a: Article; b: Article }> }
  | { type: 'disagreement'; d: Disagreement; a: Article; b: Article };

/**
 * The Facts panel: per article, the acting countries first with their facts and evidence, the
 * stated totals beside the sum of their parts, then the other countries mentioned; or grouped by
 * kind. Scope: the active article, all open articles, or every article in the workspace folders.
 */
export class FactsTreeProvider implements vscode.TreeDataProvider<FactsNode> {
  private readonly changed = new vscode.EventEmitter<FactsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private workspaceArticles: Article[] | undefined;
  private skipped: string[] = [];

  constructor(
    private readonly service: AnnotationService,
    private readonly store: SettingsStore,
    private readonly corrections: CorrectionStore,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The articles in scope, as the panel shows them. */
  articles(): Article[] {
    const scope = this.store.settings['facts.scope'];
    if (scope === 'workspace') return this.workspaceArticles ?? [];
    const docs =
      scope === 'activeFile'
        ? [vscode.window.activeTextEditor?.document].filter((d): d is vscode.TextDocument => !!d)
        : this.service.articles();
    return docs.flatMap((d) => {
      const doc = this.service.get(d);
      return doc ? [{ uri: d.uri, name: fileName(d.uri), doc }] : [];
    });
  }

  factCount(): number {
    return this.articles().reduce((n, a) => n + a.doc.facts.length, 0);
  }

  /** Reads every article in the workspace folders, with progress and cancellation in the panel. */
  async loadWorkspace(): Promise<void> {
    await vscode.window.withProgress(
      { location: { viewId: 'newsAnnotator.facts' }, title: 'News Annotator: reading articles', cancellable: true },
      async (progress, cancel) => {
        const { articles, skipped } = await readWorkspaceArticles(
          this.service,
          this.store,
          this.corrections,
          (name, increment) => progress.report({ message: name, increment }),
          () => cancel.isCancellationRequested,
        );
        this.workspaceArticles = articles;
        this.skipped = skipped;
      },
    );
    this.refresh();
  }

  private readonly parents = new WeakMap<FactsNode, FactsNode>();

  getChildren(node?: FactsNode): FactsNode[] {
    const children = this.childrenOf(node);
    if (node) for (const c of children) this.parents.set(c, node);
    return children;
  }

  private childrenOf(node?: FactsNode): FactsNode[] {
    if (!node) {
      const articles = this.articles();
      const notes: FactsNode[] =
        this.store.settings['facts.scope'] === 'workspace' && this.skipped.length
          ? [{ type: 'note', label: `${this.skipped.length} file(s) not read`, tooltip: this.skipped.join('\n') }]
          : [];
      if (articles.length === 1 && this.store.settings['facts.scope'] === 'activeFile')
        return [...this.groups(articles[0]!), ...notes];
      return [
        ...this.disagreements(articles),
        ...articles.map((article): FactsNode => ({ type: 'article', article })),
        ...notes,
      ];
    }
    switch (node.type) {
      case 'disagreements':
        return node.items.map((i): FactsNode => ({ type: 'disagreement', ...i }));
      case 'disagreement':
        // each side's fact, which reveals its sentence in its article
        return [
          { type: 'fact', article: node.a, fact: node.d.a.fact, under: `disagreement:${node.d.what}:${node.b.uri}` },
          { type: 'fact', article: node.b, fact: node.d.b.fact, under: `disagreement:${node.d.what}:${node.a.uri}` },
        ];
      case 'article':
        return this.groups(node.article);
      case 'country':
        return [
          ...node.facts
            .filter((f) => !f.partOf)
            .map((fact): FactsNode => ({ type: 'fact', article: node.article, fact, underActor: true })),
          ...node.mentions.map((annotation): FactsNode => ({
            type: 'annotation',
            article: node.article,
            annotation,
            under: `country:${node.code}`,
          })),
        ];
      case 'fact':
        return [
          // sub-counts ("including 9 Britons") under the fact they are part of
          ...node.article.doc.facts
            .filter((f) => f.partOf === node.fact.id)
            .map((fact): FactsNode => ({
              type: 'fact',
              article: node.article,
              fact,
              under: `${node.under ?? ''}/${node.fact.id}`,
            })),
          ...this.evidence(node.article, node.fact),
        ];
      case 'rejectedGroup':
        return node.annotations.map((annotation): FactsNode => ({
          type: 'rejected',
          article: node.article,
          annotation,
        }));
      case 'rules':
        return node.rules.map((r): FactsNode => ({ type: 'rule', article: node.article, ...r }));
      case 'unattributed':
        return node.facts.map((fact): FactsNode => ({ type: 'fact', article: node.article, fact, under: 'none' }));
      case 'total':
        return [node.total.fact, ...node.total.parts.map((p) => p.fact)].map((fact): FactsNode => ({
          type: 'fact',
          article: node.article,
          fact,
        }));
      case 'kind':
        return node.annotations.map((annotation): FactsNode => ({
          type: 'annotation',
          article: node.article,
          annotation,
          under: `kind:${node.label}`,
        }));
      default:
        return [];
    }
  }

  private groups(article: Article): FactsNode[] {
    const { doc } = article;
    if (this.store.settings['facts.groupBy'] === 'kind') {
      const of = (pred: (a: Annotation) => boolean) => doc.annotations.filter(pred);
      return [
        { type: 'kind', article, label: 'Countries', annotations: of((a) => a.kind === 'country') },
        { type: 'kind', article, label: 'Counts', annotations: of((a) => a.kind === 'count') },
        { type: 'kind', article, label: 'Deadlines', annotations: of((a) => a.kind === 'time' && !!a.time.deadline) },
      ];
    }
    const tally = computeTally(doc.facts);
    const mentions = new Map<string, Annotation[]>();
    for (const a of doc.annotations) {
      if (a.kind !== 'country') continue;
      const list = mentions.get(a.country.code);
      if (list) list.push(a);
      else mentions.set(a.country.code, [a]);
    }
    const acting = tally.countries.map((c): FactsNode => ({
      type: 'country',
      article,
      code: c.code,
      facts: c.facts,
      mentions: mentions.get(c.code) ?? [],
    }));
    const others = [...mentions.keys()]
      .filter((code) => !tally.countries.some((c) => c.code === code))
      .sort((a, b) => mentions.get(b)!.length - mentions.get(a)!.length)
      .map((code): FactsNode => ({ type: 'country', article, code, facts: [], mentions: mentions.get(code)! }));
    const totals = tally.totals.map((total): FactsNode => ({ type: 'total', article, total }));
    // facts no country performs: agentless passives, groups, companies ("12 miners were arrested")
    const unattributed = doc.facts.filter((f) => !f.actor && !f.total && !f.partOf);
    const rest: FactsNode[] = unattributed.length ? [{ type: 'unattributed', article, facts: unattributed }] : [];
    return [...acting, ...totals, ...rest, ...others, ...this.rejectedNode(article), ...this.rulesNode(article)];
  }

  /** The rules that hold for the article ("Chad" is not a country), to see and remove. */
  private rulesNode(article: Article): FactsNode[] {
    const rules = this.corrections.rulesOf(article.uri);
    return rules.length ? [{ type: 'rules', article, rules }] : [];
  }

  /** What the user rejected in the article, to restore from (only open documents have their corrections loaded). */
  private rejectedNode(article: Article): FactsNode[] {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.uri.toString());
    const annotations = document ? this.corrections.rejected(document) : [];
    return annotations.length ? [{ type: 'rejectedGroup', article, annotations }] : [];
  }

  private evidence(article: Article, fact: Fact): FactsNode[] {
    return fact.evidence.flatMap((id) => {
      const annotation = article.doc.annotations.find((a) => a.id === id);
      return annotation ? [{ type: 'annotation', article, annotation, under: `fact:${fact.id}` } as FactsNode] : [];
    });
  }

  /**
   * Where the articles in scope disagree about one event (core/compare.ts), as the first node: the
   * fact-checker's question when several articles tell one story.
   */
  private disagreements(articles: Article[]): FactsNode[] {
    if (articles.length < 2) return [];
    const byName = new Map(articles.map((a) => [a.uri.toString(), a]));
    const { disagreements } = compareArticles(articles.map((a) => ({ name: a.uri.toString(), doc: a.doc })));
    if (!disagreements.length) return [];
    return [
      {
        type: 'disagreements',
        items: disagreements.map((d) => ({ d, a: byName.get(d.a.article)!, b: byName.get(d.b.article)! })),
      },
    ];
  }

  getTreeItem(node: FactsNode): vscode.TreeItem {
    switch (node.type) {
      case 'disagreements': {
        const item = new vscode.TreeItem('Disagreements', vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.items.length} between articles`;
        item.tooltip =
          'Facts of one event (same acting country, action, target and counted noun) whose counts cannot both hold, or whose due dates differ';
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.id = 'disagreements';
        return item;
      }
      case 'disagreement': {
        const { d, a, b } = node;
        const detail =
          d.what === 'count'
            ? `${countWords(d.a.fact.count!)} in ${a.name}, ${countWords(d.b.fact.count!)} in ${b.name}`
            : `due ${d.a.fact.deadline!.due} in ${a.name}, ${d.b.fact.deadline!.due} in ${b.name}`;
        const item = new vscode.TreeItem(d.group, vscode.TreeItemCollapsibleState.Expanded);
        item.description = detail;
        item.tooltip = `${d.group}: ${detail}`;
        item.iconPath = new vscode.ThemeIcon(d.what === 'count' ? 'symbol-number' : 'clock');
        item.id = `disagreement:${d.what}:${a.uri}#${d.a.fact.id}:${b.uri}#${d.b.fact.id}`;
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(node.article.name, vscode.TreeItemCollapsibleState.Expanded);
        const n = node.article.doc.facts.length;
        item.description = `${n} fact${n === 1 ? '' : 's'} · ${node.article.doc.articleDate ?? 'no date'}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = node.article.uri;
        item.contextValue = 'article';
        return item;
      }
      case 'country': {
        const counted = new Map<string, number>();
        for (const f of node.facts)
          if (f.count?.noun)
            counted.set(nounLemma(f.count.noun), (counted.get(nounLemma(f.count.noun)) ?? 0) + f.count.value);
        const item = new vscode.TreeItem(
          `${flagOf(node.code)} ${countryName(node.code)}`.trim(),
          node.facts.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        const parts = [
          `${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'}`,
          ...[...counted].map(([noun, n]) => `${n} ${n === 1 ? noun : `${noun}s`}`),
        ];
        item.description = parts.join(' · ');
        item.tooltip = `${countryName(node.code)} (${node.code})${node.facts.length ? ` — acts in ${node.facts.length} fact(s)` : ''}`;
        item.contextValue = node.facts.length ? 'country.acting' : 'country';
        item.id = `${node.article.uri}#country:${node.code}`;
        return item;
      }
      case 'fact': {
        const f = node.fact;
        // under a disagreement, each side says which article tells it
        const side = node.under?.startsWith('disagreement:') ? `${node.article.name}: ` : '';
        const item = new vscode.TreeItem(
          `${side}${factLine(f, !node.underActor && !side)}`,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.tooltip = factLine(f);
        item.description =
          [f.deadline?.due ? `due ${f.deadline.due}` : '', f.corrected ? 'corrected by you' : '']
            .filter(Boolean)
            .join(' · ') || undefined;
        item.iconPath = new vscode.ThemeIcon(f.total ? 'symbol-operator' : f.deadline ? 'clock' : 'symbol-event');
        item.contextValue = 'fact';
        item.command = this.revealCommand(node.article, f.sentenceStart, f.sentenceEnd);
        // a fact shows under its actor, under a stated total, as a sub-count: each place needs its own id
        item.id = `${node.article.uri}#fact:${f.id}:${node.under ?? (node.underActor ? 'actor' : 'total')}`;
        return item;
      }
      case 'total': {
        const t = node.total;
        const noun = t.noun ?? 'items';
        const item = new vscode.TreeItem(
          `Stated total: ${countWords(t.fact.count!)}`,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        const partsText = t.parts.map((p) => p.value).join(' + ') || '0';
        const others = t.allPartsSum - t.sameNounSum;
        item.description = `parts ${partsText} = ${t.sameNounSum}${others ? ` (+${others} other, ${t.allPartsSum} in all)` : ''}${t.agrees ? '' : ' — does not add up'}`;
        item.iconPath = new vscode.ThemeIcon(
          t.agrees ? 'pass' : 'warning',
          new vscode.ThemeColor(t.agrees ? 'testing.iconPassed' : 'problemsWarningIcon.foreground'),
        );
        item.tooltip = `The article states ${countWords(t.fact.count!)}; the facts it lists add up to ${t.sameNounSum} ${noun}${others ? ` and ${others} more counted otherwise` : ''}.`;
        item.contextValue = t.agrees ? 'total' : 'total.mismatch';
        item.command = this.revealCommand(node.article, t.fact.sentenceStart, t.fact.sentenceEnd);
        return item;
      }
      case 'rejectedGroup': {
        const item = new vscode.TreeItem('Rejected', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.annotations.length);
        item.tooltip = 'Annotations you rejected: restore one from its context menu or its inline button.';
        item.iconPath = new vscode.ThemeIcon('discard');
        item.id = `${node.article.uri}#rejected`;
        return item;
      }
      case 'rejected': {
        const a = node.annotation;
        const item = new vscode.TreeItem(a.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        item.description = `${kindLabel(a)} · rejected`;
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.contextValue = 'rejected';
        item.command = this.revealCommand(node.article, a.start, a.end);
        item.id = `${node.article.uri}#rejected:${a.id}`;
        return item;
      }
      case 'rules': {
        const item = new vscode.TreeItem('Rules', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.rules.length);
        item.tooltip =
          'Corrections of every occurrence of some words: this article’s (kept in its corrections file) and the workspace’s (.vscode/news-annotator.json). Remove one from its context menu or its inline button.';
        item.iconPath = new vscode.ThemeIcon('law');
        item.id = `${node.article.uri}#rules`;
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(describeRule(node.rule), vscode.TreeItemCollapsibleState.None);
        item.description = node.scope === 'workspace' ? 'every article in the workspace' : 'this article';
        item.tooltip = `${describeRule(node.rule)}: a rule for ${item.description}, kept in ${node.scope === 'workspace' ? '.vscode/news-annotator.json' : 'the article’s corrections file'}. Remove it from its context menu.`;
        item.iconPath = new vscode.ThemeIcon(node.rule.action === 'reject' ? 'circle-slash' : 'tag');
        item.contextValue = 'rule';
        item.id = `${node.article.uri}#rule:${node.scope}:${node.rule.id}`;
        return item;
      }
      case 'unattributed': {
        const item = new vscode.TreeItem('No country acting', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.facts.length} fact${node.facts.length === 1 ? '' : 's'}`;
        item.tooltip =
          'Facts whose actor is not a country: agentless passives ("12 miners were arrested"), groups, companies, people.';
        item.iconPath = new vscode.ThemeIcon('symbol-event');
        item.contextValue = 'unattributed';
        item.id = `${node.article.uri}#unattributed`;
        return item;
      }
      case 'kind': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.annotations.length);
        item.contextValue = 'kind';
        return item;
      }
      case 'annotation': {
        const a = node.annotation;
        const id = `${node.article.uri}#annotation:${a.id}:${node.under ?? ''}`;
        const item = new vscode.TreeItem(a.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        // a mention says where it stands, so that eight "Djibouti" rows can be told apart
        const around = this.snippet(node.article, a);
        item.description =
          a.kind === 'country'
            ? `${a.country.code}${around ? ` · ${around}` : ` · ${a.country.via}`}`
            : a.kind === 'count'
              ? countWords(a.count)
              : a.time.deadline?.due
                ? `due ${a.time.deadline.due}`
                : a.time.value;
        item.tooltip = `${kindLabel(a)} at offset ${a.start}${around ? `: ${around}` : ''}`;
        item.id = id;
        item.iconPath = new vscode.ThemeIcon(
          a.kind === 'country' ? 'globe' : a.kind === 'count' ? 'symbol-number' : 'calendar',
        );
        item.contextValue = 'annotation';
        item.command = this.revealCommand(node.article, a.start, a.end);
        return item;
      }
      default: {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
    }
  }

  private revealCommand(article: Article, start: number, end: number): vscode.Command {
    return { command: COMMANDS.reveal, title: 'Reveal in Article', arguments: [article.uri.toString(), start, end] };
  }

  /** "… expelled 17 diplomats serving the Kremlin. Soon …": the words around an annotation, from its open document. */
  private snippet(article: Article, a: Annotation): string {
    const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.uri.toString())?.getText();
    if (!text) return '';
    const before = text
      .slice(Math.max(0, a.start - 28), a.start)
      .replace(/\s+/g, ' ')
      .replace(/^\S*\s/, '');
    const after = text
      .slice(a.end, a.end + 28)
      .replace(/\s+/g, ' ')
      .replace(/\s\S*$/, '');
    return `…${before}${a.text}${after}…`;
  }

  /** TreeView.reveal walks up through this: every node handed out remembers the node it came from. */
  getParent(node: FactsNode): FactsNode | undefined {
    return this.parents.get(node);
  }

  /** The panel's node of an annotation (as a mention, a member of its kind, or a fact's evidence), for "Show in Facts panel". */
  findAnnotation(uri: string, id: string): FactsNode | undefined {
    const queue = this.getChildren();
    for (let k = 0; k < queue.length && k < 5000; k++) {
      const node = queue[k]!;
      if (node.type === 'annotation' && node.annotation.id === id && node.article.uri.toString() === uri) return node;
      if (node.type !== 'annotation' && node.type !== 'note' && node.type !== 'rejected')
        queue.push(...this.getChildren(node));
    }
    return undefined;
  }
}

export function registerFactsView(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
  corrections: CorrectionStore,
): { provider: FactsTreeProvider; view: vscode.TreeView<FactsNode> } {
  const provider = new FactsTreeProvider(service, store, corrections);
  const view = vscode.window.createTreeView('newsAnnotator.facts', {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  const update = () => {
    provider.refresh();
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.languages', store.settings.languages);
    const n = provider.factCount();
    view.badge = n ? { value: n, tooltip: `${n} fact${n === 1 ? '' : 's'} stated` } : undefined;
    const scope = store.settings['facts.scope'];
    view.description = scope === 'activeFile' ? undefined : scope === 'openFiles' ? 'open articles' : 'workspace';
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.groupBy', store.settings['facts.groupBy']);
  };
  const scanKey = () =>
    JSON.stringify([
      store.settings['facts.scope'],
      store.settings.languages,
      store.settings.include,
      store.settings.maxFileSizeKB,
      store.settings.articleDate,
    ]);
  let lastScan = '';
  const load = () => {
    lastScan = scanKey();
    provider
      .loadWorkspace()
      .catch((e) => notify.error(`could not read the workspace's articles: ${(e as Error).message}`));
  };
  const reveal = async (uri: string, start: number, end: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  context.subscriptions.push(
    view,
    service.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidChange(() => {
      // rescan only when what the scan reads changed, not on every setting
      const key = scanKey();
      if (store.settings['facts.scope'] === 'workspace' && key !== lastScan) load();
      update();
    }),
    vscode.commands.registerCommand(COMMANDS.reveal, reveal),
    vscode.commands.registerCommand(COMMANDS.focusFacts, () =>
      vscode.commands.executeCommand('newsAnnotator.facts.focus'),
    ),
    vscode.commands.registerCommand(COMMANDS.showInFacts, async (uri: string, id: string) => {
      await vscode.commands.executeCommand('newsAnnotator.facts.focus');
      // a view opened just now renders its rows a moment later: reveal waits for it to be visible (at most a second)
      if (!view.visible) {
        await new Promise<void>((resolve) => {
          const done = () => {
            sub.dispose();
            clearTimeout(timer);
            resolve();
          };
          const sub = view.onDidChangeVisibility((e) => e.visible && done());
          const timer = setTimeout(done, 1000);
        });
      }
      // selected and scrolled to, its parents opened, the editor keeping the focus; a panel refreshing
      // meanwhile (a setting just changed, an edit) drops a reveal of its old rows, so it is tried again
      for (let attempt = 0; attempt < 5; attempt++) {
        const node = provider.findAnnotation(uri, id);
        if (!node) return notify.info('this annotation is not in the Facts panel for the current scope.');
        await view.reveal(node, { select: true, focus: false, expand: true });
        if (view.selection.some((s) => s.type === 'annotation' && s.annotation.id === id)) return undefined;
        await new Promise((r) => setTimeout(r, 200));
      }
      return undefined;
    }),
  );
  if (store.settings['facts.scope'] === 'workspace') load();
  update();
  return { provider, view };
}
