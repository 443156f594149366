// 举报 <内容> — a township official reports a burden in one line. Anonymous unless the
// first word is 实名: then storage seals the identity; otherwise it is never stored.
import type { ChatTarget } from '../adapters/types.js';
import type { Config } from '../config/schema.js';
import { parseOfficeTargets } from '../adapters/outbox.js';
import { findDepartment, findTownship } from './extract-names.js';
import { UsageError, type CommandContext, type CommandReply, type CommandSpec } from './types.js';

const NAMED = /^(实名|署名)[\s:：，,]*/u;

export const GROUP_REPLY =
  '为保护您的身份，请私聊我举报：在与我的私聊窗口发送「举报 内容」即可，默认匿名。这条群消息我无法替您删除，如不希望他人看到，可自行撤回。';

function officeTargets(config: Config): ChatTarget[] {
  return parseOfficeTargets(config.office.channels);
}

async function run(ctx: CommandContext, rest: string): Promise<CommandReply> {
  if (!ctx.message.isDirect) return { text: GROUP_REPLY };
  const named = NAMED.exec(rest);
  const content = (named ? rest.slice(named[0].length) : rest).trim();
  if (content.length < 4) throw new UsageError('请写明举报内容：哪个单位、要求了什么、什么时候。');
  if (content.length > 2000) throw new UsageError(`举报内容过长（${content.length} 字），请精简到 2000 字以内。`);

  const township = findTownship(content, ctx.config) ?? ctx.person?.township;
  const department = findDepartment(content, ctx.config);
  const { number, identityStored } = await ctx.services.fileBurdenReport({
    content,
    ...(township ? { township } : {}),
    ...(department ? { department } : {}),
    platform: ctx.message.platform,
    receivedAt: ctx.now,
    ...(named ? { reporter: { platform: ctx.message.platform, id: ctx.message.senderId, ...(ctx.message.senderName ? { name: ctx.message.senderName } : {}) } } : {}),
  });

  const anonymous = '系统没有记录您的身份，任何人（包括纪检监察人员）都无法通过本系统查到举报人。';
  const identity = identityStored
    ? '您选择了实名举报：您的身份已加密封存，只在必要时经授权核实使用，不会出现在任何报告或回复中。'
    : named
      ? `本系统未启用实名封存，本举报按匿名受理：${anonymous}`
      : `本举报为匿名举报：${anonymous}`;
  const where = [township, department].filter(Boolean).join('、');
  const notes = officeTargets(ctx.config).map((target) => ({
    target,
    text: `收到一条减负举报，编号 ${number}${where ? `（涉及：${where}）` : ''}：\n${content}`,
  }));
  return {
    text: `已收到您的举报，编号 ${number}。\n${identity}\n之后想了解进度，可发送「查询 ${number}」；不查询也不影响处理。`,
    notes,
  };
}

export const reportBurden: CommandSpec = {
  name: 'report',
  words: [['举报']],
  aliases: [['report']],
  summary: '私聊我反映基层负担，默认匿名，回复举报编号',
  usage: '举报 <内容>（请在与我的私聊中发送；开头加「实名」则实名举报）',
  example: '举报 县农业农村局要求各村每天早上8点前在群里打卡并上传工作照片',
  freeText: true,
  run,
};
