// Settings given beside records (a records file's "settings", a partial override): merged
// key by key over the defaults of rules.md, unknown keys ignored, values validated.
import { DEFAULT_RULE_SETTINGS, ruleSettingsSchema, type RuleSettings } from '../settings.js';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function pickKnown(defaults: Record<string, unknown>, given: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  if (given && typeof given === 'object' && !Array.isArray(given)) {
    for (const key of Object.keys(defaults)) {
      const v = (given as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = v;
    }
  }
  return out;
}

/** Defaults overridden by `partial`; throws SettingsError (Chinese) on a bad value. */
export function resolveRuleSettings(partial: unknown, base: RuleSettings = DEFAULT_RULE_SETTINGS): RuleSettings {
  const given = partial && typeof partial === 'object' ? (partial as Record<string, unknown>) : {};
  const merged = {
    inspection: pickKnown(base.inspection, given.inspection),
    secondment: pickKnown(base.secondment, given.secondment),
    veto: pickKnown(base.veto, given.veto),
  };
  const result = ruleSettingsSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `settings.${i.path.join('.')}（${describeIssue(i.code)}）`);
    throw new SettingsError(`设置有误：${problems.join('；')}。请改正后重试，或删去该项使用默认值。`, { cause: result.error });
  }
  return result.data;
}

function describeIssue(code: string): string {
  switch (code) {
    case 'invalid_type':
      return '类型不对：天数、人数、年数应为整数，清单应为文字数组';
    case 'too_small':
      return '数值太小';
    case 'too_big':
      return '数值太大';
    default:
      return '取值无效';
  }
}
