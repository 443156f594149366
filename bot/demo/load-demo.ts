// Loads the demo data set into the database: a week of group messages (scanned by the
// real rules, stored like any other), the three registers with their record findings,
// and two anonymous burden reports. Idempotent: messages and register rows have fixed
// ids and are only added when missing, reports are matched by content, so a second run —
// even on a later day — adds nothing and moves nothing.
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Database } from '../../storage/database.js';
import type { StorageKeys } from '../../storage/storage-keys.js';
import { addDays, todayIn } from '../../checks/dates.js';
import { scanMessage } from '../../checks/messages/index.js';
import { runRecordChecks, RECORD_CHECKS } from '../../checks/records/index.js';
import { ingestMessages } from '../../storage/repositories/messages.js';
import { importRegisterRows, listInspections, listSecondments, listVetoItems } from '../../storage/repositories/registers.js';
import { syncRecordFindings } from '../../storage/repositories/findings.js';
import { fileBurdenReport } from '../../storage/repositories/burden-reports.js';
import { isoWeekday } from '../commands/parse-date.js';
import { Directory } from '../pipeline/resolve-channel.js';
import { onePerRule } from '../pipeline/one-per-rule.js';
import { DEMO_MESSAGES } from './demo-messages.js';
import { DEMO_BURDEN_REPORTS, demoRegisters } from './demo-registers.js';

export interface LoadDemoOptions {
  database: Database;
  keys: StorageKeys;
  /** The config with the demo chat (withDemoChat). */
  config: Config;
  now?: Date;
  logger?: Logger;
}

export interface LoadDemoResult {
  messagesAdded: number;
  messageFindings: number;
  registerRowsAdded: number;
  recordFindings: number;
  reportsAdded: number;
  /** Nothing was added: the demo was loaded before. */
  alreadyLoaded: boolean;
}

/** The instant of a demo message: its weekday in the last complete or the current ISO
 *  week, at its time in Asia/Shanghai; never later than now. */
export function demoInstant(message: { week: 'last' | 'this'; weekday: number; time: string }, now: Date, timeZone: string): Date {
  const today = todayIn(now, timeZone);
  const monday = addDays(today, 1 - isoWeekday(today) - (message.week === 'last' ? 7 : 0));
  const at = new Date(`${addDays(monday, message.weekday - 1)}T${message.time}:00+08:00`);
  return at.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : at;
}

export async function loadDemoData(options: LoadDemoOptions): Promise<LoadDemoResult> {
  const { database, keys, config } = options;
  const db = database.db;
  const now = options.now ?? new Date();
  const today = todayIn(now, config.timezone);
  const directory = new Directory(config);

  const items = DEMO_MESSAGES.map((m) => {
    const message = { platform: 'console' as const, channelId: m.channel, isDirect: false, messageId: m.id, senderId: m.sender, text: m.text, sentAt: demoInstant(m, now, config.timezone) };
    const place = directory.place(message);
    return { message, findings: onePerRule(scanMessage(m.text, config.rules, todayIn(message.sentAt, config.timezone))), township: place.township ?? null, department: place.department ?? null };
  });
  const outcomes = await ingestMessages(db, { items, pseudonymKey: keys.pseudonym, keepMessageMetadata: true });
  const messagesAdded = outcomes.filter((o) => o.stored).length;
  const messageFindings = outcomes.reduce((n, o) => n + o.findingIds.length, 0);

  // Register rows: add the missing ones only, so rows keep the dates of the first load.
  const registers = demoRegisters(today);
  const [inspections, secondments, vetoItems] = await Promise.all([listInspections(db), listSecondments(db), listVetoItems(db)]);
  const have = new Set([...inspections, ...secondments, ...vetoItems].map((r) => r.id));
  let registerRowsAdded = 0;
  for (const [kind, rows] of [
    ['inspection', registers.inspections],
    ['secondment', registers.secondments],
    ['veto', registers.vetoItems],
  ] as const) {
    const missing = (rows as { id: string }[]).filter((r) => !have.has(r.id));
    if (missing.length === 0) continue;
    const result = await importRegisterRows(db, { kind, rows: missing as never[], enteredBy: '演示数据', source: 'demo' });
    registerRowsAdded += result.inserted.length;
  }
  // Record findings over the whole registers, as the daily scan would store them, so the
  // digest shows them before the first scheduled run.
  const records = { inspections: await listInspections(db), secondments: await listSecondments(db), vetoItems: await listVetoItems(db) };
  const recordFindings = runRecordChecks({ records, settings: config.rules, asOf: today });
  const synced = await syncRecordFindings(db, { findings: recordFindings, asOf: now, checks: RECORD_CHECKS.map((c) => c.meta.id) });

  let reportsAdded = 0;
  const lastMonday = addDays(today, 1 - isoWeekday(today) - 7);
  for (const [i, report] of DEMO_BURDEN_REPORTS.entries()) {
    const exists = await database.rows(sql`select 1 from burden_reports where content = ${report.content} limit 1`);
    if (exists.length > 0) continue;
    await fileBurdenReport(db, {
      content: report.content,
      township: report.township,
      department: report.department,
      sealKey: null,
      receivedAt: new Date(`${addDays(lastMonday, 2 + i * 2)}T12:00:00+08:00`),
    });
    reportsAdded++;
  }

  const result = {
    messagesAdded,
    messageFindings,
    registerRowsAdded,
    recordFindings: synced.created.length,
    reportsAdded,
    alreadyLoaded: messagesAdded === 0 && registerRowsAdded === 0 && reportsAdded === 0,
  };
  options.logger?.info(result, 'demo data loaded');
  return result;
}
