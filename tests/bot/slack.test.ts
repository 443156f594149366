// The Slack adapter for real: Bolt's HTTPReceiver on loopback receiving signed requests,
// its Web API calls answered by a fake Slack API on loopback, the whole bot behind it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackAdapter, plainSlackText, slackSecretsFromEnv } from '../../bot/adapters/slack.js';
import type { RunningApp } from '../../bot/app.js';
import { parseConfig } from '../../bot/config/load-config.js';
import { silentLogger } from '../../bot/logger.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { startAppOn } from './support/harness.js';
import { FAKE_BOT_USER, startFakeSlackApi, type FakeSlackApi } from './support/fake-slack-api.js';
import { messageEvent, postSigned, slashCommandBody } from './support/slack-requests.js';

const SECRET = 'test-signing-secret-0123456789';
const BURDEN = '请各村每天早上八点前在群里打卡，并发定位。';

const config = parseConfig({
  county: '示范县',
  townships: ['丹水镇'],
  channels: [
    { platform: 'slack', id: 'C0TOWN', name: '丹水镇工作群', kind: 'township', township: '丹水镇', onFinding: ['reply', 'office'] },
    { platform: 'slack', id: 'C0OFFICE', name: '县纪委监委', kind: 'office' },
  ],
  people: [
    { platform: 'slack', id: 'U0LIMING', name: '李明', department: '县农业农村局' },
    { platform: 'slack', id: 'U0CHEN', name: '陈静', roles: ['inspector'] },
  ],
  office: { channels: ['slack:C0OFFICE'] },
  chat: { console: { enabled: false }, slack: { enabled: true, mode: 'http', port: 3000 } },
});

