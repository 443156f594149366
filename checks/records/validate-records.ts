// Turns raw register records (parsed JSON, or rows the importer assembled) into typed
// records, or says in Chinese what is missing or malformed. A record with a problem is
// reported and left out of every check — its dates or names cannot be trusted — while
// all other records are still checked. Unknown fields are ignored.
//
// Nullable by design (not errors): approvalRef (none → unapproved), end (none → no
// term), returnedOn (not returned), hireDate (unknown → new-recruit not judged),
// requiresPreparation (absent → false), level, setBy, targets, veto date.
import { dayNumber } from '../dates.js';
import { normalizeApprovalRef, splitPlaces } from './normalize-text.js';
import { readDate, readOptionalDate, readOptionalText, readText, readYesNo, type CellValue, type FieldParse } from './field-values.js';
import type { InspectionRecord, RecordError, RecordSet, SecondmentRecord, VetoRecord } from './types.js';

/** Chinese names of the fields, as in the registers' headers (used in every message). */
export const FIELD_LABELS = {
  inspections: {
    id: '编号',
    organizer: '督查单位',
    level: '层级',
    topic: '督查事项',
    townships: '涉及乡镇',
    date: '督查日期',
    approvalRef: '批准文号',
    requiresPreparation: '是否要求准备材料',
  },
  secondments: {
    id: '编号',
    person: '姓名',
    township: '所在乡镇',
    borrowingUnit: '借调单位',
    start: '开始日期',
    end: '结束日期',
    returnedOn: '返回日期',
    approvalRef: '审批文号',
    hireDate: '入职时间',
  },
  vetoItems: { id: '编号', setBy: '设立单位', item: '一票否决事项', targets: '对象', date: '设立日期' },
} as const;

export type Validated<T> = { ok: true; record: T } | { ok: false; problems: string[] };

type Raw = Record<string, unknown>;

/** Collects field results and problems for one record. */
class FieldReader {
  readonly problems: string[] = [];
  constructor(
    private readonly raw: Raw,
    private readonly labels: Record<string, string>,
    private readonly allowSerial: boolean,
  ) {}

  private take<T>(field: string, result: FieldParse<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push(`「${this.labels[field] ?? field}」${result.reason}`);
    return undefined;
  }

  private cell(field: string): CellValue {
    const v = this.raw[field];
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
    return JSON.stringify(v);
  }

  text(field: string): string | undefined {
    return this.take(field, readText(this.cell(field)));
  }
  optionalText(field: string): string | null | undefined {
    return this.take(field, readOptionalText(this.cell(field)));
  }
  date(field: string): string | undefined {
    const v = this.cell(field);
    if (v === null || v === undefined || v === '') {
      this.problems.push(`「${this.labels[field] ?? field}」不能为空`);
      return undefined;
    }
    return this.take(field, readDate(v, { allowSerial: this.allowSerial }));
  }
  optionalDate(field: string, opts: { openEnded?: boolean; notYet?: boolean } = {}): string | null | undefined {
    return this.take(field, readOptionalDate(this.cell(field), { allowSerial: this.allowSerial, ...opts }));
  }
  yesNo(field: string): boolean | undefined {
    return this.take(field, readYesNo(this.cell(field), false));
  }
  places(field: string): string[] | undefined {
    const v = this.raw[field];
    const label = this.labels[field] ?? field;
    let list: string[] = [];
    if (Array.isArray(v)) {
      for (const item of v) {
        if (typeof item !== 'string') {
          this.problems.push(`「${label}」应为乡镇名称列表，其中「${JSON.stringify(item)}」不是文字`);
          return undefined;
        }
        list.push(...splitPlaces(item));
      }
    } else if (typeof v === 'string') {
      list = splitPlaces(v);
    } else if (v !== null && v !== undefined) {
      this.problems.push(`「${label}」应为乡镇名称列表，如 ["丹水镇", "田关镇"]`);
      return undefined;
    }
    if (list.length === 0) {
      this.problems.push(`「${label}」不能为空，请写明被督查的乡镇`);
      return undefined;
    }
    return [...new Set(list)];
  }
}

export interface ValidateOptions {
  /** Accept Excel day serials (numbers) as dates: spreadsheet imports yes, JSON no. */
  allowSerial?: boolean;
  /** Field names to use in messages instead of FIELD_LABELS (an import's own headers). */
  labels?: Record<string, string>;
}

/** The field names for messages; no copy per record unless an import renames them. */
function labelsFor(base: Record<string, string>, opts: ValidateOptions): Record<string, string> {
  return opts.labels ? { ...base, ...opts.labels } : base;
}

