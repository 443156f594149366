// Recognising commands and parsing their arguments — pure functions, no database.
import { describe, expect, it } from 'vitest';
import { COMMANDS, parseCommand } from '../../bot/commands/index.js';
import { tokenize } from '../../bot/commands/tokenize.js';
import { parseSecondmentArgs } from '../../bot/commands/register-secondment.js';
import { parseInspectionArgs } from '../../bot/commands/register-inspection.js';
import { parseVetoArgs } from '../../bot/commands/register-veto.js';
import { parseVerifyArgs } from '../../bot/commands/verify-finding.js';
import { renderHelp } from '../../bot/commands/help.js';
import { UsageError } from '../../bot/commands/types.js';
import { parseConfig } from '../../bot/config/load-config.js';

const config = parseConfig({ townships: ['丹水镇', '回车镇', '田关镇'] });
const ctx = { config, today: '2026-11-25' };
const dm = { isDirect: true };
const group = { isDirect: false };

function name(text: string, where = dm): string | undefined {
  const parsed = parseCommand(text, COMMANDS, where);
  return parsed.kind === 'command' ? parsed.command.spec.name : parsed.kind;
}

describe('parseCommand', () => {
  it.each([
    ['举报 县里要求每天打卡', 'report'],
    ['/举报 县里要求每天打卡', 'report'],
    ['／举报 县里要求每天打卡', 'report'],
    ['举报县里要求每天打卡', 'report'],
    ['report 县里要求每天打卡', 'report'],
    ['REPORT x', 'report'],
    ['查询 JB-2026-7KQ3XM', 'query'],
    ['status JB-2026-7KQ3XM', 'query'],
    ['借调 登记 王磊 回车镇 县财政局 2026-11-01 2026-12-15', 'secondment'],
    ['借调登记 王磊 回车镇 县财政局 2026-11-01 2026-12-15', 'secondment'],
    ['督查 登记 县住建局 人居环境 丹水镇 2026-10-20', 'inspection'],
    ['一票否决 登记 县文明办 创文 2026-04-15', 'veto'],
    ['veto add 县文明办 创文 2026-04-15', 'veto'],
    ['本周', 'weekly'],
    ['周报', 'weekly'],
    ['/weekly', 'weekly'],
    ['核实 F-000012 属实 已约谈', 'verify'],
    ['帮助', 'help'],
    ['/help', 'help'],
    ['/', 'help'],
  ])('%s → %s', (text, expected) => {
    expect(name(text)).toBe(expected);
  });

  it('keeps ordinary group chat out: a keyword must stand alone, and 本周 takes nothing after it', () => {
    expect(name('本周五下午开会', group)).toBe('none');
    expect(name('本周 大家辛苦了', group)).toBe('none');
    expect(name('举报箱已经装好了', group)).toBe('none');
    expect(name('请大家每天打卡', group)).toBe('none');
    // … but a slash makes it a command anywhere.
    expect(name('/本周', group)).toBe('weekly');
    expect(name('举报 县里要求每天打卡', group)).toBe('report');
  });

  it('reports an unknown slash command', () => {
    expect(parseCommand('/签到', COMMANDS, group)).toEqual({ kind: 'unknown', word: '签到' });
  });

  it('gives the rest of the line to the command', () => {
    const parsed = parseCommand('／举报  县农业农村局要求每天打卡', COMMANDS, dm);
    expect(parsed.kind === 'command' && parsed.command.rest).toBe('县农业农村局要求每天打卡');
  });
});

describe('tokenize', () => {
  it('splits on any whitespace and keeps quoted arguments', () => {
    expect(tokenize('督查 登记　县住建局 「农村 危房 改造」 丹水镇\t2026-10-20')).toEqual(['督查', '登记', '县住建局', '农村 危房 改造', '丹水镇', '2026-10-20']);
    expect(tokenize('a “b c” "d"')).toEqual(['a', 'b c', 'd']);
  });
});

