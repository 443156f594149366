// Argument helpers shared by the register commands (借调/督查/一票否决 登记).
import type { IsoDate } from '../../checks/types.js';
import type { Config } from '../config/schema.js';
import { parseChineseDate } from './parse-date.js';
import { UsageError } from './types.js';

/** Drops the optional 登记 word after the keyword ("借调 登记 …" and "借调 …" both work). */
export function dropRegisterWord(tokens: string[]): string[] {
  return tokens[0] === '登记' || tokens[0]?.toLowerCase() === 'add' ? tokens.slice(1) : tokens;
}

export function requireDate(token: string | undefined, what: string, today: IsoDate): IsoDate {
  if (token === undefined || token === '') throw new UsageError(`缺少${what}。`);
  const parsed = parseChineseDate(token, today);
  if (!parsed.ok) throw new UsageError(`${what}：${parsed.error}`);
  return parsed.date;
}

const LIST_SEPARATORS = /[、，,；;/／]+/u;
const ALL_TOWNSHIPS = new Set(['全县', '各乡镇', '全部乡镇', '所有乡镇', '全县各乡镇']);

/** "丹水镇、田关镇" → two townships; "各乡镇" → every configured township. */
export function parseTownships(token: string, config: Config): string[] {
  if (ALL_TOWNSHIPS.has(token)) {
    if (config.townships.length === 0) throw new UsageError('「各乡镇」需要先在配置文件的 townships 中列出本县乡镇，或直接写出乡镇名。');
    return [...config.townships];
  }
  const names = token.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('缺少涉及的乡镇。');
  return [...new Set(names)];
}

/** Approval reference: "无"/"没有"/"-" mean none; otherwise kept as typed. */
export function parseApprovalRef(token: string | undefined): string | null {
  if (token === undefined) return null;
  return /^(无|没有|未批|未审批|-|—|null)$/u.test(token) ? null : token;
}

/** Resolves a township as typed against the configured list: exact, or a unique prefix
 *  ("丹水" → "丹水镇"). With no list configured, any name is taken as is. */
export function resolveTownship(name: string, config: Config): string {
  if (config.townships.length === 0 || config.townships.includes(name)) return name;
  const candidates = config.townships.filter((t) => t.startsWith(name));
  if (candidates.length === 1) return candidates[0]!;
  const list = config.townships.slice(0, 12).join('、');
  throw new UsageError(`「${name}」不是本县的乡镇，请使用配置中的名称：${list}${config.townships.length > 12 ? '等' : ''}。`);
}
