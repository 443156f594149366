// Every chat command through the real pipeline and storage: happy path, malformed input
// (usage line + example, never a stack trace), role refusal, and report anonymity.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/db.js';
import { createHarness, type Harness } from './support/harness.js';

const REPORT_NO = /JB-\d{4}-[2-9A-HJ-NP-Z]{6}/;

async function last(h: Harness, run: () => Promise<void>): Promise<string[]> {
  h.sent.length = 0;
  await run();
  return [...h.sent];
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|Error:|TypeError|undefined|\[object/);
}

describe.each(testBackends())('commands on %s', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ backend });
  });
  afterAll(() => h.close());

  describe('举报 and 查询', () => {
    it('in a group, asks to report privately and files nothing', async () => {
      const out = await last(h, () => h.say('liuyang', 'danshui', '举报 县农业农村局要求每天在群里打卡'));
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/^\[丹水镇工作群\] 为保护您的身份，请私聊我举报/);
      const rows = await h.database.rows(sql`select 1 from burden_reports`);
      expect(rows).toHaveLength(0);
      // A command is not archived as a chat message either.
      expect(await h.database.rows(sql`select 1 from chat_messages where text like '%举报%'`)).toHaveLength(0);
    });

    it('in a private chat, files an anonymous report and answers with its number; 查询 shows only the status', async () => {
      const content = '县农业农村局要求丹水镇各村每天早上8点前在群里打卡并上传工作照片';
      const out = await last(h, () => h.say('liuyang', undefined, `举报 ${content}`));
      const reply = out.find((s) => s.startsWith('[私聊:刘洋]'))!;
      expect(reply).toMatch(REPORT_NO);
      expect(reply).toContain('匿名');
      expect(reply).not.toMatch(/请(回复|确认|填写|截图)/);
      const number = REPORT_NO.exec(reply)![0];
      // The office hears about it, without the reporter.
      const office = out.find((s) => s.startsWith('[县纪委监委]'))!;
      expect(office).toContain(number);
      expect(office).toContain(content);
      expect(office).not.toMatch(/刘洋|liuyang/);

      const row = await h.database.rows<Record<string, unknown>>(sql`select * from burden_reports where report_no = ${number}`);
      expect(row).toHaveLength(1);
      expect(row[0]).toMatchObject({ content, township: '丹水镇', department: '县农业农村局', status: 'received', reporter_sealed: null });
      // Nothing in the database links the report to its sender: no column of any table holds
      // the sender's id or name, and the private message itself is not kept.
      const dump = JSON.stringify(await h.database.rows(sql`select * from burden_reports`)) + JSON.stringify(await h.database.rows(sql`select * from audit_log`));
      expect(dump).not.toMatch(/liuyang|刘洋/);
      expect(await h.database.rows(sql`select 1 from chat_messages where channel_id = 'dm:liuyang'`)).toHaveLength(0);

      // Anyone holding the number — here someone else — learns the status, not the reporter.
      const query = await last(h, () => h.say('liming', undefined, `查询 ${number.toLowerCase()}`));
      expect(query).toHaveLength(1);
      expect(query[0]).toContain(`举报 ${number}：已受理`);
      expect(query[0]).not.toMatch(/刘洋|liuyang|丹水镇|打卡/);
    });

    it('a redelivered report is filed once', async () => {
      const before = (await h.database.rows(sql`select 1 from burden_reports`)).length;
      await h.say('liuyang', undefined, '举报 县住建局要求每周报送三张表', { messageId: 'rep-dup' });
      await h.say('liuyang', undefined, '举报 县住建局要求每周报送三张表', { messageId: 'rep-dup' });
      expect((await h.database.rows(sql`select 1 from burden_reports`)).length).toBe(before + 1);
    });

    it('malformed: an empty report and an unknown number', async () => {
      const empty = await last(h, () => h.say('liuyang', undefined, '举报'));
      expect(empty[0]).toContain('「举报」的格式不对');
      expect(empty[0]).toContain('用法：举报 <内容>');
      expect(empty[0]).toContain('例如：举报 ');
      noStackTrace(empty[0]!);
      const missing = await last(h, () => h.say('liuyang', undefined, '查询 JB-2026-ZZZZZZ'));
      expect(missing[0]).toContain('没有找到编号为 JB-2026-ZZZZZZ 的举报');
      const none = await last(h, () => h.say('liuyang', undefined, '查询'));
      expect(none[0]).toContain('用法：查询 <举报编号>');
    });

    it('answers other private messages with what it can do, storing nothing', async () => {
      const out = await last(h, () => h.say('liuyang', undefined, '你好，在吗'));
      expect(out[0]).toContain('举报 <内容>');
      expect(await h.database.rows(sql`select 1 from chat_messages where channel_id = 'dm:liuyang'`)).toHaveLength(0);
    });
  });

  describe('register commands', () => {
    it('借调 登记: stores the row with who entered it and answers with the immediate checks', async () => {
      const out = await last(h, () => h.say('wangfang', 'danshui', '借调 登记 李娜 丹水镇 县委办 2026-01-05 待定'));
      expect(out[0]).toMatch(/已登记借调：李娜（丹水镇）借调到县委办，2026-01-05 起（未定结束日期），编号 S-[2-9A-Z]{6}/);
      // No approval number, no end date, and open-ended since January: three R10 findings.
      expect(out[0]).toContain('即时检查发现 3 项');
      expect(out[0]).toMatch(/【R10】.*未经批准/);
      expect(out[0]).toMatch(/【R10】.*没有明确结束日期/);
      const rows = await h.database.rows<{ entered_by: string; source: string; end: string | null }>(sql`select entered_by, source, "end" from secondments where person = '李娜'`);
      expect(rows).toEqual([{ entered_by: '王芳（console:wangfang）', source: 'chat', end: null }]);
      // Entering the same row again changes nothing.
      const again = await last(h, () => h.say('wangfang', 'danshui', '借调 登记 李娜 丹水镇 县委办 2026-01-05 待定'));
      expect(again[0]).toContain('已登记过');
      expect(await h.database.rows(sql`select 1 from secondments where person = '李娜'`)).toHaveLength(1);
    });

    it('督查 登记: an unapproved inspection asking for preparation is flagged twice', async () => {
      const out = await last(h, () => h.say('zhaoqiang', 'county', '/督查 登记 县农业农村局 秸秆禁烧 丹水镇、回车镇 2026-11-10 迎检'));
      expect(out[0]).toContain('已登记督查检查：县农业农村局「秸秆禁烧」');
      expect(out[0]).toContain('即时检查发现 2 项');
      expect(out[0]!.match(/【R01】/g)).toHaveLength(2);
      const rows = await h.database.rows<{ townships: string; approval_ref: string | null; requires_preparation: boolean }>(
        sql`select array_to_string(townships, '、') as townships, approval_ref, requires_preparation from inspections where topic = '秸秆禁烧'`,
      );
      expect(rows).toEqual([{ townships: '丹水镇、回车镇', approval_ref: null, requires_preparation: true }]);
    });

    it('一票否决 登记: an item not on the approved list is flagged, a listed one is not', async () => {
      const unlisted = await last(h, () => h.say('zhaoqiang', undefined, '一票否决 登记 县文明办 创建全国文明城市 2026-04-15'));
      expect(unlisted[0]).toContain('【R04】');
      const listed = await last(h, () => h.say('zhaoqiang', undefined, '一票否决 登记 县应急管理局 安全生产重特大事故 2026-02-01'));
      expect(listed[0]).toContain('未发现问题');
    });

    it('malformed register commands get the usage line and one example', async () => {
      const out = await last(h, () => h.say('wangfang', undefined, '借调 登记 王磊 回车镇 县财政局 2026-13-01 2026-12-15'));
      expect(out[0]).toContain('「借调 登记」的格式不对：开始日期');
      expect(out[0]).toContain('用法：借调 登记 <姓名> <乡镇> <借调单位> <开始日期> <结束日期|待定>');
      expect(out[0]).toContain('例如：借调 登记 王磊 回车镇');
      noStackTrace(out[0]!);
      const inspection = await last(h, () => h.say('zhaoqiang', undefined, '督查 登记 县住建局'));
      expect(inspection[0]).toContain('用法：督查 登记 <督查单位> <督查事项> <涉及乡镇> <日期> [批准文号] [迎检]');
    });

    it('a bare keyword in a group whose arguments do not parse is ordinary chat', async () => {
      const out = await last(h, () => h.say('wangfang', 'danshui', '督查 组明天上午到'));
      expect(out).toHaveLength(0);
    });

    it('refuses register commands to ordinary members, politely', async () => {
      const out = await last(h, () => h.say('liuyang', undefined, '借调 登记 王磊 回车镇 县财政局 2026-11-01 2026-12-15'));
      expect(out[0]).toContain('抱歉，「借调 登记」仅供乡镇管理员和县直机关工作人员使用');
      expect(await h.database.rows(sql`select 1 from secondments where person = '王磊'`)).toHaveLength(0);
    });
  });

  describe('inspector commands', () => {
    it('核实 confirms a finding with a note, recorded in the audit log', async () => {
      h.sent.length = 0;
      await h.say('liming', 'danshui', '请各村每天早上八点前在群里打卡。', { messageId: 'verify-src' });
      const number = /F-\d{6}/.exec(h.sent.find((s) => s.startsWith('[县纪委监委]'))!)![0];
      const out = await last(h, () => h.say('chenjing', undefined, `核实 ${number} 属实 已约谈县农业农村局`));
      expect(out[0]).toBe(`[私聊:陈静] 已记录：问题线索 ${number} 核实为「属实」。说明：已约谈县农业农村局`);
      const id = Number(number.slice(2));
      const rows = await h.database.rows<{ status: string; status_reason: string }>(sql`select status, status_reason from findings where id = ${id}`);
      expect(rows).toEqual([{ status: 'confirmed', status_reason: '已约谈县农业农村局' }]);
      expect(await h.database.rows(sql`select 1 from audit_log where action = 'finding.status' and subject = ${number}`)).toHaveLength(1);
    });

    it('核实 a burden report changes what 查询 shows', async () => {
      const filed = await last(h, () => h.say('liuyang', undefined, '举报 县卫健委要求每天报送家庭医生签约日报'));
      const number = REPORT_NO.exec(filed[0]!)![0];
      await last(h, () => h.say('chenjing', undefined, `核实 ${number} 属实 已责令停止日报`));
      const query = await last(h, () => h.say('liuyang', undefined, `查询 ${number}`));
      expect(query[0]).toContain('经核实属实');
      expect(query[0]).toContain('处理说明：已责令停止日报');
    });

    it('核实 of an unknown number, and a malformed 核实', async () => {
      expect((await last(h, () => h.say('chenjing', undefined, '核实 F-999999 属实 说明')))[0]).toContain('没有找到编号为 F-999999');
      const bad = await last(h, () => h.say('chenjing', undefined, '核实 F-000001 可能吧'));
      expect(bad[0]).toContain('请写明核实结论「属实」或「不属实」');
      expect(bad[0]).toContain('例如：核实 F-000012 属实');
    });

    it('本周 gives inspectors the digest of the week so far', async () => {
      const out = await last(h, () => h.say('chenjing', undefined, '本周'));
      expect(out[0]).toContain('（本周截至目前）');
      expect(out[0]).toContain('基层减负监测周报');
    });

    it('refuses 本周 and 核实 to everyone else', async () => {
      for (const text of ['本周', '周报', '核实 F-000001 属实 说明']) {
        const out = await last(h, () => h.say('wangfang', undefined, text));
        expect(out[0]).toMatch(/仅供纪检监察人员使用/);
      }
      const group = await last(h, () => h.say('liuyang', 'danshui', '/本周'));
      expect(group[0]).toMatch(/^\[丹水镇工作群\] 抱歉，「本周」仅供纪检监察人员使用/);
    });
  });

  it('帮助 lists every command; an unknown slash command points to it', async () => {
    const help = await last(h, () => h.say('liuyang', 'danshui', '/帮助'));
    expect(help[0]).toContain('借调 登记 <姓名>');
    expect(help[0]).toContain('一票否决 登记 <设定单位> <事项> <日期>');
    const unknown = await last(h, () => h.say('liuyang', 'danshui', '/签到'));
    expect(unknown[0]).toContain('没有「签到」这个命令');
  });
});

