// Entry point that VS Code's extension host loads as extensionTestsPath: runs every *.test.js
// bundled beside it with mocha and reports failures by rejecting.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  console.log(
    `[integration] VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}, ui ${vscode.UIKind[vscode.env.uiKind]})`,
  );
  // NEWS_ANNOTATOR_TEST_GREP runs only the tests whose title matches (for working on one feature)
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    reporter: 'spec',
    grep: process.env.NEWS_ANNOTATOR_TEST_GREP,
  });
  // restricted.test.js runs alone, in the runner's second pass with the workspace untrusted
  const restricted = process.env.NEWS_ANNOTATOR_SUITE === 'restricted';
  const files = readdirSync(__dirname).filter(
    (f) => f.endsWith('.test.js') && (f === 'restricted.test.js') === restricted,
  );
  for (const f of files.sort()) mocha.addFile(join(__dirname, f));
  let passed = 0;
  const failures = await new Promise<number>((resolve) => mocha.run(resolve).on('pass', () => passed++));
  console.log(`${passed} passed, ${failures} failed`); // the plain summary line CI reads
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
