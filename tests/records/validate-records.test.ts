import { describe, expect, it } from 'vitest';
import { auditRecords, RecordsFileError } from '../../checks/records/audit-records.js';
import { resolveRuleSettings, SettingsError } from '../../checks/records/resolve-settings.js';
import { validateRecordSet } from '../../checks/records/validate-records.js';
import { DEFAULT_RULE_SETTINGS } from '../../checks/settings.js';

const secondment = {
  id: 'S-1',
  person: '张伟',
  township: '丹水镇',
  hireDate: '2015-07-01',
  borrowingUnit: '县发改委',
  start: '2026-05-01',
  end: '2026-07-31',
  returnedOn: null,
  approvalRef: '西组借〔2026〕5号',
};

describe('validating records', () => {
  it('reports missing and malformed fields in Chinese, by ref, and keeps checking the rest', () => {
    const { records, errors } = validateRecordSet({
      secondments: [
        secondment,
        { ...secondment, id: 'S-2', start: '2026-13-01' },
        { ...secondment, id: 'S-3', person: '' },
        { ...secondment, id: 'S-4', end: '2026-04-01' },
        { ...secondment, id: 'S-5', hireDate: '2027-01-01' },
        { ...secondment, id: 'S-6', returnedOn: 'yesterday' },
        { ...secondment, id: undefined },
        'not an object',
        { ...secondment, id: 'S-1' },
      ],
    });
    expect(records.secondments.map((s) => s.id)).toEqual(['S-1']);
    expect(errors.map((e) => e.ref)).toEqual(['S-2', 'S-3', 'S-4', 'S-5', 'S-6', 'secondments[6]', 'secondments[7]', 'S-1']);
    expect(errors[0]!.error).toContain('「开始日期」「2026-13-01」不是真实存在的日期');
    expect(errors[1]!.error).toContain('「姓名」不能为空');
    expect(errors[2]!.error).toContain('早于');
    expect(errors[3]!.error).toContain('入职时间');
    expect(errors[5]!.error).toContain('「编号」不能为空');
    expect(errors[7]!.error).toContain('编号与前面的记录重复');
    for (const e of errors) expect(e.error).toMatch(/\p{Script=Han}/u);
  });

  it('accepts register spellings: slashes, 年月日, numeric ids, township lists in one string, 是/否', () => {
    const { records, errors } = validateRecordSet({
      inspections: [
        { id: 7, organizer: '县住建局', topic: '危房改造', townships: '丹水镇、田关镇,回车镇', date: '2026年3月1日', approvalRef: '无', requiresPreparation: '否' },
      ],
      secondments: [{ ...secondment, start: '2026/5/1', end: '待定', returnedOn: '', approvalRef: '  ', hireDate: null }],
    });
    expect(errors).toEqual([]);
    expect(records.inspections[0]).toMatchObject({ id: '7', townships: ['丹水镇', '田关镇', '回车镇'], date: '2026-03-01', approvalRef: null, requiresPreparation: false });
    expect(records.secondments[0]).toMatchObject({ start: '2026-05-01', end: null, returnedOn: null, approvalRef: null, hireDate: null });
  });

  it('rejects a township list that is empty or not text', () => {
    const base = { id: 'I', organizer: '县住建局', topic: '危房改造', date: '2026-03-01', approvalRef: 'x' };
    const { errors } = validateRecordSet({ inspections: [{ ...base, townships: [] }, { ...base, id: 'J', townships: [3] }] });
    expect(errors.map((e) => e.ref)).toEqual(['I', 'J']);
  });
});

describe('settings beside records', () => {
  it('merges known keys over the defaults and ignores unknown ones', () => {
    const s = resolveRuleSettings({ secondment: { maxDays: 180, surprise: 1 }, other: {} });
    expect(s.secondment).toEqual({ ...DEFAULT_RULE_SETTINGS.secondment, maxDays: 180 });
    expect(s.inspection).toEqual(DEFAULT_RULE_SETTINGS.inspection);
    expect(resolveRuleSettings(undefined)).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it('refuses a bad value with a Chinese message naming it', () => {
    expect(() => resolveRuleSettings({ secondment: { maxDays: 'ninety' } })).toThrow(SettingsError);
    expect(() => resolveRuleSettings({ secondment: { maxDays: 'ninety' } })).toThrow(/settings\.secondment\.maxDays/);
  });
});

describe('auditRecords', () => {
  it('takes asOf from the override, then the file, then today', () => {
    const doc = { asOf: '2026-11-23', secondments: [{ ...secondment, end: '2026-11-30' }] };
    expect(auditRecords(doc, { today: '2026-01-01' }).asOf).toBe('2026-11-23');
    expect(auditRecords(doc, { today: '2026-01-01', asOf: '2026-11-20' }).asOf).toBe('2026-11-20');
    expect(auditRecords({ secondments: [] }, { today: '2026-01-01' }).asOf).toBe('2026-01-01');
    // The date decides the findings: due soon on 11-23 and 11-20, not when 30 days ahead.
    expect(auditRecords(doc, { today: '2026-01-01' }).findings.map((f) => f.check)).toContain('secondment-due-soon');
    expect(auditRecords(doc, { today: '2026-01-01', asOf: '2026-10-31' }).findings.map((f) => f.check)).not.toContain('secondment-due-soon');
  });

  it('refuses a document that is not a records file', () => {
    expect(() => auditRecords([], { today: '2026-01-01' })).toThrow(RecordsFileError);
    expect(() => auditRecords({ secondments: {} }, { today: '2026-01-01' })).toThrow(/应为数组/);
    expect(() => auditRecords({ asOf: 'soon' }, { today: '2026-01-01' })).toThrow(/asOf/);
  });
});
