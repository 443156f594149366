// The vocabulary shared by the command parser, the dispatcher and the command modules.
import type { ChatMessage, ChatTarget } from '../adapters/types.js';
import type { Config, PersonConfig } from '../config/schema.js';
import type { IsoDate } from '../../checks/types.js';
import type { CommandServices } from './services.js';

export type Role = PersonConfig['roles'][number];

export type CommandName = 'report' | 'query' | 'secondment' | 'inspection' | 'veto' | 'weekly' | 'verify' | 'help';

export interface CommandContext {
  message: ChatMessage;
  /** The sender as configured in `people`, if known. */
  person: PersonConfig | undefined;
  roles: ReadonlySet<Role>;
  config: Config;
  /** Today in the county's time zone ("YYYY-MM-DD"): relative dates resolve against it. */
  today: IsoDate;
  now: Date;
  services: CommandServices;
}

/** What a command answers: one reply in the same conversation, plus optional notes to
 *  other places (e.g. the discipline office is told a report came in). */
export interface CommandReply {
  text: string;
  notes?: { target: ChatTarget; text: string }[];
}

/** Thrown (returned) by a command when its arguments are malformed: `why` says what is
 *  wrong; the dispatcher adds the usage line and one example. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandSpec {
  name: CommandName;
  /** Chinese keyword forms, each a sequence of words ("借调 登记" → ['借调', '登记']). */
  words: string[][];
  /** English aliases, matched case-insensitively. */
  aliases: string[][];
  /** Who may run it; undefined = everyone. */
  roles?: readonly Role[];
  /** Chinese name of the allowed group, for the refusal ("纪检监察人员"). */
  rolesLabel?: string;
  /** One-line summary for 帮助. */
  summary: string;
  /** The usage line, e.g. "借调 登记 <姓名> <乡镇> …". */
  usage: string;
  /** One complete example. */
  example: string;
  /** Extra lines for 帮助 (argument notes), optional. */
  notes?: string[];
  /** Whether the arguments may follow the keyword without a space ("举报县里要求…"). */
  freeText?: boolean;
  /** Takes no arguments (a bare keyword with trailing text in a group is then just chat). */
  noArgs?: boolean;
  run(ctx: CommandContext, rest: string): Promise<CommandReply>;
}
