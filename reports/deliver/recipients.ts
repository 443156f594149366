// Who receives the weekly digest: the office's e-mail addresses and chat channels from
// the config. Each has a stable key ("email:x@y", "slack:C0OFFICE") under which its
// report runs are recorded, once per week.
import { describeTarget, parseTarget } from '../../bot/adapters/outbox.js';
import type { ChatTarget } from '../../bot/adapters/types.js';
import type { Config } from '../../bot/config/schema.js';

export type Recipient = { kind: 'email'; key: string; address: string } | { kind: 'chat'; key: string; target: ChatTarget };

export function officeRecipients(config: Config): Recipient[] {
  const emails: Recipient[] = config.office.email.map((address) => ({ kind: 'email', key: `email:${address.toLowerCase()}`, address }));
  const chats: Recipient[] = config.office.channels.map((spec) => {
    const target = parseTarget(spec);
    return { kind: 'chat', key: describeTarget(target), target };
  });
  // The same address or channel listed twice gets one report.
  return [...new Map([...emails, ...chats].map((r) => [r.key, r])).values()];
}

/** Admins (config.admins): e-mail addresses, or chat targets as "slack:@U0ADMIN". */
export function adminRecipients(config: Config): Recipient[] {
  return config.admins.map((spec): Recipient => {
    if (/^[^\s@:]+@[^\s@]+\.[^\s@]+$/.test(spec)) return { kind: 'email', key: `email:${spec.toLowerCase()}`, address: spec };
    const target = parseTarget(spec);
    return { kind: 'chat', key: describeTarget(target), target };
  });
}
