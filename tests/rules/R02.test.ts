import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rule from '../../checks/messages/rules/R02-repeated-assessment.js';
import { runRuleTable } from '../support/rule-tester.js';

runRuleTable(rule, {
  invalid: [
    // frequent ranking / grading
    { text: '平安建设群众满意度每天滚动排名，今天米坪镇又是最后一名😓', checks: ['frequent-ranking'], evidence: '每天滚动排名' },
    { text: '【周通报】第46周全县各乡镇农村“三资”管理工作排名：第一名太平镇，末位回车镇。', checks: ['frequent-ranking'] },
    { text: 'XX区卫健委：各街道疫苗接种率实行日排名，每天下午6点通报。', checks: ['frequent-ranking'], note: '城区街道' },
    { text: '镇政府办：秋冬季征兵宣传工作纳入各村月评比，评比结果与村干部绩效报酬挂钩。', checks: ['frequent-ranking'] },
    { text: '【浙政钉·工作通知】\n各镇街：\n区委政法委自即日起对各镇街事件办结率实行周通报、月排名。', checks: ['frequent-ranking'], note: '浙政钉、换行' },
    { text: '旗文明办：文明嘎查创建工作每月评比一次，结果在全旗范围内公布。', checks: ['frequent-ranking'], note: '内蒙古：嘎查' },
    { text: '每个星期五下午镇里对各村委会的禁毒宣传工作打分，分数发到群里。', checks: ['frequent-ranking'], note: '云南：村委会；“每个星期”' },
    // separate assessments
    { text: '县市场监管局关于开展2026年度乡镇食品安全工作专项考核的通知：考核结果单独排名、单独通报，不与年度综合考核合并。', checks: ['separate-assessment'], evidence: '专项考核' },
    { text: '县科协：《乡镇科普工作单项考核办法》已印发（见附件），请各乡镇对照抓好落实。', checks: ['separate-assessment'] },
    { text: '县人社局将单独对各乡镇组织就业工作考评，结果报县政府。', checks: ['separate-assessment'] },
    // punitive devices
    { text: '排名后两位的乡镇分管领导下周一到县农业农村局说明情况。', checks: ['bottom-ranked-punished'] },
    { text: '社区网格化工作：本周网格员走访完成率倒数三名的社区书记，明天到街道作表态发言。', checks: ['bottom-ranked-punished'] },
    { text: '县卫健委：家庭医生签约服务实行“红黑榜”，连续两个月上黑榜的，约谈乡镇长。', checks: ['ranking-device'] },
    { text: '区城管局：垃圾分类工作实行“亮灯”管理，连续两次亮红灯的街道通报批评。', checks: ['ranking-device'] },
    { text: '各苏木镇禁牧工作得分全旗晾晒，请各苏木镇高度重视！', checks: ['ranking-device'] },
    { text: '从本周起镇里对各村环境卫生打分排队，结果全镇通报。', checks: ['ranking-device'] },
    { text: '各镇街疫苗接种进度一天一排名，请落后的镇街主要领导亲自抓。', checks: ['frequent-ranking'], note: '换一种说法（探测集）' },
    { text: '县里每个礼拜都要对各乡镇的项目进度排个名次，倒数的要去县政府汇报。', checks: ['frequent-ranking'], note: '换一种说法（探测集）' },
    { text: '旗里把各苏木镇的禁牧工作按季度打分，最后一名的苏木镇要在全旗大会上作检讨。', checks: ['frequent-ranking', 'bottom-ranked-punished'], note: '换一种说法（探测集）' },
    { text: '各社区网格员的入户走访数每天在群里晒一晒，少于10户的点名。', checks: ['frequent-ranking'], note: '换一种说法（探测集）' },
    { text: '区卫健委对各街道家庭医生签约率搞“赛马”，每周一比，后三名挂黄牌。', checks: ['bottom-ranked-punished'], note: '换一种说法（探测集）' },
    { text: '镇里给各村的人居环境整治情况排了个红黄绿榜，每月更新一次。', checks: ['ranking-device'], note: '换一种说法（探测集）' },
    { text: '县教体局：各乡镇中心学校控辍保学工作每月排一次名，连续两个月排名末位的，约谈乡镇分管领导。', checks: ['frequent-ranking', 'bottom-ranked-punished'], note: '换一种说法（探测集二）' },
    { text: '街道对各社区垃圾分类工作每周打分，分数公布在街道公众号上，倒数第一的社区书记要作说明。', checks: ['frequent-ranking', 'bottom-ranked-punished'], note: '换一种说法（探测集二）' },
    { text: '乡村振兴局按周对各乡镇衔接资金支出进度进行通报排名。', checks: ['frequent-ranking'], note: '换一种说法（探测集二）' },
    { text: '市场监管局自行制定了对乡镇食品安全工作的考核办法，单独考核、单独打分。', checks: ['separate-assessment'], note: '换一种说法（探测集二）' },
    { text: '各苏木镇防灾减灾工作实行红黄蓝三色管理，每旬更新一次。', checks: ['ranking-device'], note: '换一种说法（探测集二）' },
    { text: '镇综治办：各村平安建设工作从本月起实行月度积分排名，积分后两名的村支书在镇党委会上作表态发言。', checks: ['bottom-ranked-punished'], note: '换一种说法（探测集三）' },
    { text: '区里对各街道12345热线办理满意度实行周排名，排名情况在区政府门户网站公布。', checks: ['frequent-ranking'], note: '换一种说法（探测集三）' },
    { text: '县发改委牵头制定了对乡镇的项目建设专项考核办法，年底单独兑现奖惩。', checks: ['separate-assessment'], note: '换一种说法（探测集三）' },
    { text: '钉钉通知：每个工作日下午4点前，各村在钉钉上填报当日人居环境巡查情况并上传照片，镇里次日通报各村完成率排名。', checks: ['cycled-ranking'], note: '换一种说法（探测集三）' },
    { text: '今天的防返贫监测排名出来了咱们镇又是倒数第二书记很不高兴明天还要排大家抓紧', checks: ['continued-ranking'], note: '盲测集C：语音转文字，明天还要排' },
    { text: '县妇联开展“最美家庭”创建工作考核，单独对乡镇打分评比，不纳入年度综合考核。', checks: ['separate-assessment'], note: '盲测集C：单独打分评比，不纳入综合考核' },
    { text: '区城管委：各街道门前三包情况每两周打分一次，结果在全区晾晒。', checks: ['frequent-ranking'], note: '盲测集C：每两周' },
    { text: '各苏木镇：禁牧工作实行“周调度、月排位”，排位情况在旗电视台播报。', checks: ['frequent-ranking'], note: '盲测集C第二批：月排位' },
    { text: '县里搞了个乡镇招商引资“擂台赛”，每月一比，末名的镇长在大会上发言。', checks: ['frequent-ranking', 'bottom-ranked-punished'], note: '盲测集C第二批：每月一比、末名' },
    { text: '镇上把各村的垃圾分类情况拍照打分，每周五在镇政府公示栏张贴名次。', checks: ['frequent-ranking'], note: '盲测集C第二批：每周五张贴名次' },
    { text: '县医保局：城乡居民医保征缴进度从明天起每日排命通报，请各乡镇盯紧。', checks: ['frequent-ranking'], note: '盲测集G：语音输入“排命”' },
    { text: '王书记在会上专门讲了，禁毒工作要“赛马比拼”，年底排位，排位靠后的乡镇党委书记要到县里说明情况。', checks: ['grading-with-sanction'], note: '概念检查：排位＋说明情况' },
    { text: '县里开发了个小程序，每个乡镇的防返贫数据会自动生成排行榜，每天早上8点推送到书记群里。', checks: ['ranking-then-cycle'], note: '盲测集G第二批：排行榜在前、周期在后' },
    { text: '嘎查达们：苏木对各嘎查的禁牧巡查打分每半个月出一次，分数最低的嘎查书记由苏木党委书记谈话。', checks: ['bottom-ranked-punished'], note: '盲测集G第二批：分数最低' },
    { text: 'Hi all，本周街道各社区“创文”指数已出炉，前三名上绿榜、后三名上黄榜，下周继续。', checks: ['ranking-device'], note: '盲测集G第二批：黄榜' },
    { text: '张书记讲：我们这个环境整治，不搞评比不行，每个村每旬打一次分，前三名挂红旗，后三名挂黄旗，挂在村委会门口让大家都看得见。', checks: ['frequent-ranking'], note: '讲话转述：“不搞评比不行”，每旬打一次分（探测集 H）' },
    { text: '各村每周打分排名，排名靠后的约谈，以前的红黑榜已取消了。', checks: ['frequent-ranking'], note: '句末“以前的红黑榜已取消”说的是另一件事' },
    { text: '乡党委书记在村干部大会上讲：“今年的产业发展考核，乡里每个季度给各村打一次分，最后一名的村支书要在全乡大会上表态。”', checks: ['bottom-ranked-punished'], note: '书记讲话原话转述：最后一名表态（探测集 H 第二批）' },
    { text: '镇党委书记在村干部会上讲：“以后每个村的产业发展情况，镇里隔一个月就要拉出来比一比，比出差距，比出干劲，比得差的村支书要上台表态。”', checks: ['frequent-ranking'], note: '隔一个月、比一比（盲测 J）' },
  ],
  valid: [
    { text: '西办〔2026〕40号 关于做好2026年度乡镇综合考核工作的通知\n经县委县政府同意，2026年度乡镇领导班子和领导干部综合考核于12月中旬统一开展，县直部门不再单独对乡镇开展考核评比。', note: '年度综合考核' },
    { text: '县委办：经研究，取消县直部门对乡镇的8项单项考核，相关内容统一纳入年度综合考核。', note: '取消单项考核' },
    { text: '有人问周通报还搞不搞，我专门问了县里，今年起不再对乡镇搞周通报、月评比，排名表就别做了。', note: '不再搞' },
    { text: '关于11月20日重阳镇一起道路交通事故的通报：当日17时许，一辆农用三轮车在村道侧翻，造成1人受伤。', note: '事故通报' },
    { text: '寒潮蓝色预警通报：预计明起三天最低气温降至-6℃，请各乡镇提醒群众做好防寒防冻。', note: '天气通报' },
    { text: '镇里篮球赛今天出了排名，我们村第三名😄 下周再战！', note: '文体比赛' },
    { text: '全州脱贫攻坚成效考核我县排名第一，感谢全县干部的辛苦付出！', note: '县被上级考核，不是对乡镇施加' },
    { text: '县总工会组织冬季“健步走”活动，干部职工自愿参加，不作硬性要求，也不搞排名。', note: '自愿' },
    { text: '今天天气好，各村组织群众晾晒玉米，注意防雨。', note: '晾晒粮食' },
    { text: '每周一上午县局召开班子例会，通报上周工作。', note: '部门内部例会，未涉及基层' },
    { text: '今年还搞月评比吗？', note: '问句' },
    { text: '文件原话是“不准对乡镇总体工作动辄周通报、月评比或频繁排队打分”，大家学习时注意这一条。', note: '引用文件' },
    { text: '11月通报的那起火灾事故，调查报告已经出来了。', note: '“11月通报”不是“月通报”' },
    { text: '县农业农村局：截至11月20日，全县小麦播种进度达92%，感谢各乡镇农技人员的辛勤付出。', note: '进度播报，不排名' },
    { text: '全县夜景亮化工程下月完工，城区主干道全部亮灯。', note: '亮灯（照明）' },
    { text: '区委组织部：各街道对照“十不得”自查，看看还有没有周通报、月评比的情况。', note: '学习十不得' },
    { text: '全县乡镇年度综合考核结果出来了，我们镇第五名，继续加油。', note: '探测集：不应标记' },
    { text: '今年的环境卫生评比是自愿报名参加的，不计入考核。', note: '探测集：不应标记' },
    { text: '周排名的事我跟县里反映过了，他们说下个月就停了。', note: '探测集：不应标记' },
    { text: '县直单位之间也搞月度评比，主要比的是机关作风。', note: '探测集：不应标记' },
    { text: '年终综合考核由县委县政府统一组织，请各部门把考核指标报县考核办，不得另行对乡镇考核。', note: '探测集二：不应标记' },
    { text: '通报：11月25日，某镇发生一起森林火情，过火面积0.3亩，无人员伤亡。', note: '探测集二：不应标记' },
    { text: '今年全县乡村振兴擂台赛，我们村获得了一等奖，感谢大家！', note: '探测集二：不应标记' },
    { text: '这周乡镇排名出来了没有？', note: '探测集三：不应标记' },
    { text: '组织部说今年综合考核的结果会在1月份反馈给各乡镇。', note: '探测集三：不应标记' },
    { text: '运动会的排名出来了，镇机关代表队第二名👏', note: '探测集三：不应标记' },
    { text: '文件说得好：不准对乡镇总体工作动辄周通报、月评比或频繁排队打分。', note: '盲测集C：禁止性列举' },
    { text: '天天排名天天通报，谁受得了，年底我要反映一下。', note: '盲测集C：吐槽' },
    { text: '明天再排班，今天先这样。', note: '盲测集C：排班不是排名' },
    { text: '各村的路灯每周一排查一次，坏了及时报修。', note: '盲测集C第二批：每周一排查' },
    { text: '我们全镇这个月的名次提高了，感谢各村。', note: '盲测集C第二批：没有周期、没有施压' },
    { text: '镇里篮球赛排名出来了，最后一名的村负责下次场地布置。', note: '文体比赛' },
    { text: '这个月镇里的排名出来了吗？我们村好像进步了几名😄', note: '问句' },
    { text: '以前县里搞过每月排名、红黑榜，基层意见很大，去年已经全部取消了。', note: '叙述已取消的排名（探测集 H）' },
    { text: '镇安监站对辖区规上企业每月开展一次安全生产打分，结果反馈企业本身，督促整改。', note: '乡镇对企业打分（探测集 H）' },
    { text: '区城管委：本月的市容环境考核已并入年度综合考核，暂停原有的周排名通报。', note: '并入年度综合考核（探测集 H）' },
    { text: '社区书记在居民议事会上说：楼道堆物的问题我们每个月请物业打一次分，结果贴在公告栏，督促物业整改。', note: '社区请物业打分（探测集 H 第二批）' },
    { text: '镇党委：前段时间有村里反映上面搞了好几次评比排名，县里已经叫停了，各村安心抓工作。', note: '县里已经叫停（探测集 H 第二批）' },
    { text: '小区疫苗接种摸排，社区要求各网格员每天在群里晒一下当天的接种人数和现场照片，没晒的网格周例会上点名。', note: '群里晒照片属 R06（盲测 J）' },
  ],
});

describe('R02 patterns under recheck', () => {
  const { checkSync } = createRequire(import.meta.url)('recheck') as {
    checkSync: (src: string, flags: string, opts: object) => { status: string; checker?: string };
  };
  // Default options, as in tests/checks/redos.test.ts, and the proof must come from the exact
  // automaton analysis: bounded repeats kept small enough for it, never a lucky fuzzing run.
  it('every pattern and exception is proved safe by the automaton checker', () => {
    const all = [...rule.patterns.map((p) => [p.checkId, p.regex] as const), ...rule.exceptions.map((e) => [e.spec.id, e.regex] as const)];
    for (const [id, regex] of all) {
      const result = checkSync(regex.source, regex.flags.replace('g', ''), { timeout: 20_000 });
      expect(`${result.status}/${result.checker}`, id).toBe('safe/automaton');
    }
  });
});
