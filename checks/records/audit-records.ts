// Audits a whole records document (the format of ../shared/corpus/records.json): the
// asOf rule (override > file > today), settings merged over the defaults, validation,
// then every check. Pure: the caller passes today's date.
import { isIsoDate, parseDateText } from '../dates.js';
import type { IsoDate, RecordFinding } from '../types.js';
import { runRecordChecks } from './index.js';
import { resolveRuleSettings } from './resolve-settings.js';
import type { RecordError } from './types.js';
import { validateRecordSet } from './validate-records.js';
import type { RuleSettings } from '../settings.js';

export class RecordsFileError extends Error {
  override name = 'RecordsFileError';
}

export interface AuditResult {
  asOf: IsoDate;
  settings: RuleSettings;
  findings: RecordFinding[];
  errors: RecordError[];
}

function registerList(doc: Record<string, unknown>, names: string[], label: string): unknown[] | undefined {
  for (const name of names) {
    const v = doc[name];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v)) throw new RecordsFileError(`「${name}」应为数组（[…]），请检查${label}的写法。`);
    return v;
  }
  return undefined;
}

/**
 * @param doc the parsed JSON document
 * @param opts.asOf the --as-of override (already validated), if any
 * @param opts.today today's date in Asia/Shanghai, used when neither gives one
 */
export function auditRecords(doc: unknown, opts: { asOf?: IsoDate; today: IsoDate; baseSettings?: RuleSettings }): AuditResult {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new RecordsFileError('台账文件的最外层应为一个对象：{ "asOf": …, "inspections": […], "secondments": […], "vetoItems": […] }。');
  }
  const d = doc as Record<string, unknown>;
  let asOf = opts.asOf;
  if (!asOf && d.asOf !== undefined && d.asOf !== null && d.asOf !== '') {
    const parsed = typeof d.asOf === 'string' ? parseDateText(d.asOf) : null;
    if (!parsed?.ok) throw new RecordsFileError(`文件中的 asOf「${String(d.asOf)}」不是有效日期，请写成 YYYY-MM-DD，或用 --as-of 指定。`);
    asOf = parsed.date;
  }
  asOf ??= opts.today;
  if (!isIsoDate(asOf)) throw new RecordsFileError(`检查日期「${asOf}」无效，请写成 YYYY-MM-DD。`);
  const settings = resolveRuleSettings(d.settings, opts.baseSettings);
  const { records, errors } = validateRecordSet({
    inspections: registerList(d, ['inspections'], '督查检查台账'),
    secondments: registerList(d, ['secondments'], '借调台账'),
    vetoItems: registerList(d, ['vetoItems', 'vetoes'], '一票否决台账'),
  });
  const findings = runRecordChecks({ records, settings, asOf });
  return { asOf, settings, findings, errors };
}
