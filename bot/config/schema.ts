// The one validated configuration file (jianfu.config.yaml). Every field has a default so
// `npm start` works with no file at all; secrets never live here — they come from the
// environment (see bot/config/secrets.ts).
import { z } from 'zod';
import { ruleSettingsSchema } from '../../checks/settings.js';

/** What a finding in a channel triggers (issue 5): a reply quoting the clause, a private
 *  note to the sender, a note to the discipline office, or nothing but the log. */
export const findingActionSchema = z.enum(['reply', 'dm', 'office', 'silent']);
export type FindingAction = z.infer<typeof findingActionSchema>;

export const platformSchema = z.enum(['console', 'slack', 'wechat']);
export type Platform = z.infer<typeof platformSchema>;

/** A chat channel the bot knows about. `id` is the adapter's channel id
 *  (Slack channel id, WeChat room topic or id, console group name). */
export const channelSchema = z.strictObject({
  platform: platformSchema,
  id: z.string().min(1),
  /** Human name shown in reports, e.g. "丹水镇工作群". */
  name: z.string().min(1).optional(),
  /** Who the group mainly belongs to. */
  kind: z.enum(['township', 'department', 'county', 'office', 'other']).default('other'),
  township: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  onFinding: z.array(findingActionSchema).default(['silent']),
});
export type ChannelConfig = z.infer<typeof channelSchema>;

/** A person the bot knows, by platform user id. Used for roles and for attributing a
 *  message to the department (or leader) that imposed a burden. */
export const personSchema = z.strictObject({
  platform: platformSchema,
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  roles: z.array(z.enum(['inspector', 'township-admin', 'office-staff', 'admin', 'member'])).default(['member']),
  township: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  /** Messages from exempt accounts (other bots, broadcast accounts) are ignored. */
  exempt: z.boolean().default(false),
});
export type PersonConfig = z.infer<typeof personSchema>;

const cronSchema = z
  .string()
  .regex(/^\S+(\s+\S+){4,5}$/, { message: 'cron' });

export const configSchema = z.strictObject({
  /** County name used in titles, e.g. "西峡县". */
  county: z.string().min(1).default('示范县'),
  timezone: z.string().min(1).default('Asia/Shanghai'),
  townships: z.array(z.string().min(1)).default([]),
  departments: z.array(z.string().min(1)).default([]),
  rules: ruleSettingsSchema.default(ruleSettingsSchema.parse({})),
  storage: z
    .strictObject({
      /** Keep metadata (channel, time, pseudonymous sender) of messages without findings. */
      keepMessageMetadata: z.boolean().default(true),
    })
    .default({ keepMessageMetadata: true }),
  chat: z
    .strictObject({
      console: z.strictObject({ enabled: z.boolean().default(true) }).default({ enabled: true }),
      slack: z
        .strictObject({
          enabled: z.boolean().default(false),
          mode: z.enum(['http', 'socket']).default('http'),
          port: z.number().int().min(1).max(65535).default(3000),
        })
        .default({ enabled: false, mode: 'http', port: 3000 }),
      wechat: z
        .strictObject({
          enabled: z.boolean().default(false),
          /** Wechaty puppet package name; real deployments pick one (e.g. wechaty-puppet-padlocal). */
          puppet: z.string().min(1).default('wechaty-puppet-mock'),
          name: z.string().min(1).default('jianfu'),
        })
        .default({ enabled: false, puppet: 'wechaty-puppet-mock', name: 'jianfu' }),
    })
    .default({
      console: { enabled: true },
      slack: { enabled: false, mode: 'http', port: 3000 },
      wechat: { enabled: false, puppet: 'wechaty-puppet-mock', name: 'jianfu' },
    }),
  channels: z.array(channelSchema).default([]),
  people: z.array(personSchema).default([]),
  /** Where the discipline office (县纪委监委) receives notes and the weekly digest. */
  office: z
    .strictObject({
      name: z.string().min(1).default('县纪委监委'),
      /** Chat channels of the office, as "platform:id", e.g. "slack:C0OFFICE". */
      channels: z.array(z.string().min(1)).default([]),
      email: z.array(z.string().email()).default([]),
    })
    .default({ name: '县纪委监委', channels: [], email: [] }),
  /** Admins told about failed deliveries, as "platform:id" or e-mail addresses. */
  admins: z.array(z.string().min(1)).default([]),
  schedules: z
    .strictObject({
      /** Daily register scan and secondment alerts. */
      registerScan: cronSchema.default('0 8 * * *'),
      /** Weekly digest to the discipline office: Monday morning. */
      weeklyReport: cronSchema.default('30 8 * * 1'),
    })
    .default({ registerScan: '0 8 * * *', weeklyReport: '30 8 * * 1' }),
  report: z
    .strictObject({
      from: z.string().min(1).default('减负哨兵 <jianfu@localhost>'),
      /** How many notable cases the digest lists per rule. */
      casesPerRule: z.number().int().min(1).max(100).default(5),
    })
    .default({ from: '减负哨兵 <jianfu@localhost>', casesPerRule: 5 }),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
