// The message pipeline: message → dedupe → (command | scan → store → notify).
//
// Each stage fails on its own: a scan error stores the message without findings, a store
// error spools it (nothing is dropped), a notify error is logged (the finding is stored
// and reaches the weekly digest). Commands and private chats are never stored as
// messages — a report must not sit next to its sender in the message table.
import type { Logger } from 'pino';
import type { ChatMessage, ChatTarget, Outbox } from '../adapters/types.js';
import type { Config } from '../config/schema.js';
import type { MessageFinding } from '../../checks/types.js';
import type { RuleSettings } from '../../checks/settings.js';
import { todayIn } from '../../checks/dates.js';
import { scanMessage } from '../../checks/messages/index.js';
import { COMMANDS, parseCommand, runCommand, type CommandServices } from '../commands/index.js';
import { rolesOf } from '../commands/roles.js';
import type { CommandReply } from '../commands/types.js';
import { parseOfficeTargets } from '../adapters/outbox.js';
import { BatchWriter } from './batch-writer.js';
import { deliveryKey, RecentKeys } from './dedupe.js';
import { Directory, type MessagePlace } from './resolve-channel.js';
import { groupReply, officeNote, senderNote, type NoticeFinding } from './format-notice.js';
import type { IngestItem, IngestOutcome, MessageSpool, PipelineStore } from './store-port.js';
import { DM_HINT } from './dm-hint.js';
import { onePerRule } from './one-per-rule.js';

export interface PipelineOptions {
  config: Config;
  store: PipelineStore;
  /** Where messages go when the store fails; without one, a store failure is logged. */
  spool?: MessageSpool;
  outbox: Outbox;
  services: CommandServices;
  logger: Logger;
  scan?: (text: string, settings: RuleSettings, asOf: string) => MessageFinding[];
  now?: () => Date;
  /** Called after a message's notices went out (benchmark latency probe). */
  onNotified?: (message: ChatMessage, sent: number) => void;
}

export interface PipelineStats {
  received: number;
  ignored: number;
  duplicates: number;
  commands: number;
  stored: number;
  spooled: number;
  withFindings: number;
  notices: number;
  errors: number;
}

export interface Pipeline {
  handle(message: ChatMessage): Promise<void>;
  /** Waits for every message received so far to be fully handled. */
  drain(): Promise<void>;
  readonly stats: Readonly<PipelineStats>;
}

