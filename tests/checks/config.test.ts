import { describe, expect, it } from 'vitest';
import { parseConfig, ConfigError } from '../../bot/config/load-config.js';

describe('config validation', () => {
  it('fills every default from rules.md when the file is empty', () => {
    const c = parseConfig({});
    expect(c.rules.secondment).toEqual({ maxDays: 90, maxPerTownship: 2, minServiceYears: 5, alertDays: 14 });
    expect(c.rules.inspection.duplicateWindowDays).toBe(90);
    expect(c.timezone).toBe('Asia/Shanghai');
  });

  it('merges partial settings over the defaults', () => {
    const c = parseConfig({ rules: { secondment: { maxDays: 180 } } });
    expect(c.rules.secondment.maxDays).toBe(180);
    expect(c.rules.secondment.maxPerTownship).toBe(2);
  });

  it('names the bad field in Chinese and says what to put there', () => {
    const bad = () => parseConfig({ rules: { secondment: { maxDays: -3 } }, office: { email: ['not-an-email'] }, chat: { slack: { mode: 'pigeon' } } }, 'jianfu.config.yaml');
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toContain('jianfu.config.yaml');
      expect(msg).toContain('rules.secondment.maxDays');
      expect(msg).toContain('不能小于 1');
      expect(msg).toContain('office.email[0]');
      expect(msg).toContain('电子邮箱');
      expect(msg).toContain('chat.slack.mode');
      expect(msg).toContain('http');
    }
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    expect(() => parseConfig({ rules: { secondmnet: {} } })).toThrow(/secondmnet/);
  });
});
