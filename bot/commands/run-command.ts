// Runs a parsed command: role check, then the command, turning malformed arguments into
// the usage line plus one example, and any other failure into a plain apology — a user
// never sees a stack trace.
import type { Logger } from 'pino';
import type { CommandParse } from './parse-command.js';
import { mayRun, ROLE_LABELS } from './roles.js';
import { UsageError, type CommandContext, type CommandReply } from './types.js';

export function usageReply(why: string, spec: { usage: string; example: string }): string {
  return `${why}\n用法：${spec.usage}\n例如：${spec.example}`;
}

/** Returns the reply, or undefined when the message turned out to be ordinary chat
 *  (a bare keyword in a group whose arguments do not parse). */
export async function runCommand(parsed: CommandParse, ctx: CommandContext, logger?: Logger): Promise<CommandReply | undefined> {
  if (parsed.kind === 'none') return undefined;
  if (parsed.kind === 'unknown') {
    const word = parsed.word ? `「${parsed.word}」` : '';
    return { text: `没有${word}这个命令。发送「帮助」可查看全部命令和例子。` };
  }
  const { spec, rest, explicit, keyword } = parsed.command;
  if (!mayRun(ctx.roles, spec.roles)) {
    const mine = [...ctx.roles].map((r) => ROLE_LABELS[r]).join('、');
    return {
      text: `抱歉，「${keyword}」仅供${spec.rolesLabel ?? '特定人员'}使用，您在本系统中的身份是${mine}。如需开通，请联系县减负办在配置中登记您的角色。`,
    };
  }
  try {
    return await spec.run(ctx, rest);
  } catch (err) {
    if (err instanceof UsageError) {
      if (!explicit) return undefined;
      return { text: usageReply(`「${keyword}」的格式不对：${err.message}`, spec) };
    }
    logger?.error({ err, command: spec.name, platform: ctx.message.platform }, 'command failed');
    return { text: `抱歉，处理「${keyword}」时系统出错，这不是您的问题，已记录，管理员会处理。` };
  }
}
