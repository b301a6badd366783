#!/usr/bin/env node
// npm start: opens seeds/ in VS Code with the extension under development running.
// Desktop VS Code when a `code` command exists; otherwise code-server on 127.0.0.1, printing the URL.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { CODE_SERVER_ENTRY, installHost } from './install-host.mjs';

const ROOT = resolve('.');
const SEEDS = join(ROOT, 'seeds');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.env.NEWS_ANNOTATOR_WEB) {
  console.log('Opening seeds/ in desktop VS Code with News Annotator under development…');
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, SEEDS], { stdio: 'inherit' });
} else {
  installHost();
  const port = Number(process.env.PORT ?? 8080);
  const host = `127.0.0.1:${port}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${ROOT}`]]);
  const server = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      host,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      join(ROOT, '.vscode-test/start-user-data'),
      '--extensions-dir',
      join(ROOT, '.vscode-test/extensions'),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '' }) },
    },
  );
  console.log(
    `No \`code\` command here: serving VS Code (code-server) with News Annotator running.\nOpen this URL in a browser (Ctrl+C stops the server):\n\n  http://${host}/?folder=${encodeURIComponent(SEEDS)}&payload=${encodeURIComponent(payload)}\n`,
  );
  process.on('SIGINT', () => {
    server.kill();
    process.exit(0);
  });
  server.on('exit', (code) => process.exit(code ?? 0));
}
