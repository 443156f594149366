// Turns zod issues into Chinese lines that name the field and say what to put there,
// because the people editing the config file are county office staff, not programmers.
import type { z } from 'zod';

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '（整个文件）';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型不对，应为${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? `过长（上限 ${String(issue.maximum)}）` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((v) => String(v)).join('、')}`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}（请检查拼写）`;
    case 'invalid_format':
      return issue.format === 'email' ? '不是有效的电子邮箱地址' : issue.format === 'regex' ? '格式不对（定时任务应为 cron 表达式，如 "0 8 * * 1"）' : `格式不对（应为 ${issue.format}）`;
    default:
      return issue.message;
  }
}

function typeName(t: string): string {
  return ({ number: '数字', string: '文字', boolean: 'true 或 false', array: '列表', object: '对象' } as Record<string, string>)[t] ?? t;
}

export function formatConfigIssues(source: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => `  - ${fieldName(i.path)}：${describe(i)}`);
  return `配置文件 ${source} 有误，请修改以下字段后重新启动：\n${lines.join('\n')}`;
}
