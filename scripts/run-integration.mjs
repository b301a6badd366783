#!/usr/bin/env node
// Runs test/integration (bundled to dist/test/integration) inside a real VS Code extension host.
//  - NEWS_ANNOTATOR_TEST_HOST=desktop: desktop VS Code through @vscode/test-electron (downloads VS Code;
//    for a developer's machine or public CI).
//  - otherwise (the default, and the only choice offline): code-server 4.100.3, VS Code's own server
//    and web workbench, opened in Debian's Chromium through playwright-core. The workbench reports
//    the suite's result through window.codeAutomationExit and its log through window.codeAutomationLog.
// Screenshots: tests call NEWS_ANNOTATOR_SCREENSHOT_URL?name=…, and this runner saves the page as
// test-output/screenshots/<name>.png.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { codeServerArgs, HOST_DIR, installHost, NO_GALLERY, workbenchUrl } from './install-host.mjs';

const ROOT = resolve('.');
const TESTS = join(ROOT, 'dist/test/integration/index.js');
// the web worker pass's suite (test/web), bundled for a browser worker
const WEB_TESTS = join(ROOT, 'dist/test/web/index.js');
const WORKSPACE = join(ROOT, '.vscode-test/workspace');
const SHOTS = join(ROOT, 'test-output/screenshots');
const TIMEOUT_MS = 15 * 60 * 1000;
// a quiet workbench, as a user who has dismissed the welcome pages sees it
export const TEST_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'editor.wordWrap': 'on',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

function freshWorkspace() {
  rmSync(WORKSPACE, { recursive: true, force: true });
  mkdirSync(WORKSPACE, { recursive: true });
  cpSync(join(ROOT, 'seeds'), WORKSPACE, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
}

async function runDesktop() {
  const { runTests } = await import('@vscode/test-electron');
  console.log('[integration] host: desktop VS Code via @vscode/test-electron');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS,
      launchArgs: [WORKSPACE, '--disable-extensions', '--disable-workspace-trust'],
    });
    return 0;
  } catch (e) {
    console.error(`[integration] failed: ${e.message ?? e}`);
    return 1;
  }
}

const freePort = () =>
  new Promise((res, rej) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

// restricted: a second pass with workspace trust on and the folder untrusted (Restricted Mode), which
// runs only test/integration/restricted.test.ts
// webWorker: a third pass with the extension forced into the web worker extension host (VS Code for
// the Web) by the user setting remote.extensionKind, which runs test/web
async function runWeb({ restricted = false, webWorker = false } = {}) {
  installHost();
  const { chromium } = await import('playwright-core');
  const version = readFileSync(join(HOST_DIR, '.installed'), 'utf8').trim();
  console.log(`[integration] host: code-server ${version} (VS Code web workbench in Debian Chromium)`);
  const port = await freePort();
  let page;
  const shotServer = createServer(async (req, res) => {
    const name = (new URL(req.url, 'http://x').searchParams.get('name') ?? 'shot').replace(/[^\w.-]/g, '_');
    try {
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
      console.log(`[integration] screenshot: test-output/screenshots/${name}.png`);
      res.end('ok');
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  await new Promise((r) => shotServer.listen(0, '127.0.0.1', r));
  const userData = join(ROOT, '.vscode-test/user-data');
  rmSync(userData, { recursive: true, force: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  const trust = restricted
    ? {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
      }
    : {};
  const kind = webWorker ? { 'remote.extensionKind': { 'news-annotator.news-annotator': ['web'] } } : {};
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({ ...TEST_USER_SETTINGS, ...trust, ...kind }, null, 2),
  );
  if (restricted) console.log('[integration] second pass: the same host in Restricted Mode (an untrusted workspace)');
  if (webWorker)
    console.log('[integration] third pass: the extension in the web worker extension host (VS Code for the Web)');
  const server = spawn(
    process.execPath,
    codeServerArgs({
      host: `127.0.0.1:${port}`,
      userData,
      trust: restricted,
      extra: ['--disable-getting-started-override'],
    }),
    {
      env: {
        ...process.env,
        NEWS_ANNOTATOR_SCREENSHOT_URL: `http://127.0.0.1:${shotServer.address().port}/`,
        NEWS_ANNOTATOR_TEST: '1',
        NEWS_ANNOTATOR_SUITE: restricted ? 'restricted' : 'main',
        ...NO_GALLERY,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const serverLog = [];
  server.stdout.on('data', (d) => serverLog.push(String(d)));
  server.stderr.on('data', (d) => serverLog.push(String(d)));
  let browser;
  try {
    await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish;
    const finished = new Promise((r) => {
      finish = r;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (type === 'error') console.error(line);
      else console.log(line);
      // the web worker host has no environment to find the screenshot service in: it asks in the log
      const asked = /\[integration\] screenshot request: ([\w.-]+)/.exec(line)?.[1];
      if (asked) void fetch(`http://127.0.0.1:${shotServer.address().port}/?name=${asked}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.goto(workbenchUrl(`127.0.0.1:${port}`, WORKSPACE, ROOT, webWorker ? WEB_TESTS : TESTS));
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    const code = await finished;
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`[integration] the suite did not finish within ${TIMEOUT_MS / 60000} minutes`);
      await page.screenshot({ path: join(SHOTS, 'timeout.png') }).catch(() => {});
      return 1;
    }
    console.log(`[integration] extension host exited with ${code}`);
    return Number(code) === 0 ? 0 : 1;
  } catch (e) {
    console.error(`[integration] ${e.message ?? e}\n${serverLog.join('').slice(-4000)}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    server.kill();
    shotServer.close();
  }
}

if (!existsSync(TESTS)) {
  console.error('[integration] dist/test/integration/index.js is missing: run `npm run build` first');
  process.exit(1);
}
freshWorkspace();
const mode = process.env.NEWS_ANNOTATOR_TEST_HOST === 'desktop' ? 'desktop' : 'web';
if (mode === 'desktop') process.exit(await runDesktop());
// NEWS_ANNOTATOR_TEST_PASS=main|restricted|webworker runs one pass only (for working on one)
const only = process.env.NEWS_ANNOTATOR_TEST_PASS;
const passes = [
  ['main', {}],
  ['restricted', { restricted: true }],
  ['webworker', { webWorker: true }],
].filter(([name]) => !only || name === only);
for (const [k, [, options]] of passes.entries()) {
  if (k > 0) freshWorkspace(); // each pass starts from the seeds alone, with nothing the one before wrote
  const code = await runWeb(options);
  if (code !== 0) process.exit(code);
}
process.exit(0);
