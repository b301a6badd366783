import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, type SmallFs } from '../../src/formats/atomicWrite';

// The real file system; a "crash" is the process stopping between the two steps.
const disk: SmallFs = {
  writeFile: (p, b) => fs.writeFile(p, b),
  rename: (a, b) => fs.rename(a, b),
  delete: (p) => fs.rm(p, { force: true }),
};

describe('atomicWrite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-atomic-'));
  const file = join(dir, 'article.txt.annotations.json');

  it('replaces the file with the new content', async () => {
    writeFileSync(file, 'old');
    await atomicWrite(disk, file, new TextEncoder().encode('new'));
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['article.txt.annotations.json'], 'no temporary file left');
  });

  it('a crash before the rename leaves the old content whole', async () => {
    writeFileSync(file, 'old and complete');
    const crashing: SmallFs = { ...disk, rename: () => Promise.reject(new Error('killed')) };
    await assert.rejects(atomicWrite(crashing, file, new TextEncoder().encode('new')), /killed/);
    assert.equal(readFileSync(file, 'utf8'), 'old and complete');
  });

  it('a crash while writing the temporary file leaves the old content whole', async () => {
    writeFileSync(file, 'old and complete');
    const crashing: SmallFs = {
      ...disk,
      writeFile: async (p, b) => {
        await fs.writeFile(p, b.slice(0, 2));
        throw new Error('killed mid-write');
      },
    };
    await assert.rejects(atomicWrite(crashing, file, new TextEncoder().encode('new content')), /killed mid-write/);
    assert.equal(readFileSync(file, 'utf8'), 'old and complete');
  });
});