describe('借调 登记 arguments', () => {
  it('parses the full form with approval number and hire date', () => {
    expect(parseSecondmentArgs('登记 王磊 回车镇 县财政局 2026-11-01 2026年12月15日 西组借〔2026〕11号 入职 2024-09-01', ctx)).toEqual({
      person: '王磊',
      township: '回车镇',
      borrowingUnit: '县财政局',
      start: '2026-11-01',
      end: '2026-12-15',
      approvalRef: '西组借〔2026〕11号',
      hireDate: '2024-09-01',
    });
  });

  it('accepts 待定 as no end date, relative dates, and a township without its suffix', () => {
    expect(parseSecondmentArgs('登记 李娜 丹水 县委办 今天 待定', ctx)).toMatchObject({ township: '丹水镇', start: '2026-11-25', end: null, approvalRef: null, hireDate: null });
    expect(parseSecondmentArgs('李娜 丹水镇 县委办 11月1日 下周一 入职:2025-08-01', ctx)).toMatchObject({ start: '2026-11-01', end: '2026-11-30', hireDate: '2025-08-01' });
  });

  it.each([
    ['登记 王磊', /缺少所在乡镇/],
    ['登记 王磊 回车镇 县财政局', /缺少开始日期/],
    ['登记 王磊 回车镇 县财政局 2026-11-01', /缺少结束日期/],
    ['登记 王磊 回车镇 县财政局 2026-02-30 2026-12-15', /开始日期.*不存在/],
    ['登记 王磊 回车镇 县财政局 2026-12-01 2026-11-01', /早于开始日期/],
    ['登记 王磊 月亮镇 县财政局 2026-11-01 2026-12-01', /不是本县的乡镇/],
    ['登记 王磊 回车镇 县财政局 2026-11-01 2026-12-01 文号1 文号2', /多出了/],
  ])('%s → a usage error', (rest, message) => {
    expect(() => parseSecondmentArgs(rest, ctx)).toThrow(UsageError);
    expect(() => parseSecondmentArgs(rest, ctx)).toThrow(message);
  });
});

describe('督查 登记 arguments', () => {
  it('parses townships, approval and the 迎检 flag', () => {
    expect(parseInspectionArgs('登记 市生态环境局 大气污染防治 丹水镇、回车镇 2026-10-08 宛督〔2026〕7号 迎检', ctx)).toEqual({
      organizer: '市生态环境局',
      level: 'municipal',
      topic: '大气污染防治',
      townships: ['丹水镇', '回车镇'],
      date: '2026-10-08',
      approvalRef: '宛督〔2026〕7号',
      requiresPreparation: true,
    });
  });

  it('expands 各乡镇 and treats 无 as no approval', () => {
    expect(parseInspectionArgs('登记 县农业农村局 秸秆禁烧 各乡镇 明天 无', ctx)).toMatchObject({ townships: ['丹水镇', '回车镇', '田关镇'], approvalRef: null, level: 'county', date: '2026-11-26' });
  });

  it.each([['登记'], ['登记 县住建局 人居环境'], ['登记 县住建局 人居环境 丹水镇 某天']])('%j → usage error', (rest) => {
    expect(() => parseInspectionArgs(rest, ctx)).toThrow(UsageError);
  });
});

describe('一票否决 登记 arguments', () => {
  it('defaults the targets to 各乡镇', () => {
    expect(parseVetoArgs('登记 县文明办 创建全国文明城市 2026-04-15', ctx)).toEqual({ setBy: '县文明办', item: '创建全国文明城市', date: '2026-04-15', targets: '各乡镇' });
    expect(parseVetoArgs('县卫健委 计划生育 2026/6/1 丹水镇', ctx)).toMatchObject({ targets: '丹水镇', date: '2026-06-01' });
  });

  it('needs a date', () => {
    expect(() => parseVetoArgs('登记 县文明办 创建全国文明城市', ctx)).toThrow(/缺少设定日期/);
  });
});

describe('核实 arguments', () => {
  it('reads number, verdict and note, also glued and full-width', () => {
    expect(parseVerifyArgs('F-000012 属实 已约谈县农业农村局')).toEqual({ number: 'F-000012', verdict: 'confirmed', note: '已约谈县农业农村局' });
    expect(parseVerifyArgs('ｆ－12不属实 系正常工作安排')).toEqual({ number: 'F-12', verdict: 'dismissed', note: '系正常工作安排' });
    expect(parseVerifyArgs('JB-2026-7KQ3XM 已整改 已取消打卡要求')).toMatchObject({ verdict: 'resolved' });
  });

  it.each([[''], ['F-1'], ['F-1 也许 说明'], ['F-1 属实']])('%j → usage error', (rest) => {
    expect(() => parseVerifyArgs(rest)).toThrow(UsageError);
  });
});

describe('帮助', () => {
  it('documents every command with its usage and an example, and never asks for a reply', () => {
    const help = renderHelp(COMMANDS);
    for (const spec of COMMANDS) {
      expect(help).toContain(spec.usage);
      expect(help).toContain(`例：${spec.example}`);
    }
    expect(help).toContain('督查 登记 <督查单位> <督查事项> <涉及乡镇> <日期> [批准文号] [迎检]');
    expect(help).toContain('一票否决 登记 <设定单位> <事项> <日期>');
  });

  it('every example parses as its own command', () => {
    for (const spec of COMMANDS) {
      const parsed = parseCommand(spec.example, COMMANDS, dm);
      expect(parsed.kind === 'command' && parsed.command.spec.name).toBe(spec.name);
    }
  });
});