describe('named reports', () => {
  it('with a seal key, 实名 stores only a sealed identity that nothing in the bot shows', async () => {
    const h = await createHarness({ sealKey: randomBytes(32) });
    try {
      const out = await last(h, () => h.say('liuyang', undefined, '举报 实名 县委组织部长期借调丹水镇干部'));
      expect(out[0]).toContain('实名举报');
      const number = REPORT_NO.exec(out[0]!)![0];
      const [row] = await h.database.rows<{ reporter_sealed: string | null; content: string }>(sql`select reporter_sealed, content from burden_reports where report_no = ${number}`);
      expect(row!.content).toBe('县委组织部长期借调丹水镇干部');
      expect(row!.reporter_sealed).toBeTruthy();
      expect(row!.reporter_sealed).not.toMatch(/liuyang|刘洋/);
      expect(Buffer.from(row!.reporter_sealed!, 'base64').toString('utf8')).not.toMatch(/liuyang/);
      const office = out.find((s) => s.startsWith('[县纪委监委]'))!;
      expect(office).not.toMatch(/刘洋|liuyang/);
    } finally {
      await h.close();
    }
  });

  it('without a seal key, 实名 is filed anonymously and says so', async () => {
    const h = await createHarness();
    try {
      const out = await last(h, () => h.say('liuyang', undefined, '举报 实名 县委组织部长期借调丹水镇干部'));
      expect(out[0]).toContain('按匿名受理');
      expect(await h.database.rows(sql`select 1 from burden_reports where reporter_sealed is not null`)).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});
