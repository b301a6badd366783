#!/usr/bin/env node
// Installs the VS Code host that runs the integration suite where desktop VS Code cannot be
// downloaded: code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) and
// Debian's Chromium to open its workbench. Idempotent and cached under .vscode-test/.
// The workarounds (docs/ARCHITECTURE.md, README "Quick start"): code-server's own postinstall refuses
// root without unsafe-perm and needs npx to answer yes; @vscode/ripgrep's install step downloads a
// binary, which fails offline but is skipped when bin/rg already exists, so Debian's rg goes there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync, rmSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const HOST_DIR = resolve('.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(HOST_DIR, 'node_modules/code-server/out/node/entry.js');

/**
 * The code-server command line `npm start` and the test runner share: no login, no telemetry or
 * update checks, and (unless `trust` is asked for) no workspace-trust prompt.
 */
export function codeServerArgs({ host, userData, trust = false, extra = [] }) {
  return [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    host,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    ...extra,
    '--user-data-dir',
    userData,
    '--extensions-dir',
    resolve('.vscode-test/extensions'),
  ];
}

/** No extension gallery: nothing leaves the machine. */
export const NO_GALLERY = { EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '' }) };

/** The workbench URL that opens a folder with the extension under development (and, for tests, the suite). */
export function workbenchUrl(host, folder, extensionDevelopmentPath, extensionTestsPath) {
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${extensionDevelopmentPath}`],
    ...(extensionTestsPath ? [['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]] : []),
  ]);
  return `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
}
const MARKER = join(HOST_DIR, '.installed');
const DEBIAN = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  'libkrb5-dev': '/usr/include/krb5.h',
  g__: '/usr/bin/g++',
  make: '/usr/bin/make',
  python3: '/usr/bin/python3',
  'fonts-noto-color-emoji': '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
  // the CLI tests run the shard property through GNU parallel
  parallel: '/usr/bin/parallel',
};

const log = (m) => console.log(`[host] ${m}`);
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

function ensureDebianPackages() {
  const missing = Object.entries(DEBIAN)
    .filter(([, file]) => !existsSync(file))
    .map(([pkg]) => pkg.replace('g__', 'g++'));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `[host] missing Debian packages; install them and run again: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq'], '.');
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], '.', {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

export function installHost() {
  ensureDebianPackages();
  if (existsSync(MARKER)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${HOST_DIR} (once; cached afterwards)`);
  rmSync(HOST_DIR, { recursive: true, force: true });
  mkdirSync(HOST_DIR, { recursive: true });
  writeFileSync(join(HOST_DIR, 'package.json'), JSON.stringify({ name: 'news-annotator-test-host', private: true }));
  const env = {
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], HOST_DIR, env);
  // code-server's own dependencies with native parts (argon2) are built from source
  run('npm', ['rebuild', 'argon2'], HOST_DIR, env);
  const vscodeDir = join(HOST_DIR, 'node_modules/code-server/lib/vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir, env);
  const rgDir = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgDir, { recursive: true });
  copyFileSync(DEBIAN.ripgrep, join(rgDir, 'rg'));
  chmodSync(join(rgDir, 'rg'), 0o755);
  run('npm', ['rebuild'], vscodeDir, env);
  // what code-server's postinstall.sh does after installing VS Code's dependencies
  const link = (target, path) => {
    rmSync(path, { force: true, recursive: true });
    symlinkSync(target, path);
  };
  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin/remote-cli/code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin/helpers/browser.sh'));
  run('npm', ['install', '--omit=dev'], join(vscodeDir, 'extensions'), env);
  const version = execFileSync(process.execPath, [CODE_SERVER_ENTRY, '--version']).toString().trim();
  writeFileSync(MARKER, `${version}\n`);
  log(`installed: ${version}`);
}

if (import.meta.url === `file://${process.argv[1]}`) installHost();
