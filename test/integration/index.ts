// Entry point that VS Code's extension host loads as extensionTestsPath: runs every *.test.js
// bundled beside it with mocha and reports failures by rejecting.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  console.log(`[integration] VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}, ui ${vscode.UIKind[vscode.env.uiKind]})`);
  // NEWS_ANNOTATOR_TEST_GREP runs only the tests whose title matches (for working on one feature)
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: process.env.NEWS_ANNOTATOR_TEST_GREP });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  let passed = 0;
  const failures = await new Promise<number>((resolve) => mocha.run(resolve).on('pass', () => passed++));
  console.log(`${passed} passed, ${failures} failed`); // the plain summary line CI reads
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
