// Register files as county offices keep them, parsed to typed rows: CSV (UTF-8 with BOM,
// GB18030, title rows, combined 起止时间, notes columns) and XLSX (two-row merged headers,
// date cells, serials, rich text, hidden sheets). A bad row is reported with its row
// number and what is wrong, and then nothing of the file is returned.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseRegisterBytes, parseRegisterFile } from '../../bot/registers/parse-register-file.js';
import { inspectionsWorkbook, streetSecondmentsWorkbook } from './support/street-workbook.js';

const FIX = path.resolve('tests/fixtures/registers');

describe('CSV registers', () => {
  it('reads the standard header set (UTF-8 with BOM) with every date format', async () => {
    const r = await parseRegisterFile('secondments', path.join(FIX, 'secondments-xixia.csv'));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.records).toHaveLength(9);
    expect(r.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.records[1]).toEqual({
      id: 'S-02', person: '李娜', township: '丹水镇', borrowingUnit: '县委办', start: '2026-10-01', end: null, returnedOn: null, approvalRef: '西组借〔2026〕9号', hireDate: '2018-08-01',
    });
    expect(r.records[2]).toMatchObject({ hireDate: '2024-09-01', start: '2026-11-01', end: '2026-12-15' });
    expect(r.records[3]).toMatchObject({ hireDate: '2012-03-01', start: '2026-09-20', approvalRef: null });
  });

  it('reads a GB18030 file with a title row, 起止时间 ranges, 至今, and skips blank and 填表人 lines', async () => {
    const r = await parseRegisterFile('secondments', path.join(FIX, 'secondments-neimenggu-gbk.csv'));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.skippedRows).toBe(3);
    expect(r.rowNumbers).toEqual([4, 5, 6, 7, 8, 9]);
    expect(r.records.map((s) => [s.person, s.township, s.start, s.end, s.returnedOn, s.approvalRef])).toEqual([
      ['其其格', '宝日希勒苏木', '2026-09-01', '2026-11-30', null, '旗组借字〔2026〕3号'],
      ['巴特尔', '宝日希勒苏木', '2026-12-10', '2027-01-31', null, '旗组借字〔2026〕9号'],
      ['乌日娜', '巴彦镇', '2026-11-01', '2026-12-24', null, null],
      ['斯琴', '巴彦镇', '2026-06-01', null, null, '旗组借字〔2026〕2号'],
      ['额尔敦', '巴彦镇', '2026-10-15', '2026-12-31', null, '旗组借字〔2026〕7号'],
      ['图雅', '呼和乌拉苏木', '2026-01-05', '2026-04-04', '2026-04-04', '旗组借字〔2026〕1号'],
    ]);
    // No 编号 column: ids come from person/township/start, stable across imports.
    expect(r.records[0]!.id).toBe('其其格/宝日希勒苏木/2026-09-01');
    expect(r.records[1]!.hireDate).toBe('2021-12-10');
  });

  it('reads 云南-style inspections: 检查单位/检查内容/被检查乡镇, dotted dates, 迎检 demands in 备注', async () => {
    const r = await parseRegisterFile('inspections', path.join(FIX, 'inspections-yunnan.csv'));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.records.map((i) => [i.organizer, i.topic, i.townships, i.date, i.approvalRef, i.requiresPreparation])).toEqual([
      ['县林业和草原局', '森林防火', ['者腊乡', '盘龙乡'], '2026-03-10', '砚督〔2026〕2号', false],
      ['州林业和草原局', '森林草原防火督导', ['者腊乡'], '2026-06-08', '文督〔2026〕11号', false],
      ['县教育体育局', '控辍保学', ['平远镇'], '2026-05-20', null, false],
      ['县卫生健康局', '爱国卫生运动', ['江那镇'], '2026-06-01', '砚督〔2026〕9号', true],
      ['县市场监管局', '食品安全', ['江那镇'], '2026-06-02', '砚督〔2026〕10号', false],
    ]);
  });

  it('reads a 一票否决 register', async () => {
    const r = await parseRegisterFile('vetoItems', path.join(FIX, 'vetoes-city.csv'));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.records.map((v) => [v.setBy, v.item, v.targets, v.date])).toEqual([
      ['区文明办', '全国文明城市创建', '各街道', '2026-03-01'],
      ['区纪委监委', '党风廉政建设一票否决', '各街道', '2026-01-05'],
      ['区应急管理局', '安全生产重特大事故', '各街道', '2026-02-01'],
    ]);
  });

  it('reports every bad row with its line number and what to fix, and returns no rows at all', async () => {
    const r = await parseRegisterFile('secondments', path.join(FIX, 'secondments-broken.csv'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r).not.toHaveProperty('records');
    expect(r.problems.map(formatProblem)).toEqual([
      '第3行：「开始日期」「2026-13-01」不是真实存在的日期，请核对年、月、日',
      '第4行：「结束日期」2026-10-15 早于「开始日期」2026-11-01，请核对',
      '第5行：「姓名」不能为空',
      expect.stringMatching(/^第6行：「结束日期」「下个月」不是可识别的日期格式，请写成 2026-11-23/),
    ]);
  });

  it('names a missing required column and its accepted spellings', async () => {
    const r = await parseRegisterFile('inspections', path.join(FIX, 'inspections-missing-column.csv'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toMatch(/找不到督查检查台账的必需列：「涉及乡镇」（也可写作 被检查乡镇/);
  });

  it('reports the same record twice, an empty file, a missing file and an old .xls', async () => {
    const twice = Buffer.from('姓名,所在乡镇,借调单位,开始日期\n甲,丹水镇,县委办,2026-01-01\n甲,丹水镇,县委办,2026/1/1\n');
    const dup = await parseRegisterBytes('secondments', 'a.csv', twice);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(formatProblem(dup.problems[0]!)).toBe('第3行：与第2行是同一条记录（编号或姓名、乡镇、开始日期相同），请删除重复行或给出不同编号');
    const empty = await parseRegisterBytes('secondments', 'b.csv', Buffer.from('姓名,所在乡镇,借调单位,开始日期\n'));
    expect(empty.ok || empty.problems[0]!.message).toContain('没有数据行');
    const missing = await parseRegisterFile('secondments', path.join(FIX, 'no-such-file.csv'));
    expect(missing.ok || missing.problems[0]!.message).toContain('文件不存在');
    const xls = await parseRegisterBytes('secondments', 'old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.ok || xls.problems[0]!.message).toContain('另存为');
  });

  it('reads tab-separated UTF-16 text (Excel "Unicode text") and semicolons', async () => {
    const tsv = '姓名\t所在乡镇\t借调单位\t开始日期\t结束日期\n甲\t丹水镇\t县委办\t2026-01-01\t2026-03-01\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const r = await parseRegisterBytes('secondments', 'u.txt', utf16);
    expect(r.ok && r.records[0]).toMatchObject({ person: '甲', end: '2026-03-01' });
    const semi = await parseRegisterBytes('secondments', 's.csv', Buffer.from('姓名;所在乡镇;借调单位;开始日期\n乙;回车镇;县财政局;2026.2.1\n'));
    expect(semi.ok && semi.records[0]).toMatchObject({ person: '乙', start: '2026-02-01' });
  });
});

describe('XLSX registers', () => {
  it('reads a two-row merged header, date cells, serials, text dates, merged townships and rich text; skips 说明 and hidden sheets', async () => {
    const r = await parseRegisterBytes('secondments', '南湖区借调台账.xlsx', await streetSecondmentsWorkbook());
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.rowNumbers).toEqual([5, 6, 7, 8]);
    expect(r.records.map((s) => [s.person, s.township, s.hireDate, s.start, s.end, s.returnedOn, s.approvalRef])).toEqual([
      ['周敏', '南湖街道', '2018-07-01', '2026-07-01', '2026-09-28', null, '区组借〔2026〕6号'],
      ['吴刚', '南湖街道', '2019-07-01', '2026-09-01', '2026-10-31', null, '区组借〔2026〕9号'],
      ['郑洁', '东城街道', '2017-07-01', '2026-06-02', '2026-08-31', '2026-09-01', '区组借〔2026〕7号'],
      ['孙浩', '东城街道', '2016-07-01', '2026-09-01', null, null, null],
    ]);
  });

  it('reports bad rows by their Excel row number and sheet, importing nothing', async () => {
    const r = await parseRegisterBytes('secondments', 'broken.xlsx', await streetSecondmentsWorkbook({ broken: true }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual([
      '工作表「2026年借调台账」第9行：「借调单位」不能为空',
      '工作表「2026年借调台账」第10行：「借调时间-开始」「2026-13-01」不是真实存在的日期，请核对年、月、日',
    ]);
  });

  it('reads inspections with 县级/市级 levels, formulas and ticks', async () => {
    const r = await parseRegisterBytes('inspections', 'i.xlsx', await inspectionsWorkbook());
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.records.map((i) => [i.id, i.level, i.date, i.requiresPreparation, i.townships])).toEqual([
      ['I-01', 'county', '2026-11-10', false, ['丹水镇', '田关镇']],
      ['I-02', 'municipal', '2026-10-08', false, ['双龙镇']],
      ['I-03', 'county', '2026-10-15', true, ['双龙镇']],
    ]);
  });

  it('refuses a corrupt .xlsx with a clear message', async () => {
    const r = await parseRegisterBytes('secondments', 'x.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/无法读取Excel 文件 x\.xlsx/);
  });

  it('gives the same records for the same register saved as CSV and as XLSX', async () => {
    const csvFile = path.join(FIX, 'secondments-xixia.csv');
    const csv = await parseRegisterFile('secondments', csvFile);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('借调');
    for (const line of readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').trim().split('\n')) ws.addRow(line.split(','));
    const xlsx = await parseRegisterBytes('secondments', 'same.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(xlsx.ok && csv.ok).toBe(true);
    if (xlsx.ok && csv.ok) expect(xlsx.records).toEqual(csv.records);
  });
});