export function createPipeline(options: PipelineOptions): Pipeline {
  const { config, store, spool, outbox, services, logger } = options;
  const scan = options.scan ?? scanMessage;
  const now = options.now ?? (() => new Date());
  const directory = new Directory(config);
  const recent = new RecentKeys();
  const writer = new BatchWriter(store);
  const inFlight = new Set<Promise<void>>();
  const officeTargets = parseOfficeTargets(config.office.channels);
  const stats: PipelineStats = { received: 0, ignored: 0, duplicates: 0, commands: 0, stored: 0, spooled: 0, withFindings: 0, notices: 0, errors: 0 };

  async function send(target: ChatTarget, text: string, context: Record<string, unknown>): Promise<boolean> {
    try {
      await outbox.send(target, text);
      stats.notices++;
      return true;
    } catch (err) {
      stats.errors++;
      logger.error({ err, ...context }, 'could not send message');
      return false;
    }
  }

  function replyTarget(message: ChatMessage): ChatTarget {
    return message.isDirect
      ? { platform: message.platform, userId: message.senderId }
      : { platform: message.platform, channelId: message.channelId };
  }

  async function answer(message: ChatMessage, reply: CommandReply): Promise<void> {
    const context = { platform: message.platform, channelId: message.channelId };
    if (message.respond) {
      try {
        await message.respond(reply.text);
        stats.notices++;
      } catch (err) {
        logger.warn({ err, ...context }, 'respond() failed; answering in the conversation instead');
        await send(replyTarget(message), reply.text, context);
      }
    } else {
      await send(replyTarget(message), reply.text, context);
    }
    for (const note of reply.notes ?? []) await send(note.target, note.text, { ...context, note: true });
  }

  /** Commands and private chats: handled once (durable receipt), never stored as messages. */
  async function handleDirect(message: ChatMessage, key: string, place: MessagePlace): Promise<boolean> {
    const parsed = parseCommand(message.text, COMMANDS, { isDirect: message.isDirect, addressed: message.addressedToBot ?? false });
    if (parsed.kind === 'none' && !message.isDirect) return false;
    const at = now();
    const today = todayIn(at, config.timezone);
    const ctx = { message, person: place.person, roles: rolesOf(place.person), config, today, now: at, services };
    const explicit = parsed.kind !== 'command' || parsed.command.explicit;
    const reply = async (): Promise<CommandReply | undefined> => (parsed.kind === 'none' ? { text: DM_HINT } : runCommand(parsed, ctx, logger));

    if (explicit) {
      // Claim before running: a command with effects (a report) must run once even when
      // the platform redelivers after a restart.
      if (!(await claim(message, key, today))) return true;
      const answerText = await reply();
      stats.commands++;
      if (answerText) await answer(message, answerText);
      return true;
    }
    // A bare keyword in a group: if its arguments do not parse it is ordinary chat and
    // goes through the scan like any other message.
    const answerText = await reply();
    if (!answerText) return false;
    if (!(await claim(message, key, today))) return true;
    stats.commands++;
    await answer(message, answerText);
    return true;
  }

  async function claim(message: ChatMessage, key: string, today: string): Promise<boolean> {
    try {
      if (await store.claimDelivery(key, today)) return true;
      stats.duplicates++;
      return false;
    } catch (err) {
      // The in-memory key still guards against quick redeliveries; answering twice after
      // a crash is better than not answering at all.
      logger.warn({ err, platform: message.platform }, 'could not record delivery receipt');
      return true;
    }
  }

  async function storeMessage(item: IngestItem): Promise<IngestOutcome | undefined> {
    try {
      const outcome = await writer.write(item);
      if (outcome.spooled) stats.spooled++;
      else stats.stored++;
      return outcome;
    } catch (err) {
      if (!spool) {
        stats.errors++;
        logger.error({ err, platform: item.message.platform, channelId: item.message.channelId }, 'store failed and no spool is configured');
        return undefined;
      }
      try {
        await spool.append(item);
        stats.spooled++;
        logger.warn({ err, platform: item.message.platform, channelId: item.message.channelId }, 'store failed; message spooled for replay');
      } catch (spoolErr) {
        stats.errors++;
        logger.fatal({ err: spoolErr, cause: err }, 'store and spool both failed: message could not be kept');
      }
      return undefined;
    }
  }

  async function notify(message: ChatMessage, place: MessagePlace, findings: MessageFinding[], numbers: string[]): Promise<void> {
    const items: NoticeFinding[] = findings.map((finding, i) => ({ finding, ...(numbers[i] ? { number: numbers[i] } : {}) }));
    const ctx = {
      channelName: place.channelName,
      ...(message.senderName ? { senderName: message.senderName } : {}),
      ...(place.department ? { department: place.department } : {}),
      ...(place.township ? { township: place.township } : {}),
      sentAt: message.sentAt,
      timeZone: config.timezone,
    };
    const log = { platform: message.platform, channelId: message.channelId };
    let sent = 0;
    for (const action of new Set(place.actions)) {
      if (action === 'reply') sent += Number(await send({ platform: message.platform, channelId: message.channelId }, groupReply(items), log));
      else if (action === 'dm') sent += Number(await send({ platform: message.platform, userId: message.senderId }, senderNote(items, ctx), log));
      else if (action === 'office') {
        if (officeTargets.length === 0) logger.warn(log, 'onFinding has "office" but office.channels is empty');
        for (const target of officeTargets) sent += Number(await send(target, officeNote(items, ctx), log));
      }
    }
    logger.info({ ...log, rules: [...new Set(findings.map((f) => f.rule))], numbers, actions: place.actions }, 'finding');
    options.onNotified?.(message, sent);
  }

  async function process(message: ChatMessage): Promise<void> {
    stats.received++;
    const place = directory.place(message);
    if (message.isSelf || place.person?.exempt) {
      stats.ignored++;
      return;
    }
    const key = deliveryKey(message);
    if (recent.seen(key)) {
      stats.duplicates++;
      logger.debug({ platform: message.platform, channelId: message.channelId }, 'duplicate delivery ignored');
      return;
    }
    if (await handleDirect(message, key, place)) return;

    let findings: MessageFinding[] = [];
    try {
      findings = onePerRule(scan(message.text, config.rules, todayIn(message.sentAt, config.timezone)));
    } catch (err) {
      stats.errors++;
      logger.error({ err, platform: message.platform, channelId: message.channelId }, 'scan failed; storing the message without findings');
    }
    const outcome = await storeMessage({
      message,
      findings,
      ...(place.township ? { township: place.township } : {}),
      ...(place.department ? { department: place.department } : {}),
    });
    if (outcome?.duplicate) {
      stats.duplicates++;
      return;
    }
    if (findings.length === 0) return;
    stats.withFindings++;
    // Spooled messages are noted now, without numbers: the point of a reply is to come
    // while the conversation is still going.
    await notify(message, place, findings, outcome?.findingNumbers ?? []);
  }

  return {
    stats,
    handle(message) {
      const work = process(message).catch((err: unknown) => {
        stats.errors++;
        logger.error({ err, platform: message.platform }, 'pipeline failed on a message');
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      return work;
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await writer.drain();
    },
  };
}
