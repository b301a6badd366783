import * as assert from 'node:assert/strict';
import { markdownText, messageText } from '../../src/extension/escape';

describe('escaping text that comes from files', () => {
  it('notifications: "[label](command:…)" no longer forms a link, and reads the same', () => {
    const hostile = 'Click [here](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)';
    const safe = messageText(hostile);
    assert.doesNotMatch(safe, /\]\s*\(/);
    assert.equal(safe.replace(/\u200B/g, ''), hostile);
    assert.equal(messageText('a] (b'), 'a]\u200B (b');
    assert.equal(messageText('two\nlines'), 'two lines');
  });
  it('Markdown: links, autolinks, bare URLs and emphasis are escaped character by character', () => {
    assert.equal(markdownText('<command:x>'), '\\<command\\:x\\>');
    assert.equal(markdownText('[a](https://e.com)'), '\\[a\\]\\(https\\:\\/\\/e\\.com\\)');
    assert.equal(markdownText('www.e.com'), 'www\\.e\\.com');
    assert.equal(markdownText('*bold* _x_ `code`'), '\\*bold\\* \\_x\\_ \\`code\\`');
    assert.equal(
      markdownText('Côte d’Ivoire 43'),
      'Côte d’Ivoire 43',
      'letters, digits and non-ASCII stay as they are',
    );
  });
});
