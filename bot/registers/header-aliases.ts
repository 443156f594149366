// Column headers as county offices write them, per register field. Matching folds width,
// drops spaces, "*" required-markers and bracketed hints ("开始日期（格式：2026-01-01）"),
// then tries an exact alias, then the longest alias the header contains
// ("借调结束日期" → 结束日期). Add a county's own wording here.
import type { ImportKind } from './types.js';

/** Register fields plus the importer's own: `period` (one "起止时间" column holding both
 *  dates) and `notes` (free text scanned for 迎检 demands when there is no yes/no column). */
export type ColumnField =
  | 'id'
  | 'organizer'
  | 'level'
  | 'topic'
  | 'townships'
  | 'date'
  | 'approvalRef'
  | 'requiresPreparation'
  | 'notes'
  | 'person'
  | 'township'
  | 'borrowingUnit'
  | 'start'
  | 'end'
  | 'period'
  | 'returnedOn'
  | 'hireDate'
  | 'setBy'
  | 'item'
  | 'targets';

const ID = ['编号', '台账编号', '记录编号', '登记编号', '事项编号', 'id', 'ref'];

export const HEADER_ALIASES: Record<ImportKind, Partial<Record<ColumnField, string[]>>> = {
  inspections: {
    id: ID,
    organizer: ['督查单位', '检查单位', '督查部门', '检查部门', '牵头单位', '实施单位', '组织单位', '发起单位', '主办单位', '考核单位', '督查检查单位', '督查主体', '检查主体', '单位', '部门', 'organizer'],
    level: ['层级', '级别', '单位层级', 'level'],
    topic: ['督查事项', '检查事项', '督查内容', '检查内容', '督查检查事项', '督查检查内容', '事项名称', '督查主题', '检查主题', '考核事项', '项目名称', '事项', '内容', '主题', 'topic'],
    townships: ['涉及乡镇', '被检查乡镇', '被督查乡镇', '涉及苏木镇', '被检查苏木镇', '被检查乡(镇)', '被检查街道', '被督查街道', '检查对象', '督查对象', '涉及苏木乡镇', '涉及街道', '对象乡镇', '被督查单位', '被检查单位', '涉及镇街', '乡镇', '苏木乡镇', '街道', '对象', 'townships'],
    date: ['督查日期', '检查日期', '督查时间', '检查时间', '开展时间', '开展日期', '实施时间', '实施日期', '计划时间', '日期', '时间', 'date'],
    approvalRef: ['批准文号', '审批文号', '报批文号', '批文', '批准文件', '审批情况', '报批情况', '是否报批', '县委县政府批准文号', '备案号', 'approvalref'],
    requiresPreparation: ['是否要求准备材料', '是否要求迎检', '是否准备材料', '是否需要准备材料', '是否要求乡镇准备材料', '是否迎检', '迎检要求', '准备材料', '是否要求陪同', 'requirespreparation'],
    notes: ['备注', '督查要求', '检查要求', '工作要求', '检查方式', '督查方式', '具体要求', '说明', 'notes'],
  },
  secondments: {
    id: ID,
    person: ['姓名', '借调人员', '借调人员姓名', '人员姓名', '干部姓名', '被借调人', '被借调人员', '借调干部', '借用人员', '抽调人员', 'person'],
    township: ['所在乡镇', '乡镇', '所在苏木乡镇', '苏木乡镇', '所在苏木镇', '苏木镇', '所在乡', '所在镇', '所在街道', '街道', '乡镇街道', '所在镇街', '派出乡镇', '原单位', '所在单位', '工作单位', '派出单位', '原工作单位', 'township'],
    borrowingUnit: ['借调单位', '借入单位', '用人单位', '借用单位', '抽调单位', '借调至', '借调去向', '借调部门', '借调到', 'borrowingunit'],
    start: ['开始日期', '开始时间', '借调开始时间', '借调开始日期', '起始日期', '起始时间', '借调起始日期', '借调日期', '开始', '起', 'start'],
    end: ['结束日期', '结束时间', '借调结束时间', '借调结束日期', '截止日期', '截止时间', '到期日期', '到期时间', '期满日期', '终止日期', '预计结束时间', '结束', '止', 'end'],
    period: ['起止时间', '起止日期', '借调起止时间', '借调期限', '借调期间', '借调时间', '借调时段', '借调期'],
    returnedOn: ['返回日期', '实际返回日期', '返回时间', '返岗日期', '返岗时间', '实际返岗日期', '回原单位日期', '归还日期', '实际结束日期', 'returnedon'],
    approvalRef: ['审批文号', '批准文号', '审批情况', '审批单号', '组织部门审批文号', '批文号', '批复文号', '审批文件', '审批', 'approvalref'],
    hireDate: ['入职时间', '入职日期', '录用时间', '录用日期', '招录时间', '入编时间', '参加工作时间', '参加工作日期', '进入乡镇时间', 'hiredate'],
  },
  vetoItems: {
    id: ID,
    setBy: ['设立单位', '设置单位', '发文单位', '责任单位', '提出单位', '部门', '单位', 'setby'],
    item: ['一票否决事项', '否决事项', '事项', '事项名称', '项目', '内容', 'item'],
    targets: ['对象', '适用对象', '适用范围', '考核对象', '否决对象', 'targets'],
    date: ['设立日期', '设立时间', '发文日期', '日期', '时间', 'date'],
  },
};

/** Fields a register cannot do without: the header row must name them. `start` may come
 *  from a `period` column instead. */
export const REQUIRED_FIELDS: Record<ImportKind, ColumnField[][]> = {
  inspections: [['organizer'], ['topic'], ['townships'], ['date']],
  secondments: [['person'], ['township'], ['borrowingUnit'], ['start', 'period']],
  vetoItems: [['item']],
};

/** A header cell reduced for matching. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[([【][^)\]】]*[)\]】]/gu, '')
    .replace(/[\s*:：#]+/gu, '')
    .toLowerCase();
}
