// Clean shutdown: `jianfu start` with Slack over HTTP takes a burst of events, gets
// SIGTERM while they are still being processed, and exits 0 with every message stored
// and every reply posted.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../storage/open-database.js';
import { ensurePgliteTemplate } from '../support/db.js';
import { startFakeSlackApi, type FakeSlackApi } from './support/fake-slack-api.js';
import { messageEvent, postSigned } from './support/slack-requests.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'shutdown-test-secret';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('jianfu start: SIGTERM loses nothing in flight', () => {
  let fake: FakeSlackApi;
  let dataDir: string;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-shutdown-'));
    cpSync(await ensurePgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores and answers every acknowledged event, then exits 0', async () => {
    const port = await freePort();
    const configFile = path.join(dataDir, 'jianfu.config.yaml');
    writeFileSync(
      configFile,
      [
        'chat:',
        '  console: { enabled: false }',
        `  slack: { enabled: true, mode: http, port: ${port} }`,
        'channels:',
        '  - { platform: slack, id: C0TOWN, name: 丹水镇工作群, kind: township, township: 丹水镇, onFinding: [reply] }',
        '',
      ].join('\n'),
    );
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/jianfu.js'), 'start'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', JIANFU_CONFIG: configFile, JIANFU_DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    // Wait for the health endpoint.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`bot did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    // A slow Slack: replies are still being posted when the signal arrives.
    fake.postDelayMs = 400;
    const N = 40;
    const burden = '请各村每天早上八点前在群里打卡，并发定位。';
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) => {
        const { body } = messageEvent({ channel: 'C0TOWN', user: `U${i}`, text: i % 2 === 0 ? burden : `收到，第${i}条`, ts: `1764100000.${String(i).padStart(6, '0')}` });
        return postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret: SECRET });
      }),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    // Every event is acknowledged; processing is still going on when the signal comes.
    const postsAtSignal = fake.posts('C0TOWN').length;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(postsAtSignal).toBeLessThan(N / 2);

    expect(fake.posts('C0TOWN')).toHaveLength(N / 2);
    const database = await openPglite(path.join(dataDir, 'pglite'), { migrate: false });
    try {
      const rows = await database.rows<{ n: number | string }>(sql`select count(*) as n from chat_messages where platform = 'slack'`);
      expect(Number(rows[0]!.n)).toBe(N);
    } finally {
      await database.close();
    }
    // Logs go to stderr when no console owns the terminal: structured, and no errors.
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string; stats?: Record<string, number> });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped', stats: { received: N, stored: N, notices: N / 2, errors: 0 } });
  });
});
