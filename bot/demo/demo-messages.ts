// A week of work-group messages for the demo county: burdens of every kind written the
// way county departments and township offices write them, mixed with ordinary chat. Each
// is dated relative to the day the demo is loaded (weekday of the last complete ISO week,
// or of the current week), so the last complete week's digest always has content.
export interface DemoMessage {
  id: string;
  /** ISO weekday 1–7 of the last complete week ('last') or of the current week ('this'). */
  week: 'last' | 'this';
  weekday: number;
  time: string;
  channel: string;
  sender: string;
  text: string;
}

export const DEMO_MESSAGES: readonly DemoMessage[] = [
  { id: 'demo-01', week: 'last', weekday: 1, time: '08:12', channel: 'quanxian', sender: 'liming', text: '各乡镇：从今天起，请各村网格员每天早上8点前在本群打卡，并发送实时定位，未打卡的每周通报。' },
  { id: 'demo-02', week: 'last', weekday: 1, time: '08:30', channel: 'quanxian', sender: 'wangfang', text: '收到。' },
  { id: 'demo-03', week: 'last', weekday: 1, time: '15:02', channel: 'quanxian', sender: 'zhanghua', text: '请各乡镇于每周五前报送农房安全排查周报表，上周已报的数据请按新模板重新填报一次。' },
  { id: 'demo-04', week: 'last', weekday: 2, time: '09:40', channel: 'quanxian', sender: 'zhoumin', text: '下周二督导组到各乡镇检查家庭医生签约工作，请提前准备好汇报材料和展板，乡镇主要领导全程陪同。' },
  { id: 'demo-05', week: 'last', weekday: 2, time: '10:05', channel: 'danshui', sender: 'wangfang', text: '明天上午九点在镇政府二楼会议室开秋冬季防火工作会，请各村支书参加。' },
  { id: 'demo-06', week: 'last', weekday: 3, time: '11:20', channel: 'quanxian', sender: 'liming', text: '秸秆禁烧工作对各乡镇实行一票否决，发现一处火点，取消乡镇年度评优资格。' },
  { id: 'demo-07', week: 'last', weekday: 3, time: '16:45', channel: 'danshui', sender: 'wangfang', text: '请各村今晚之前把入户走访的工作照片发到群里，每户至少两张，作为考核依据。' },
  { id: 'demo-08', week: 'last', weekday: 4, time: '09:00', channel: 'quanxian', sender: 'zhanghua', text: '会后各乡镇要立即召开会议逐级传达本次会议精神，并将会议记录和照片报县住建局备查。' },
  { id: 'demo-09', week: 'last', weekday: 4, time: '14:30', channel: 'huiche', sender: 'zhoumin', text: '请回车镇党委书记于本周五前签订家庭医生签约服务目标责任书，签约率未达标的由乡镇负责。' },
  { id: 'demo-10', week: 'last', weekday: 5, time: '10:10', channel: 'huiche', sender: 'sunli', text: '今天降温，下村的同志注意保暖。' },
  { id: 'demo-11', week: 'last', weekday: 5, time: '17:20', channel: 'quanxian', sender: 'liming', text: '请各乡镇对口成立农村人居环境整治办公室，统一挂牌，配备专职人员，下周一前上报人员名单。' },
  { id: 'demo-12', week: 'last', weekday: 6, time: '20:15', channel: 'quanxian', sender: 'zhanghua', text: '县委办通知：从各乡镇各抽调一名年轻干部到县里帮助工作，时间暂定一年。' },
  { id: 'demo-13', week: 'last', weekday: 7, time: '09:30', channel: 'danshui', sender: 'liuyang', text: '周末镇上组织去景区打卡拍照，自愿参加，想去的在群里说一声。' },
  { id: 'demo-14', week: 'this', weekday: 1, time: '08:05', channel: 'quanxian', sender: 'liming', text: '本周起对各乡镇秸秆禁烧工作每周打分排名，排名后三位的乡镇主要负责人到县里说明情况。' },
  { id: 'demo-15', week: 'this', weekday: 1, time: '09:12', channel: 'quanxian', sender: 'zhoumin', text: '根据县里要求，今后不再要求各村在群内打卡签到，请大家把精力放在实际工作上。' },
  { id: 'demo-16', week: 'this', weekday: 1, time: '10:30', channel: 'danshui', sender: 'wangfang', text: '按照属地管理原则，辖区内食品经营户的安全监管由各村负责，出了问题追究村干部责任。' },
];
