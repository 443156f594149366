import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageSpool } from '../../storage/message-spool.js';
import { cleanItem, TEST_KEY } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('message spool', () => {
  // A replay renames spool.jsonl to replay-….jsonl; a count taken at the same moment once read
  // the directory before the rename and the file after it, and reported 0 waiting messages.
  it('counts waiting messages exactly while a replay takes the active file aside', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jf-spool-unit-'));
    dirs.push(dir);
    const spool = new MessageSpool(dir, TEST_KEY);
    try {
      let expected = 0;
      for (let round = 0; round < 60; round++) {
        await spool.append([cleanItem({ channel: 'c-race' }), cleanItem({ channel: 'c-race' })]);
        expected += 2;
        const [before, , after] = await Promise.all([spool.pendingCount(), spool.takeForReplay(), spool.pendingCount()]);
        expect(before).toBe(expected);
        expect(after).toBe(expected);
      }
    } finally {
      await spool.close();
    }
  });
});
