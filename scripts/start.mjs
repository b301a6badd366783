#!/usr/bin/env node
// npm start: opens seeds/ in VS Code with the extension under development running.
// Desktop VS Code when a `code` command exists; otherwise code-server on 127.0.0.1, printing the URL.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { codeServerArgs, installHost, NO_GALLERY, workbenchUrl } from './install-host.mjs';

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
  const server = spawn(
    process.execPath,
    codeServerArgs({ host, userData: join(ROOT, '.vscode-test/start-user-data') }),
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...NO_GALLERY } },
  );
  console.log(
    `No \`code\` command here: serving VS Code (code-server) with News Annotator running.\nOpen this URL in a browser (Ctrl+C stops the server):\n\n  ${workbenchUrl(host, SEEDS, ROOT)}\n`,
  );
  process.on('SIGINT', () => {
    server.kill();
    process.exit(0);
  });
  server.on('exit', (code) => process.exit(code ?? 0));
}
