// XLSX registers built with exceljs the way offices lay them out: a merged title, a blank
// line, a two-row header ("借调时间" merged over "开始" / "结束"), real date cells, a bare
// Excel serial, text dates, a township merged down two rows, and a 说明 sheet.
import ExcelJS from 'exceljs';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export async function streetSecondmentsWorkbook(options: { broken?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('填表说明');
  notes.addRow(['日期请按 2026-01-01 格式填写；本表由街道党工委汇总。']);
  const ws = wb.addWorksheet('2026年借调台账');
  ws.addRow(['南湖区街道干部借调情况登记表']);
  ws.mergeCells('A1:I1');
  ws.addRow([]);
  ws.addRow(['序号', '姓名', '所在街道', '入编时间', '借调单位', '借调时间', '', '返岗日期', '审批文号']);
  ws.addRow(['', '', '', '', '', '开始', '结束', '', '']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:D4');
  ws.mergeCells('E3:E4');
  ws.mergeCells('F3:G3');
  ws.mergeCells('H3:H4');
  ws.mergeCells('I3:I4');
  ws.addRow([1, '周敏', '南湖街道', utc(2018, 7, 1), '区委办', utc(2026, 7, 1), utc(2026, 9, 28), null, '区组借〔2026〕6号']);
  ws.addRow([2, '吴刚', '', utc(2019, 7, 1), '区政府办', 46266, '2026年10月31日', null, '区组借〔2026〕9号']);
  ws.mergeCells('C5:C6'); // 南湖街道 covers both rows
  ws.addRow([3, '郑洁', '东城街道', '2017.7.1', '区财政局', '2026/6/2', '2026/8/31', utc(2026, 9, 1), { richText: [{ text: '区组借' }, { text: '〔2026〕7号' }] }]);
  ws.addRow([4, '孙浩', '东城街道', utc(2016, 7, 1), '区发改委', utc(2026, 9, 1), '待定', null, '']);
  if (options.broken) {
    ws.addRow([5, '马丽', '东城街道', utc(2015, 7, 1), '', utc(2026, 9, 10), utc(2026, 10, 10), null, '区组借〔2026〕11号']);
    ws.addRow([6, '钱多', '东城街道', utc(2015, 7, 1), '区信访局', '2026-13-01', utc(2026, 10, 10), null, '区组借〔2026〕12号']);
  }
  ws.addRow([]);
  ws.addRow(['制表人：李红', '', '', '', '', '', '', '', '']);
  const hidden = wb.addWorksheet('旧表');
  hidden.state = 'hidden';
  hidden.addRow(['姓名', '所在乡镇', '借调单位', '开始日期']);
  hidden.addRow(['不应导入', '某镇', '某局', '2020-01-01']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function inspectionsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督查检查事项');
  ws.addRow(['编号', '督查单位', '层级', '督查事项', '涉及乡镇', '督查日期', '批准文号', '是否要求准备材料']);
  ws.addRow(['I-01', '县农业农村局', '县级', '秸秆禁烧', '丹水镇、田关镇', utc(2026, 11, 10), null, '否']);
  ws.addRow(['I-02', '市生态环境局', '市级', '大气污染防治', '双龙镇', utc(2026, 10, 8), '宛督〔2026〕7号', false]);
  ws.addRow(['I-03', '县生态环境分局', '县级', '大气污染防治', '双龙镇', { formula: 'DATE(2026,10,15)', result: utc(2026, 10, 15) }, '西督〔2026〕17号', '√']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
