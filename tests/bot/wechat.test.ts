// The WeChat adapter driving a real Wechaty through wechaty-puppet-mock: room messages in,
// replies out, private reports, and the bot ignoring its own echoes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { WechatAdapter } from '../../bot/adapters/wechaty.js';
import type { RunningApp } from '../../bot/app.js';
import { parseConfig } from '../../bot/config/load-config.js';
import { silentLogger } from '../../bot/logger.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { startAppOn } from './support/harness.js';

const BURDEN = '请各村每天早上八点前在群里打卡，并发定位。';

describe('WeChat adapter (Wechaty + mock puppet)', () => {
  const mocker = new mock.Mocker();
  const me = mocker.createContact({ name: '减负哨兵' });
  const liming = mocker.createContact({ name: '李明' });
  const liuyang = mocker.createContact({ name: '刘洋' });
  const room = mocker.createRoom({ topic: '丹水镇工作群', memberIdList: [me.id, liming.id, liuyang.id] });
  const office = mocker.createRoom({ topic: '县纪委监委', memberIdList: [me.id] });
  /** What the bot said, per conversation id (room id or contact id). */
  const said: { to: string; text: string }[] = [];

  let database: TestDatabase;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-bot-'));
  let app: RunningApp;
  let adapter: WechatAdapter;

  async function waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; said: ${JSON.stringify(said)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  beforeAll(async () => {
    database = await openTestDatabase();
    const config = parseConfig({
      townships: ['丹水镇'],
      // Rooms configured by topic, as county staff know them.
      channels: [
        { platform: 'wechat', id: '丹水镇工作群', name: '丹水镇工作群', kind: 'township', township: '丹水镇', onFinding: ['reply', 'office'] },
        { platform: 'wechat', id: '县纪委监委', kind: 'office' },
      ],
      people: [{ platform: 'wechat', id: liming.id, name: '李明', department: '县农业农村局' }],
      office: { channels: ['wechat:县纪委监委'] },
      chat: { console: { enabled: false }, wechat: { enabled: true } },
    });
    adapter = new WechatAdapter({ puppet: new PuppetMock({ mocker }), name: 'jianfu-test', logger: silentLogger() });
    app = await startAppOn(adapter, { config, database, dataDir });
    // Record the bot's own messages as the other members' phones would see them.
    const observe = (conversation: { id: string }) => (msg: { text(): string; talker(): { id: string } }) => {
      if (msg.talker().id === me.id) said.push({ to: conversation.id, text: msg.text() });
    };
    // The mock's rooms and contacts are event emitters at run time; their types omit it.
    type Emitter = { on(event: 'message', listener: (msg: { text(): string; talker(): { id: string } }) => void): void };
    (room as unknown as Emitter).on('message', observe(room));
    (office as unknown as Emitter).on('message', observe(office));
    (liuyang as unknown as Emitter).on('message', observe(liuyang));
    mocker.login(me);
    await adapter.waitForLogin(10_000);
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a room message with a burden gets a reply in the room and a note in the office room; stored once', async () => {
    liming.say(BURDEN).to(room);
    await waitFor(() => said.some((s) => s.to === room.id) && said.some((s) => s.to === office.id));
    const reply = said.find((s) => s.to === room.id)!.text;
    expect(reply).toContain('【减负提醒】');
    expect(reply).toContain('R06');
    expect(said.find((s) => s.to === office.id)!.text).toContain('县农业农村局');
    await app.pipeline.drain();
    const rows = await database.rows<{ channel_id: string }>(sql`select channel_id from chat_messages where platform = 'wechat' and has_findings`);
    expect(rows).toEqual([{ channel_id: room.id }]);
    // The bot's own replies came back as messages (m.self()) and were ignored.
    expect(app.pipeline.stats.ignored).toBeGreaterThan(0);
    expect(said.filter((s) => s.to === room.id)).toHaveLength(1);
  });

  it('a private message files an anonymous report and is answered privately', async () => {
    liuyang.say('举报 县住建局要求每周报送农房排查表，上周的又要重填').to(me);
    await waitFor(() => said.some((s) => s.to === liuyang.id));
    expect(said.find((s) => s.to === liuyang.id)!.text).toMatch(/已收到您的举报，编号 JB-\d{4}-[A-Z0-9]{6}/);
    await waitFor(() => said.some((s) => s.to === office.id && s.text.includes('收到一条减负举报')));
    expect(JSON.stringify(said.filter((s) => s.to === office.id))).not.toContain(liuyang.id);
  });

  it('an ordinary room message produces nothing', async () => {
    const before = said.length;
    liuyang.say('收到，下午去村里。').to(room);
    await new Promise((r) => setTimeout(r, 300));
    await app.pipeline.drain();
    expect(said.length).toBe(before);
  });
});