export function validateInspection(raw: Raw, opts: ValidateOptions = {}): Validated<InspectionRecord> {
  const r = new FieldReader(raw, labelsFor(FIELD_LABELS.inspections, opts), opts.allowSerial ?? false);
  const id = r.text('id');
  const organizer = r.text('organizer');
  const level = r.optionalText('level');
  const topic = r.text('topic');
  const townships = r.places('townships');
  const date = r.date('date');
  const requiresPreparation = r.yesNo('requiresPreparation');
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  return {
    ok: true,
    record: {
      id: id!,
      organizer: organizer!,
      level: level ?? null,
      topic: topic!,
      townships: townships!,
      date: date!,
      approvalRef: normalizeApprovalRef(raw.approvalRef),
      requiresPreparation: requiresPreparation!,
    },
  };
}

export function validateSecondment(raw: Raw, opts: ValidateOptions = {}): Validated<SecondmentRecord> {
  const labels = labelsFor(FIELD_LABELS.secondments, opts);
  const r = new FieldReader(raw, labels, opts.allowSerial ?? false);
  const id = r.text('id');
  const person = r.text('person');
  const township = r.text('township');
  const borrowingUnit = r.text('borrowingUnit');
  const start = r.date('start');
  const end = r.optionalDate('end', { openEnded: true });
  const returnedOn = r.optionalDate('returnedOn', { notYet: true });
  const hireDate = r.optionalDate('hireDate');
  const problems = r.problems;
  if (start !== undefined) {
    if (end && dayNumber(end) < dayNumber(start)) problems.push(`「${labels.end}」${end} 早于「${labels.start}」${start}，请核对`);
    if (returnedOn && dayNumber(returnedOn) < dayNumber(start)) {
      problems.push(`「${labels.returnedOn}」${returnedOn} 早于「${labels.start}」${start}，请核对`);
    }
    if (hireDate && dayNumber(hireDate) > dayNumber(start)) {
      problems.push(`「${labels.hireDate}」${hireDate} 晚于借调「${labels.start}」${start}，请核对`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    record: {
      id: id!,
      person: person!,
      township: township!,
      borrowingUnit: borrowingUnit!,
      start: start!,
      end: end ?? null,
      returnedOn: returnedOn ?? null,
      approvalRef: normalizeApprovalRef(raw.approvalRef),
      hireDate: hireDate ?? null,
    },
  };
}

export function validateVeto(raw: Raw, opts: ValidateOptions = {}): Validated<VetoRecord> {
  const r = new FieldReader(raw, labelsFor(FIELD_LABELS.vetoItems, opts), opts.allowSerial ?? false);
  const id = r.text('id');
  const setBy = r.optionalText('setBy');
  const item = r.text('item');
  const targets = r.optionalText('targets');
  const date = r.optionalDate('date');
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  return { ok: true, record: { id: id!, setBy: setBy ?? null, item: item!, targets: targets ?? null, date: date ?? null } };
}

const REGISTER_NAMES = { inspections: '督查检查记录', secondments: '借调记录', vetoItems: '一票否决事项' } as const;

/** A ref for a record: its id, or its position when it has none ("secondments[3]"). */
function refOf(raw: unknown, register: keyof RecordSet, index: number): string {
  if (raw && typeof raw === 'object') {
    const id = (raw as Raw).id;
    if ((typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id))) return String(id).trim();
  }
  return `${register}[${index}]`;
}

function validateList<T extends { id: string }>(
  list: unknown[],
  register: keyof RecordSet,
  validate: (raw: Raw) => Validated<T>,
  errors: RecordError[],
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const name = REGISTER_NAMES[register];
  list.forEach((raw, index) => {
    const ref = refOf(raw, register, index);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push({ ref, error: `${name}第${index + 1}条不是一个对象（{…}），无法检查` });
      return;
    }
    const v = validate(raw as Raw);
    if (!v.ok) {
      errors.push({ ref, error: `${name}「${ref}」：${v.problems.join('；')}。该条未检查，其余记录照常检查。` });
      return;
    }
    if (seen.has(v.record.id)) {
      errors.push({ ref, error: `${name}「${ref}」：编号与前面的记录重复，请给每条记录一个唯一编号。该条未检查。` });
      return;
    }
    seen.add(v.record.id);
    out.push(v.record);
  });
  return out;
}

/** Validates the three registers of a records file; problems become errors, the rest is checked. */
export function validateRecordSet(raw: { inspections?: unknown[]; secondments?: unknown[]; vetoItems?: unknown[] }): {
  records: RecordSet;
  errors: RecordError[];
} {
  const errors: RecordError[] = [];
  const records: RecordSet = {
    inspections: validateList(raw.inspections ?? [], 'inspections', (r) => validateInspection(r), errors),
    secondments: validateList(raw.secondments ?? [], 'secondments', (r) => validateSecondment(r), errors),
    vetoItems: validateList(raw.vetoItems ?? [], 'vetoItems', (r) => validateVeto(r), errors),
  };
  return { records, errors };
}
