// The Overview webview's script: draws what the extension posts (core/overview.ts) as a timeline of
// deadlines and a world map of the countries mentioned. Article text only ever goes in as text
// (textContent, createTextNode, SVG <title>): never as HTML, never into an attribute that runs.
// Every mark that does something is a focusable button (Enter or Space works like a click).
import { geoBounds, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Overview, OverviewCountry, OverviewDeadline } from '../core/overview';
import { ALPHA2_OF_NUMERIC } from './isoNumeric.generated';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const host = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
/** The drawing's width in CSS pixels, so that its text is the page's size: the panel's width, within bounds. */
let WIDTH = 800;
const MAP_RATIO = 0.5;
// Natural Earth's disputed areas without an ISO numeric code
const ALPHA2_OF_NAME: Record<string, string> = { Kosovo: 'XK' };

type Child = Node | string;

function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** A mark the keyboard reaches: focusable, announced as a button, Enter and Space act like a click. */
function actionable<T extends Element>(node: T, label: string, act: () => void): T {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', label);
  node.addEventListener('click', act);
  node.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      act();
    }
  });
  return node;
}

const reveal = (d: OverviewDeadline) => host.postMessage({ type: 'reveal', uri: d.uri, start: d.start, end: d.end });
const mentions = (c: OverviewCountry) => host.postMessage({ type: 'mentions', code: c.code });

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const isoOf = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

function timeline(o: Overview): HTMLElement {
  const section = html('section', { attrs: { 'aria-labelledby': 'timeline-title' } });
  section.append(html('h2', { attrs: { id: 'timeline-title' } }, 'Deadlines'));
  if (!o.deadlines.length) {
    section.append(
      html(
        'p',
        { className: 'empty' },
        o.undated ? `${o.undated} deadline(s) without a due date: set the article date.` : 'No deadlines.',
      ),
    );
    return section;
  }
  const days = o.deadlines.flatMap((d) => [day(d.due), ...(d.articleDate ? [day(d.articleDate)] : [])]);
  const today = day(o.today);
  let first = Math.min(...days),
    last = Math.max(...days);
  // today joins the axis when it is near the story; years away, it is an arrow at the edge instead
  const reach = Math.max(last - first, 14);
  const todayOnAxis = today >= first - reach && today <= last + reach;
  if (todayOnAxis) [first, last] = [Math.min(first, today), Math.max(last, today)];
  const pad = Math.max((last - first) * 0.04, 1);
  [first, last] = [first - pad, last + pad];
  const span = last - first;
  const left = 120,
    right = WIDTH - 20,
    row = 26,
    top = 30;
  const x = (d: number) => left + ((d - first) / span) * (right - left);
  const height = top + o.deadlines.length * row + 10;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'timeline', role: 'group' });
  chart.append(svg('title', {}, 'Deadlines from the article date to the due date'));
  // as many dates on the axis as fit side by side (an ISO date is about 75 px wide)
  const ticks = Math.max(1, Math.min(6, Math.floor((right - left) / 110)));
  for (let k = 0; k <= ticks; k++) {
    const d = first + (span * k) / ticks;
    chart.append(svg('line', { x1: x(d), x2: x(d), y1: top - 8, y2: height, class: 'grid' }));
    const anchor = k === 0 ? 'start' : k === ticks ? 'end' : 'middle';
    chart.append(svg('text', { x: x(d), y: 14, class: 'tick', 'text-anchor': anchor }, isoOf(Math.round(d))));
  }
  if (todayOnAxis) {
    const now = x(today);
    chart.append(svg('line', { x1: now, x2: now, y1: top - 8, y2: height, class: 'today' }));
    chart.append(svg('text', { x: now + 4, y: top - 2, class: 'today-label' }, 'today'));
  } else {
    const later = today > last;
    chart.append(
      svg(
        'text',
        { x: later ? right : left, y: top - 2, class: 'today-label', 'text-anchor': later ? 'end' : 'start' },
        later ? `today ${o.today} →` : `← today ${o.today}`,
      ),
    );
  }
  o.deadlines.forEach((d, k) => {
    const y = top + k * row + row / 2;
    const from = d.articleDate ? x(day(d.articleDate)) : x(day(d.due));
    const to = x(day(d.due));
    const label = `${d.text}: due ${d.due}${d.overdue ? ' (overdue)' : ''} — ${d.article}`;
    const mark = svg(
      'g',
      { class: d.overdue ? 'deadline overdue' : 'deadline' },
      svg('title', {}, `${label}\n${d.sentence}`),
      svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'row-label' }, clipText(d.text, 18)),
      svg('line', { x1: from, x2: to, y1: y, y2: y, class: 'span' }),
      svg('circle', { cx: from, cy: y, r: 3, class: 'from' }),
      svg('circle', { cx: to, cy: y, r: 6, class: 'due' }),
    );
    chart.append(actionable(mark, label, () => reveal(d)));
  });
  section.append(chart);
  const list = html('ol', { className: 'deadline-list' });
  for (const d of o.deadlines) {
    const button = actionable(html('button', {}, d.due), `Reveal “${d.text}” in ${d.article}`, () => reveal(d));
    list.append(
      html(
        'li',
        { className: d.overdue ? 'overdue' : '' },
        button,
        ' ',
        html('strong', {}, d.text),
        html('span', { className: 'muted' }, ` · ${d.article}${d.overdue ? ' · overdue' : ''}`),
        html('div', { className: 'sentence' }, d.sentence),
      ),
    );
  }
  section.append(list);
  if (o.undated)
    section.append(html('p', { className: 'muted' }, `${o.undated} more without a due date (no article date).`));
  return section;
}

