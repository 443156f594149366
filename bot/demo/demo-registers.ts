// Register rows of the demo county, dated relative to the load day so that every record
// check fires on something: an overdue, an open-ended, an unapproved and a new-recruit
// secondment, three from one township at once, two due soon; an unapproved, a duplicate
// and a preparation-demanding inspection; two 一票否决 items off the approved list.
import type { InspectionRecord, SecondmentRecord, VetoRecord } from '../../checks/records/types.js';
import type { IsoDate } from '../../checks/types.js';
import { addDays, addYears } from '../../checks/dates.js';

export interface DemoRegisters {
  inspections: InspectionRecord[];
  secondments: SecondmentRecord[];
  vetoItems: VetoRecord[];
}

export function demoRegisters(today: IsoDate): DemoRegisters {
  const d = (days: number): IsoDate => addDays(today, days);
  return {
    secondments: [
      { id: 'DEMO-S01', person: '张伟', township: '丹水镇', hireDate: '2015-07-01', borrowingUnit: '县发改委', start: d(-200), end: d(-110), returnedOn: null, approvalRef: '示组借〔2026〕5号' },
      { id: 'DEMO-S02', person: '李娜', township: '丹水镇', hireDate: '2018-08-01', borrowingUnit: '县委办', start: d(-60), end: null, returnedOn: null, approvalRef: '示组借〔2026〕9号' },
      { id: 'DEMO-S03', person: '王磊', township: '回车镇', hireDate: addYears(today, -2), borrowingUnit: '县财政局', start: d(-20), end: d(10), returnedOn: null, approvalRef: '示组借〔2026〕11号' },
      { id: 'DEMO-S04', person: '赵敏', township: '回车镇', hireDate: '2012-03-01', borrowingUnit: '县信访局', start: d(-30), end: d(40), returnedOn: null, approvalRef: null },
      { id: 'DEMO-S05', person: '孙杰', township: '丹水镇', hireDate: '2016-09-01', borrowingUnit: '县住建局', start: d(-10), end: d(60), returnedOn: null, approvalRef: '示组借〔2026〕12号' },
      { id: 'DEMO-S06', person: '周强', township: '田关镇', hireDate: '2013-05-01', borrowingUnit: '县教体局', start: d(-30), end: d(5), returnedOn: null, approvalRef: '示组借〔2026〕10号' },
      { id: 'DEMO-S07', person: '吴迪', township: '太平镇', hireDate: '2011-05-01', borrowingUnit: '县委组织部', start: d(-100), end: d(-40), returnedOn: d(-40), approvalRef: '示组借〔2026〕3号' },
    ],
    inspections: [
      { id: 'DEMO-I01', organizer: '县农业农村局', level: 'county', topic: '秸秆禁烧', townships: ['丹水镇', '田关镇'], date: d(-5), approvalRef: null, requiresPreparation: false },
      { id: 'DEMO-I02', organizer: '县委县政府督查室', level: 'county', topic: '人居环境整治', townships: ['丹水镇'], date: d(-60), approvalRef: '示督〔2026〕12号', requiresPreparation: false },
      { id: 'DEMO-I03', organizer: '县住建局', level: 'county', topic: '人居环境整治', townships: ['丹水镇', '回车镇'], date: d(-20), approvalRef: '示督〔2026〕19号', requiresPreparation: false },
      { id: 'DEMO-I04', organizer: '县卫健委', level: 'county', topic: '家庭医生签约', townships: ['回车镇'], date: d(-3), approvalRef: '示督〔2026〕21号', requiresPreparation: true },
    ],
    vetoItems: [
      { id: 'DEMO-V01', setBy: '县应急管理局', item: '安全生产重特大事故', targets: '各乡镇', date: d(-200) },
      { id: 'DEMO-V02', setBy: '县文明办', item: '创建全国文明城市', targets: '各乡镇', date: d(-40) },
      { id: 'DEMO-V03', setBy: '县教体局', item: '控辍保学', targets: '各乡镇', date: d(-10) },
    ],
  };
}

/** Burden reports "received" during the demo week (anonymous). */
export const DEMO_BURDEN_REPORTS: readonly { content: string; township: string; department: string; daysAgo: number }[] = [
  { content: '县农业农村局要求各村网格员每天在工作群打卡并发定位，村干部白天都在地里，打卡成了负担。', township: '丹水镇', department: '县农业农村局', daysAgo: 6 },
  { content: '县住建局的农房排查表上周刚报过，这周又要求按新模板全部重填一遍。', township: '回车镇', department: '县住建局', daysAgo: 4 },
];
