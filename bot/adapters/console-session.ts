// Who is typing and where, for the console chat: resolves --as / --in (or :人 / :群)
// against the configured console people and groups. Unknown names are allowed — a
// script may invent them — and become an ordinary member or an unconfigured group.
import type { ChannelConfig, Config, PersonConfig } from '../config/schema.js';
import type { ConsoleChannel, ConsolePerson } from './console.js';

export interface ConsoleIdentity {
  person: ConsolePerson;
  /** Undefined: a private chat with the bot. */
  channel: ConsoleChannel | undefined;
}

export function consolePeople(config: Config): ConsolePerson[] {
  return config.people.filter((p) => p.platform === 'console').map((p) => ({ id: p.id, name: p.name ?? p.id }));
}

export function consoleChannels(config: Config): ConsoleChannel[] {
  return config.channels.filter((c) => c.platform === 'console').map((c) => ({ id: c.id, name: c.name ?? c.id }));
}

function matches(name: string, candidate: { id: string; name?: string | undefined }): boolean {
  return candidate.id === name || candidate.name === name;
}

export function findConsolePerson(config: Config, name: string): PersonConfig | undefined {
  return config.people.find((p) => p.platform === 'console' && matches(name, p));
}

export function findConsoleChannel(config: Config, name: string): ChannelConfig | undefined {
  return config.channels.find((c) => c.platform === 'console' && matches(name, c));
}

const DM_WORDS = new Set(['dm', 'DM', '私聊', '私信']);

export function isDmName(name: string): boolean {
  return DM_WORDS.has(name);
}

/** Describes where the user is, for prompts: "刘洋@丹水镇工作群" / "刘洋@私聊". */
export function describeIdentity(identity: ConsoleIdentity): string {
  return `${identity.person.name}@${identity.channel ? identity.channel.name : '私聊'}`;
}
