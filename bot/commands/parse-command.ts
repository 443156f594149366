// Recognises a chat command at the start of a message. Chinese keywords come first;
// `/` and full-width `／` prefixes and English aliases are accepted too.
//
// Commands are "explicit" when prefixed, sent in a private chat, or addressed to the bot
// (@-mention). In a group, a bare keyword ("举报 …") is still recognised, but it must
// stand alone as a word — "本周五下午开会" is chat, not the 本周 command — and the
// dispatcher lets a bare group message that does not parse fall through as chat.
import type { CommandSpec } from './types.js';

export interface ParsedCommand {
  spec: CommandSpec;
  /** The keyword as typed (for messages). */
  keyword: string;
  /** Everything after the keyword, trimmed. */
  rest: string;
  explicit: boolean;
}

export type CommandParse =
  | { kind: 'command'; command: ParsedCommand }
  | { kind: 'unknown'; word: string }
  | { kind: 'none' };

const PREFIX = /^[/／]\s*/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Matcher {
  spec: CommandSpec;
  regex: RegExp;
  /** Number of characters of the keyword form, so the longest form wins. */
  weight: number;
}

const cache = new WeakMap<readonly CommandSpec[], Matcher[]>();

function matchersFor(specs: readonly CommandSpec[]): Matcher[] {
  let matchers = cache.get(specs);
  if (matchers) return matchers;
  matchers = [];
  for (const spec of specs) {
    for (const words of spec.words) {
      // Chinese forms: the words may be written together ("借调登记") or apart.
      matchers.push({ spec, regex: new RegExp(`^(${words.map(escape).join('\\s*')})(?=\\s|$|(?<free>.))`, 'u'), weight: words.join('').length });
    }
    for (const words of spec.aliases) {
      matchers.push({ spec, regex: new RegExp(`^(${words.map(escape).join('\\s+')})(?=\\s|$)`, 'iu'), weight: words.join(' ').length });
    }
  }
  matchers.sort((a, b) => b.weight - a.weight);
  cache.set(specs, matchers);
  return matchers;
}

export function parseCommand(
  text: string,
  specs: readonly CommandSpec[],
  where: { isDirect: boolean; addressed?: boolean },
): CommandParse {
  const trimmed = text.trim();
  const prefixed = PREFIX.exec(trimmed);
  const body = prefixed ? trimmed.slice(prefixed[0].length) : trimmed;
  const explicit = Boolean(prefixed) || where.isDirect || Boolean(where.addressed);

  if (prefixed && body === '') {
    // A bare "/" (or Slack's "/jianfu" with nothing after it) asks for help.
    const help = specs.find((s) => s.name === 'help');
    if (help) return { kind: 'command', command: { spec: help, keyword: '帮助', rest: '', explicit: true } };
  }
  for (const m of matchersFor(specs)) {
    const hit = m.regex.exec(body);
    if (!hit) continue;
    const glued = hit.groups?.free !== undefined;
    // "举报县里要求…" (no space) is fine when clearly a command; in a group's chat a
    // keyword glued to other text is ordinary speech ("本周五开会").
    if (glued && !(explicit && m.spec.freeText)) continue;
    const rest = body.slice(hit[1]!.length).trim();
    if (!explicit && m.spec.noArgs && rest !== '') continue;
    return { kind: 'command', command: { spec: m.spec, keyword: hit[1]!, rest, explicit } };
  }
  if (prefixed) return { kind: 'unknown', word: body.split(/\s+/u)[0] ?? '' };
  return { kind: 'none' };
}
