#!/usr/bin/env node
// Bundles the extension (desktop and web), the CLI and the integration tests with esbuild.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
const integrationTests = readdirSync('test/integration')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `test/integration/${f}`);

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    minify: !watch,
  }),
  // VS Code for the Web: the same extension for a browser worker; src/core and src/extension use no Node built-ins
  build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    minify: !watch,
  }),
  // the Overview webview's script (a page in an iframe: no Node, no vscode module)
  build({
    ...common,
    entryPoints: ['src/webview/overview.ts'],
    outfile: 'dist/webview/overview.js',
    platform: 'browser',
    format: 'iife',
    minify: !watch,
  }),
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // the worker threads of `annotate --jobs N`, beside dist/cli.js
  build({
    ...common,
    entryPoints: ['src/cli/worker.ts'],
    outfile: 'dist/cli-worker.js',
    platform: 'node',
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
  }),
  build({
    ...common,
    entryPoints: integrationTests,
    outdir: 'dist/test/integration',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  }),
  // the suite's web worker pass (VS Code for the Web): mocha's browser build, Node's assert as a package
  build({
    ...common,
    entryPoints: ['test/web/index.ts'],
    outfile: 'dist/test/web/index.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    alias: { 'node:assert/strict': './test/web/assertStrict.ts' },
    define: { 'process.env.NEWS_ANNOTATOR_SCREENSHOT_URL': 'undefined', 'process.env.NODE_DEBUG': 'false' },
  }),
]);
console.log(
  'build: dist/extension.js, dist/web/extension.js, dist/webview/overview.js, dist/cli.js, dist/cli-worker.js, dist/core.js, dist/test/integration/',
);