describe('Slack adapter over HTTP', () => {
  let fake: FakeSlackApi;
  let database: TestDatabase;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-bot-'));
  let app: RunningApp;
  let adapter: SlackAdapter;
  let base: string;
  let tsSeq = 0;
  const nextTs = (): string => `${1_764_000_000 + ++tsSeq}.000200`;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    database = await openTestDatabase();
    adapter = new SlackAdapter({ mode: 'http', port: 0, host: '127.0.0.1', botToken: 'xoxb-test', signingSecret: SECRET, slackApiUrl: fake.url, logger: silentLogger() });
    app = await startAppOn(adapter, { config, database, dataDir });
    base = `http://127.0.0.1:${adapter.port}`;
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await fake.close();
  });

  async function rowsFor(ts: string): Promise<number> {
    return (await database.rows(sql`select 1 from chat_messages where platform = 'slack' and platform_message_id = ${ts}`)).length;
  }

  it('calls auth.test at start and serves GET /healthz', async () => {
    expect(fake.calls.some((c) => c.method === 'auth.test')).toBe(true);
    const res = await fetch(`${base}/healthz`);
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: 'ok', platform: 'slack', database: database.kind });
  });

  it('rejects unsigned, badly signed and stale requests with 401 and processes nothing', async () => {
    const ts = nextTs();
    const { body } = messageEvent({ channel: 'C0TOWN', user: 'U0LIMING', text: BURDEN, ts });
    expect((await postSigned(`${base}/slack/events`, body)).status).toBe(401);
    expect((await postSigned(`${base}/slack/events`, body, { secret: 'wrong-secret' })).status).toBe(401);
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(await rowsFor(ts)).toBe(0);
    expect(fake.posts()).toHaveLength(0);
  });

  it('a channel message with a burden: stored, replied in the channel quoting the clause, noted to the office', async () => {
    const ts = nextTs();
    const { body } = messageEvent({ channel: 'C0TOWN', user: 'U0LIMING', text: BURDEN, ts });
    const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.posts('C0OFFICE').length === 1 && fake.posts('C0TOWN').length === 1);
    const reply = String(fake.posts('C0TOWN')[0]!.args.text);
    expect(reply).toContain('R06');
    expect(reply).toContain('依据：');
    expect(String(fake.posts('C0OFFICE')[0]!.args.text)).toMatch(/县农业农村局 李明|县农业农村局/);
    expect(await rowsFor(ts)).toBe(1);
  });

  it('a retried event (X-Slack-Retry-Num) is not processed twice', async () => {
    const ts = nextTs();
    const { body } = messageEvent({ channel: 'C0TOWN', user: 'U0LIMING', text: BURDEN, ts });
    const before = fake.posts().length;
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    await fake.waitFor(() => fake.posts().length === before + 2);
    for (const n of ['1', '2']) {
      const retry = await postSigned(`${base}/slack/events`, body, { secret: SECRET, headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 300));
    await app.pipeline.drain();
    expect(fake.posts().length).toBe(before + 2);
    expect(await rowsFor(ts)).toBe(1);
    const findings = await database.rows(sql`select 1 from findings f join chat_messages m on m.id = f.message_id where m.platform_message_id = ${ts}`);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.length).toBeLessThanOrEqual(3);
  });

  it('ignores the bot’s own messages and edits', async () => {
    const before = fake.posts().length;
    const own = messageEvent({ channel: 'C0TOWN', user: FAKE_BOT_USER, text: BURDEN, ts: nextTs() });
    const edit = messageEvent({ channel: 'C0TOWN', user: 'U0LIMING', text: BURDEN, ts: nextTs(), subtype: 'message_changed' });
    for (const e of [own, edit]) expect((await postSigned(`${base}/slack/events`, e.body, { secret: SECRET })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    await app.pipeline.drain();
    expect(fake.posts().length).toBe(before);
  });

  it('a direct message files an anonymous report and answers privately', async () => {
    const { body } = messageEvent({ channel: 'D0LIU', channel_type: 'im', user: 'U0LIU', text: '举报 县住建局要求每周报送农房排查表', ts: nextTs() });
    const officeBefore = fake.posts('C0OFFICE').length;
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    await fake.waitFor(() => fake.posts('U0LIU').length === 1 && fake.posts('C0OFFICE').length === officeBefore + 1);
    expect(String(fake.posts('U0LIU')[0]!.args.text)).toMatch(/已收到您的举报，编号 JB-\d{4}-[A-Z0-9]{6}/);
    const office = fake.posts('C0OFFICE').at(-1)!;
    expect(String(office.args.text)).toContain('收到一条减负举报');
    expect(String(office.args.text)).not.toContain('U0LIU');
    expect(await database.rows(sql`select 1 from chat_messages where channel_id = 'D0LIU'`)).toHaveLength(0);
  });

  it('an @-mention of the bot is a command', async () => {
    const { body } = messageEvent({ channel: 'C0TOWN', user: 'U0LIMING', text: `<@${FAKE_BOT_USER}> 帮助`, ts: nextTs() });
    const before = fake.posts('C0TOWN').length;
    expect((await postSigned(`${base}/slack/events`, body, { secret: SECRET })).status).toBe(200);
    await fake.waitFor(() => fake.posts('C0TOWN').length === before + 1);
    expect(String(fake.posts('C0TOWN').at(-1)!.args.text)).toContain('减负哨兵 使用说明');
  });

  it('slash command: answered in the HTTP response, visible only to the sender', async () => {
    const body = slashCommandBody({ command: '/jianfu', text: '帮助', user_id: 'U0LIMING', channel_id: 'C0TOWN', response_url: `${fake.responseUrl}1` });
    const res = await postSigned(`${base}/slack/events`, body, { secret: SECRET, contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    const payload = JSON.parse(res.text) as { text: string; response_type: string };
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.text).toContain('减负哨兵 使用说明');

    const report = slashCommandBody({ command: '/jianfu', text: '举报 县卫健委要求每天报送签约日报', user_id: 'U0LIU', channel_id: 'C0TOWN', response_url: `${fake.responseUrl}2` });
    const filed = JSON.parse((await postSigned(`${base}/slack/events`, report, { secret: SECRET, contentType: 'application/x-www-form-urlencoded' })).text) as { text: string };
    expect(filed.text).toMatch(/编号 JB-\d{4}-[A-Z0-9]{6}/);

    const refused = slashCommandBody({ command: '/jianfu', text: '本周', user_id: 'U0LIU', channel_id: 'C0TOWN', response_url: `${fake.responseUrl}3` });
    expect(JSON.parse((await postSigned(`${base}/slack/events`, refused, { secret: SECRET, contentType: 'application/x-www-form-urlencoded' })).text).text).toContain('仅供纪检监察人员使用');

    const unsigned = await postSigned(`${base}/slack/events`, body, { contentType: 'application/x-www-form-urlencoded' });
    expect(unsigned.status).toBe(401);
  });
});

describe('Slack text and secrets', () => {
  it('undoes Slack escaping and strips a leading mention of the bot', () => {
    expect(plainSlackText('<@UJIANFU> 举报 &lt;县里&gt; &amp; <https://x.cn|链接> <@U1|张三>', 'UJIANFU')).toEqual({ text: '举报 <县里> & 链接 @张三', addressed: true });
    expect(plainSlackText('请<@U2>每天打卡', 'UJIANFU')).toEqual({ text: '请@U2每天打卡', addressed: false });
  });

  it('Socket Mode needs an app token; HTTP mode a signing secret', () => {
    const base = { port: 3000, botToken: 'xoxb-1', logger: silentLogger() };
    expect(() => new SlackAdapter({ ...base, mode: 'socket' })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => new SlackAdapter({ ...base, mode: 'http' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(new SlackAdapter({ ...base, mode: 'socket', appToken: 'xapp-1' }).platform).toBe('slack');
  });

  it('names the missing environment variables in Chinese', () => {
    expect(() => slackSecretsFromEnv('http', {})).toThrow(/SLACK_BOT_TOKEN.*SLACK_SIGNING_SECRET/);
    expect(() => slackSecretsFromEnv('socket', { SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN/);
    expect(slackSecretsFromEnv('http', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toMatchObject({ botToken: 'xoxb-1', signingSecret: 's' });
  });
});
