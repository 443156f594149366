// Settings the checks use, with the defaults of ../shared/rules.md. Validated with zod;
// bot/config/schema.ts embeds this schema as the `rules` section of the config file.
import { z } from 'zod';

export const inspectionSettingsSchema = z.strictObject({
  /** rules.md: inspection-duplicate window. */
  duplicateWindowDays: z.number().int().min(1).max(3650).default(90),
});

export const secondmentSettingsSchema = z.strictObject({
  /** 000: 借调不超过3个月 (90); 004 calls more than half a year "long-term" (180). */
  maxDays: z.number().int().min(1).max(3650).default(90),
  /** 000: 同一乡镇同时借调不超过2名. */
  maxPerTownship: z.number().int().min(0).max(1000).default(2),
  /** 004 §八(六) / 003 §六(三): 新录用公务员最低服务年限5年. */
  minServiceYears: z.number().int().min(0).max(50).default(5),
  /** Due-soon alert horizon in days (inclusive). */
  alertDays: z.number().int().min(0).max(365).default(14),
});

export const vetoSettingsSchema = z.strictObject({
  /**
   * The county's approved 一票否决 list (004 §九(四) 清单化管理). rules.md gives no list;
   * the default holds the two items that central rules themselves keep and that the
   * development register uses. A county replaces it with its own list in the config file.
   */
  approvedItems: z.array(z.string().min(1)).default(['安全生产重特大事故', '党风廉政建设']),
});

export const ruleSettingsSchema = z.strictObject({
  inspection: inspectionSettingsSchema.default(inspectionSettingsSchema.parse({})),
  secondment: secondmentSettingsSchema.default(secondmentSettingsSchema.parse({})),
  veto: vetoSettingsSchema.default(vetoSettingsSchema.parse({})),
});

export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type InspectionSettings = RuleSettings['inspection'];
export type SecondmentSettings = RuleSettings['secondment'];
export type VetoSettings = RuleSettings['veto'];

export const DEFAULT_RULE_SETTINGS: RuleSettings = ruleSettingsSchema.parse({});
