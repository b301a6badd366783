import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMANDS } from '../../src/extension/commandIds';

describe('command ids: one table', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  it('the table and package.json contribute the same commands, each with a category', () => {
    const contributed = manifest.contributes.commands as Array<{ command: string; category?: string }>;
    assert.deepEqual(Object.values(COMMANDS).sort(), contributed.map((c) => c.command).sort());
    for (const c of contributed) assert.equal(c.category, 'News Annotator', c.command);
  });
  it('every menu entry names a command of the table', () => {
    const ids = new Set<string>(Object.values(COMMANDS));
    for (const [menu, entries] of Object.entries(
      manifest.contributes.menus as Record<string, Array<{ command: string }>>,
    )) {
      for (const e of entries) assert.ok(ids.has(e.command), `${menu}: ${e.command}`);
    }
  });
  it('no source file registers or runs one of our commands by a string literal', () => {
    for (const file of [
      'commands',
      'correctionCommands',
      'exportCommand',
      'factsView',
      'hover',
      'importCommand',
      'statusBar',
    ]) {
      const source = readFileSync(`src/extension/${file}.ts`, 'utf8');
      for (const id of Object.values(COMMANDS)) assert.ok(!source.includes(`'${id}'`), `${file}.ts spells ${id}`);
    }
  });
});
