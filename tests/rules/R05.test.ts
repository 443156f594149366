import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rule from '../../checks/messages/rules/R05-nested-meeting.js';
import { runRuleTable } from '../support/rule-tester.js';

runRuleTable(rule, {
  invalid: [
    // relay meetings
    { text: '县委宣传部：请各乡镇按照“县—乡—村”逐级召开会议传达学习全会精神。', checks: ['relay-meeting'], evidence: '逐级召开' },
    { text: '全县秋冬季森林防火工作会议结束后，请各乡镇当天召开专题会议传达贯彻，各村也要随后召开两委会传达到位。', checks: ['relay-meeting'] },
    { text: '镇党委办：县里会议精神要层层传达到村、到组，各村开完会后，村民小组再开户长会，确保传达到每家每户。', checks: ['relay-meeting'] },
    { text: '灌云县农业农村局：昨天全市农业农村工作视频会议已经开到乡镇，明天县局再召开全县会议套开传达，各镇分管领导参加后回去再开镇村干部会。', checks: ['relay-meeting'], evidence: '套开' },
    { text: '旗委办：全旗三级干部会议结束后，各苏木镇要在三天内召开会议传达，各嘎查也要随后召开党员大会逐级传达。', checks: ['relay-meeting'], note: '内蒙古' },
    { text: '县农业农村局：今天下午全县冬春农业生产视频会后，各乡镇要立即召开会议传达。', checks: ['follow-up-meeting'] },
    { text: '【政务微信】区委办：会后各街道要于两日内召开会议传达贯彻，各社区同步召开居委会会议。', checks: ['follow-up-meeting'], note: '城区街道社区' },
    { text: '会后各村委会要组织召开院坝会，把会议精神传达到每户。', checks: ['follow-up-meeting', 'relay-meeting'], note: '云南：院坝会' },
    // principal leaders required to attend
    { text: '下午的环保督察整改推进会，请各乡镇党委书记、乡镇长都到县政府三楼会议室参会，不要派副职。', checks: ['principal-attendance'], evidence: '党委书记' },
    { text: '县人大办：下周二的代表联络站工作会，请各乡镇人大主席和党委书记一同参加。', checks: ['principal-attendance'] },
    { text: '县委组织部：明天上午9点全县党建工作推进会，各乡镇党委书记必须本人参加，不得请假，不得委托他人代会。', checks: ['principal-attendance', 'no-deputy'] },
    { text: '县应急管理局：明天下午3点全县安全生产视频调度会，各乡镇乡镇长本人在分会场参会。', checks: ['principal-attendance'] },
    { text: '区委组织部：明天下午全区基层党建推进会，各街道党工委书记必须本人参加。', checks: ['principal-attendance'], note: '街道党工委' },
    { text: '【政务微信】区应急局：今晚8点全区防汛视频调度会，请各街道主要负责同志在分会场参会。', checks: ['principal-attendance'] },
    { text: '旗发改委：周五上午项目调度会，各苏木镇党委书记、苏木达出席。', checks: ['principal-attendance'], note: '内蒙古：苏木达' },
    { text: '明天县里的会，各乡镇一把手亲自参加，不准让副职顶替。', checks: ['principal-attendance', 'no-deputy'], note: '口语' },
    { text: '县里的会开完以后，各苏木镇要马上组织干部开会学习，嘎查也要开。', checks: ['follow-up-meeting'], note: '换一种说法（探测集）' },
    { text: '明天的全区视频会，各街道书记、主任都要在分会场，不能只派副职。', checks: ['principal-attendance', 'no-deputy'], note: '换一种说法（探测集）' },
    { text: '请各乡镇党委书记务必参加明天下午的全县招商引资推进会。', checks: ['principal-attendance'], note: '换一种说法（探测集）' },
    { text: '省里的视频会直接开到村，县里就不再开了，但各乡镇回去要再开个会，把精神传达到每个网格。', checks: ['follow-up-meeting'], note: '换一种说法（探测集）' },
    { text: '县委办：县委全会闭幕后，各乡镇要在一周内召开党委（扩大）会议传达全会精神，并组织村党组织书记专题学习。', checks: ['relay-meeting'], note: '换一种说法（探测集二）' },
    { text: '明天上午9点全县森林防火视频调度会，各乡镇主要领导必须在乡镇分会场参会，视频会后各乡镇立即召开本级会议部署。', checks: ['principal-attendance', 'follow-up-meeting'], note: '换一种说法（探测集二）' },
    { text: '请各乡镇党委书记、乡镇长准时参加后天的全县经济运行调度会，会议地点另行通知。', checks: ['principal-attendance'], note: '换一种说法（探测集二）' },
    { text: '旗委全会结束后，各苏木镇要组织召开专题会议传达，各嘎查召开党员大会传达到每名党员。', checks: ['follow-up-meeting', 'relay-meeting'], note: '换一种说法（探测集二）' },
    { text: '县委组织部：明天下午3点全县组织工作会议，请各乡镇党委书记、组织委员参加，党委书记不得请假。', checks: ['principal-attendance'], note: '换一种说法（探测集三）' },
    { text: '县里会议结束后，请各乡镇于3日内召开班子会研究落实，并将会议记录报县委办。', checks: ['follow-up-meeting'], note: '换一种说法（探测集三）' },
    { text: '区委办：全区经济工作会议后，各街道要组织召开街道、社区两级会议，层层传达会议精神。', checks: ['relay-meeting'], note: '换一种说法（探测集三）' },
    { text: '旗政府：下周一全旗防灾减灾视频会，请各苏木镇苏木达、镇长在分会场参会。', checks: ['principal-attendance'], note: '换一种说法（探测集三）' },
    { text: '区委政法委：下周一平安建设推进会，请各街道党工委书记本人参加，请假需经区委书记同意。', checks: ['principal-attendance'], note: '盲测集C：请假需批准不等于参会经批准' },
    { text: '【会议通知】定于１１月２５日上午９：３０召开全县农村改厕工作推进会。参会人员：各乡镇党委书记、乡镇长，分管副乡镇长。', checks: ['principal-listed'], note: '盲测集C：参会人员名单' },
    { text: '苏木党委：旗里的两会精神，各嘎查要组织召开“两委”会议和党员大会专题学习传达，本周内完成。', checks: ['relay-after-meetings'], note: '盲测集C：召开两委会和党员大会传达' },
    { text: '各乡镇党委书记明早8点到县委三楼开会，带笔记本。', checks: ['principal-summoned'], note: '盲测集C：到县里开会' },
    { text: '县委党史学习教育领导小组办公室：各乡镇要组织召开党委理论学习中心组（扩大）学习会，学习传达县委宣讲会精神，并指导各村党支部组织学习。', checks: ['relay-after-study-meeting'], note: '盲测集C第二批：学习会后学习传达' },
    { text: '各乡镇党委书记、乡镇长：明天下午县委常委扩大会议列席，务必准时，不接受请假。', checks: ['principal-addressed'], note: '盲测集C第二批：冒号点名后要求列席' },
    { text: '县里会议精神传达不过夜，各镇当晚组织全体干部会议学习，次日各村召开党员会议学习。', checks: ['next-level-meeting'], note: '盲测集C第二批：次日各村再开会' },
    { text: '陈副县长要求，视频会结束后各乡镇要接着开，村里也要接着开，一直开到村民小组。', checks: ['relay-concept'], note: '盲测集G：接着开、开到村民小组' },
    { text: '州里的会开完，县里马上套开一次，各乡镇再组织开到村委会，做到会议精神不过夜。', checks: ['relay-meeting'], note: '盲测集G' },
    { text: '镇党委通知：县委全会精神学习，镇里开完会，各村支部当晚开支委会，第二天开党员大会，第三天开村民代表会。', checks: ['chained-meeting'], note: '盲测集G第二批：一级接一级开会' },
    { text: '区里视频会结束后各街道立即原班人马再开一个街道层面的部署会，请提前把会场准备好。', checks: ['relay-concept'], note: '盲测集G第二批：再开一个部署会' },
    { text: '问：县里的会我们镇长在省里学习，能不能让分管副镇长去？\n答：不行，这次会议要求主要负责同志亲自参加，确实来不了的书面请假，由县长签批。', checks: ['principal-in-person'], note: '问答：主要负责同志亲自参加（探测集 H）' },
    { text: '今天区里开了个会 街道下午马上要开会传达 然后各社区晚上再开会 层层传下去 各社区的会议记录明天报上来', checks: ['relay-meeting', 'follow-up-meeting'], note: '语音转文字：开了个会之后马上要开会传达（盲测 J）' },
  ],
  valid: [
    { text: '原定周五召开的全县会议取消，改为印发文件，各乡镇不用参会，也不用组织传达。', note: '会议取消' },
    { text: '明天上午县农业农村局召开秋播技术培训会，请各乡镇农业服务中心分管同志参加，地点在县农技站二楼。', note: '分管同志参会' },
    { text: '经县委主要负责同志同意，请各乡镇党委书记参加12月3日上午召开的全县经济工作会议。', note: '写明已经批准' },
    { text: '经旗委主要负责同志同意，请各苏木镇党委书记参加下周一召开的全旗经济工作会议。', note: '内蒙古，已批准' },
    { text: '明天上午九点在三楼会议室开党委会，请班子成员准时参加。', note: '乡镇自己的党委会' },
    { text: '县政府办：下周三防汛工作会议请各乡镇分管应急的副乡镇长参加，乡镇主要负责同志不参会。', note: '副职参会' },
    { text: '本次视频会议直接开到乡镇，会后各乡镇不再层层套开会议，按会议部署抓好落实即可。', note: '不再套开' },
    { text: '这次全州视频会直接开到村委会，县乡两级不再套开，大家按会议要求抓落实。', note: '云南，不再套开' },
    { text: '嘎查今天开了党员大会，传达了苏木会议精神，大家发言很踊跃。', note: '叙述已开的会' },
    { text: '下午两点党政办开个小会，研究一下年底慰问的事，参会的就我们几个。', note: '内部小会' },
    { text: '明天上午10点在街道三楼会议室召开社区工作者培训会，请各社区分管民政的同志参加。', note: '普通会议通知' },
    { text: '今年县里还要求书记本人参会吗？', note: '问句' },
    { text: '文件说“未经县级以上党委、政府主要负责同志批准，不得要求乡镇党委、政府主要负责同志参会”。', note: '引用' },
    { text: '县乡村振兴局配套开展一轮验收，请各乡镇分管同志陪同。', note: '“配套开展”不是“套开”' },
    { text: '县委县政府：今后严禁层层召开会议传达，能合并的会议一律合并。', note: '禁止' },
    { text: '镇长今天去县里开会了，有事找副镇长。', note: '日常' },
    { text: '县里开会传达了省委全会精神，乡镇不用再开会了，文件已经下发。', note: '探测集：不应标记' },
    { text: '镇长下午参加县里的会，晚上回来再开个碰头会。', note: '探测集：不应标记' },
    { text: '下周一县政府常务会，请县直各部门主要负责同志参加。', note: '探测集：不应标记' },
    { text: '会上有人提议把招商引资搞成一票否决，被书记否了，说不符合减负要求。', note: '探测集二：不应标记' },
    { text: '各社区党委书记请于明天上午到街道参加党建工作例会。', note: '探测集二：不应标记' },
    { text: '经县委书记同意，请各乡镇党委书记参加明天下午的全县项目建设观摩会。', note: '探测集二：不应标记' },
    { text: '今天县里的会开得很短，十分钟就结束了，大家回去按分工抓落实就行。', note: '探测集二：不应标记' },
    { text: '镇里的会我去开，你们在村里把防火的事盯紧。', note: '探测集二：不应标记' },
    { text: '本次会议直接开到村一级，各乡镇、各村不再另行召开会议传达。', note: '探测集二：不应标记' },
    { text: '明天县里开会，请各乡镇分管民政的副乡镇长参加，带上本乡镇的低保数据。', note: '探测集三：不应标记' },
    { text: '经县政府主要负责同志批准，请各乡镇乡镇长参加明天上午的全县安全生产会议。', note: '探测集三：不应标记' },
    { text: '这次视频会开到村，各乡镇不用再组织传达学习了。', note: '探测集三：不应标记' },
    { text: '村里下午开两委会，研究一下冬季防火的事，支部书记主持。', note: '探测集三：不应标记' },
    { text: '周末我们镇几个干部一起去爬山，有去的报名。', note: '探测集三：不应标记' },
    { text: '今天召开了全镇干部大会，传达学习了县委全会精神，各位辛苦了。', note: '探测集三：不应标记' },
    { text: '乡镇干部们又在吐槽：一周开了九个会，层层传达，谁受得了。', note: '盲测集C：吐槽' },
    { text: '各乡镇分管副乡镇长明天到县农业农村局开会。', note: '盲测集C：副职开会' },
    { text: '镇里上午召开党委会，传达了县委全会精神，大家都发了言。', note: '盲测集C第二批：叙述已开的会' },
    { text: '次日召开表彰大会，随后组织参观学习。', note: '盲测集C第二批：普通日程' },
    { text: '各村接着开展入户走访，马上开工修路。', note: '开展、开工不是开会' },
    { text: '这次视频会直接开到村，各乡镇不再层层组织传达。', note: '直接开到村' },
    { text: '第二天开会研究秋收工作，请各村支书参加。', note: '没有上一级的会要传达' },
    { text: '今天镇里的视频会是直接开到村的，村里看完就行，不用再开会。', note: '盲测集G第二批：直接开到村' },
    { text: '县委办关于召开全县经济工作会议的通知：请各乡镇分管经济工作的副职和经发办主任参加，会议结束后无需另行召开传达会议。', note: '会后无需另行召开传达会议（探测集 H）' },
    { text: '镇党委书记在村干部会上说：上面开会我们没必要再层层开，我回来直接把文件发给大家，各村对照落实就行。', note: '没必要再层层开（探测集 H）' },
    { text: '市里明天召开全市安全生产电视电话会议，县里设分会场，请县应急局、各乡镇分管安全生产的副职参会，会后不需要层层召开传达会议。', note: '会后不需要层层召开（探测集 H）' },
  ],
});

describe('R05 patterns under recheck', () => {
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