function map(o: Overview): HTMLElement {
  const section = html('section', { attrs: { 'aria-labelledby': 'map-title' } });
  section.append(html('h2', { attrs: { id: 'map-title' } }, 'Countries'));
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const land = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const mentionedCodes = new Set(o.countries.map((c) => c.code));
  const codeOf = (f: Feature<Geometry, { name: string }>) =>
    ALPHA2_OF_NUMERIC[String(f.id)] ?? ALPHA2_OF_NAME[f.properties.name];
  const projection = framed(land.features.filter((f) => mentionedCodes.has(codeOf(f) ?? '')));
  const path = geoPath(projection);
  const byCode = new Map(o.countries.map((c) => [c.code, c]));
  const most = Math.max(1, ...o.countries.map((c) => c.mentions));
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${WIDTH * MAP_RATIO}`, class: 'map', role: 'group' });
  chart.append(svg('title', {}, 'Countries mentioned, shaded by mentions; acting countries outlined'));
  chart.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  const drawn = new Set<string>();
  const shapes: SVGElement[] = [];
  for (const f of land.features as Array<Feature<Geometry, { name: string }>>) {
    const code = codeOf(f);
    const c = code ? byCode.get(code) : undefined;
    const shape = svg('path', {
      d: path(f) ?? '',
      class: c ? (c.acting ? 'land mentioned acting' : 'land mentioned') : 'land',
    });
    if (!c) {
      chart.append(shape);
      continue;
    }
    drawn.add(c.code);
    shape.setAttribute('fill-opacity', String(0.25 + (0.75 * Math.log1p(c.mentions)) / Math.log1p(most)));
    const label = `${c.name}: ${c.mentions} mention${c.mentions === 1 ? '' : 's'}${c.acting ? ', acts in a fact' : ''}`;
    shape.append(svg('title', {}, label));
    shapes.push(actionable(shape, label, () => mentions(c)));
  }
  chart.append(...shapes); // mentioned countries on top, so that their outline is whole
  section.append(chart);
  const legend = html(
    'p',
    { className: 'legend muted' },
    'Shaded by mentions; outlined: acts in a fact. Click a country for its mentions.',
  );
  section.append(legend);
  const elsewhere = o.countries.filter((c) => !drawn.has(c.code));
  if (elsewhere.length) {
    const p = html('p', { className: 'muted' }, 'Not on the map at this scale: ');
    elsewhere.forEach((c, k) => {
      if (k) p.append(', ');
      p.append(
        actionable(
          html('button', { className: 'link' }, `${c.name} (${c.mentions})`),
          `${c.name}: ${c.mentions} mentions`,
          () => mentions(c),
        ),
      );
    });
    section.append(p);
  }
  return section;
}

/**
 * The projection framed on the countries mentioned (never closer than a region of about 60° by 35°,
 * so that a small country keeps its neighbours), or on the whole world when there are none or they
 * straddle the antimeridian.
 */
function framed(mentioned: Array<Feature<Geometry, { name: string }>>) {
  const projection = geoNaturalEarth1();
  const extent: [[number, number], [number, number]] = [
    [10, 10],
    [WIDTH - 10, WIDTH * MAP_RATIO - 10],
  ];
  if (!mentioned.length) return projection.fitExtent(extent, { type: 'Sphere' });
  const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features: mentioned });
  if (w > e || e - w > 300) return projection.fitExtent(extent, { type: 'Sphere' });
  const grow = (lo: number, hi: number, least: number, limit: number): [number, number] => {
    const mid = (lo + hi) / 2,
      half = Math.max(hi - lo, least) / 2;
    return [Math.max(mid - half, -limit), Math.min(mid + half, limit)];
  };
  const [west, east] = grow(w, e, 60, 180),
    [south, north] = grow(s, n, 35, 85);
  return projection.fitExtent(extent, {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  });
}

const clipText = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

let shown: Overview | undefined;

function render(o: Overview): void {
  shown = o;
  const root = document.getElementById('root')!;
  WIDTH = Math.max(360, Math.min(1100, root.clientWidth || 800));
  const dated = o.articles.filter((a) => a.date).length;
  root.replaceChildren(
    html(
      'p',
      { className: 'muted' },
      `${o.articles.length} article${o.articles.length === 1 ? '' : 's'} (${dated} dated) · today ${o.today}`,
    ),
    timeline(o),
    map(o),
  );
  // what is on screen, for the integration tests: the text as shown and any element that could run
  host.postMessage({
    type: 'rendered',
    text: root.textContent ?? '',
    titles: Array.from(root.querySelectorAll('title')).map((t) => t.textContent ?? ''),
    scripts: root.querySelectorAll('script').length,
    images: document.querySelectorAll('img, iframe, object, embed').length,
    handlers: Array.from(document.querySelectorAll('*')).filter((e) =>
      Array.from(e.attributes).some((a) => a.name.startsWith('on')),
    ).length,
    injected: (window as unknown as { __newsAnnotatorXss?: unknown }).__newsAnnotatorXss !== undefined,
  });
}

let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => shown && render(shown), 150);
});
window.addEventListener('message', (e: MessageEvent) => {
  if (e.data?.type === 'overview') render(e.data.overview as Overview);
});
host.postMessage({ type: 'ready' });
