import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rule from '../../checks/messages/rules/R01-duplicate-inspection.js';
import { runRuleTable } from '../support/rule-tester.js';

runRuleTable(rule, {
  invalid: [
    // preparation demanded for an inspection
    { text: '县卫健委：明天上午检查组到双龙镇卫生院和各村卫生室，请镇里提前把院子打扫干净、标语横幅布置到位，迎检人员8点前到岗。', checks: ['staged-reception', 'display-boards'], evidence: '打扫干净' },
    {
      text: '【通知】县农业农村局定于11月18日至20日对各乡镇高标准农田建设管护情况开展督导检查。请各乡镇：\n1.准备书面汇报材料（3000字左右）；\n2.在项目区醒目位置设置展板1-2块；\n3.分管领导全程陪同。',
      checks: ['inspection-preparation'],
      evidence: '准备书面汇报材料',
      note: '正式通知，编号列出迎检要求',
    },
    { text: '旗林草局督导组下周二到巴彦塔拉苏木，请苏木提前准备好汇报稿和PPT，苏木达全程陪同👍', checks: ['inspection-preparation'], note: '内蒙古：旗、苏木' },
    { text: 'ＸＸ区城管委：下周三起对各街道市容环境开展督导检查，请各街道提前组织清扫保洁，督导组到达后街道主任全程陪同。', checks: ['staged-reception'], note: '全角字母、城区街道' },
    { text: '州住建局暗访组明天到县里，县局已经跟各乡镇打过招呼了，请各村委会把村容村貌收拾干净，村民小组长在路口等着带路。', checks: ['staged-reception'], note: '云南：打过招呼的“暗访”' },
    { text: '请各乡镇准备好汇报材料，迎接下周市里的检查。', checks: ['inspection-preparation'], note: '语序：先准备，后迎检' },
    { text: '县里检查组下午到黄狮村看人居环境\n村两委全体在村部等候', checks: ['staged-reception'], note: '换行' },
    // repeats of a higher level's inspection
    { text: '各位，市里上周刚来查过秸秆禁烧，县里这周再配套查一遍，重点看丹水、回车、米坪三个镇。', checks: ['repeat-inspection'], evidence: '再配套查一遍' },
    { text: '盟里上个月已经对各苏木镇草原禁牧工作进行了检查，旗局下周再组织一轮复查。', checks: ['repeat-inspection'] },
    { text: '自治区调研组刚走，旗里下周再对各嘎查开展一次“回头看”督查。', checks: ['repeat-inspection'] },
    { text: '灌云县农业农村局：市里验收组10月底已对各镇高标准农田项目验收完毕，县局11月再组织一轮县级复验。', checks: ['repeat-inspection'] },
    { text: '为确保省考过关，区里先对各街道开展一轮模拟检查。', checks: ['layered-inspection'], note: '模拟检查' },
    // judging by records
    { text: '西督〔2026〕23号\n各乡镇党委、政府：\n本轮重点工作督查将重点查阅各乡镇党委会议记录、领导批示落实台账和干部工作笔记。', checks: ['records-inspection'], evidence: '查阅各乡镇党委会议记录' },
    { text: '浙政钉通知：区商务局专项督查，请各街道于督查前将工作台账和会议记录装订成册备查。', checks: ['records-inspection'] },
    // a survey labelled an inspection
    { text: '县民政局下周到各乡镇开展养老服务工作调研督导，发现问题当场下整改通知。', checks: ['survey-as-inspection'], evidence: '调研督导' },
    { text: '区民政局到各社区调研，发现问题当场下整改通知，三天内书面反馈。', checks: ['survey-as-inspection'] },
    { text: '下周省里检查组要来，县里先派人下去各镇摸一遍底，各镇把资料提前整理好。', checks: ['inspection-preparation'], note: '换一种说法（探测集）' },
    { text: '明天督查组到咱们嘎查，请嘎查两委成员全部在岗，达书记亲自汇报。', checks: ['staged-reception', 'inspection-preparation'], note: '换一种说法（探测集）' },
    { text: '市考核组后天来我区，请各街道把佐证资料再过一遍，每个社区安排一名熟悉情况的同志现场解说。', checks: ['inspection-preparation', 'staged-reception'], note: '换一种说法（探测集）' },
    { text: '县纪委暗访组下周下来，大家心里有个数，村部门口的垃圾堆这两天清掉。', checks: ['staged-reception'], note: '换一种说法（探测集）' },
    { text: '为迎接州里的脱贫攻坚成效考核，县里组织交叉检查，请各乡镇做好迎检工作。', checks: ['inspection-preparation'], note: '换一种说法（探测集）' },
    { text: '上周市里刚刚督导完禁毒工作，这周县禁毒办又要来各乡镇督导，材料还是上次那一套。', checks: ['repeat-inspection'], note: '换一种说法（探测集）' },
    { text: '区城管局明天对各街道创卫工作进行检查，请各街道主任陪同。', checks: ['staged-reception'], note: '换一种说法（探测集）' },
    { text: '区住建局：下周二起对各街道老旧小区改造进行联合检查，各街道要提前把项目档案、影像资料准备齐全，街道分管领导和社区书记在现场等候。', checks: ['staged-reception'], note: '换一种说法（探测集二）' },
    { text: '接县委督查室通知，下月初督查组到我镇检查乡村振兴工作，请各村把村容村貌整治到位，村部要有专人值守，村书记准备好5分钟汇报。', checks: ['inspection-preparation'], note: '换一种说法（探测集二）' },
    { text: '州里已经对我县易地搬迁后续扶持做过专项督查，县乡村振兴局还要再搞一次县级督查，大家又要准备一遍材料了。', checks: ['inspection-preparation'], note: '换一种说法（探测集二）' },
    { text: '苏木党委办：旗里明天来暗访，估计会去巴音嘎查和乌兰嘎查，两个嘎查今天下午把路边的垃圾收拾干净，嘎查达在办公室等候。', checks: ['staged-reception'], note: '换一种说法（探测集二）' },
    { text: '本次督导重点查看各乡镇2024年以来的党委会议记录和领导批示件落实情况，请提前准备。', checks: ['records-inspection'], note: '换一种说法（探测集二）' },
    { text: '县林草局今天到各乡镇检查森林防火，请各乡镇安排一名熟悉情况的干部陪同检查。', checks: ['staged-reception'], note: '换一种说法（探测集二）' },
    { text: '县卫健委：省卫健委上个月刚对我县基层医疗机构开展过绩效评价，县卫健委决定下周再组织一次全覆盖检查，请各乡镇卫生院提前自查并准备汇报。', checks: ['inspection-preparation'], note: '换一种说法（探测集三）' },
    { text: '【粤政易】区应急管理局将于本周四对各街道开展安全生产大检查，请各街道安排专人全程陪同，并提前准备好近一年的安全检查台账备查。', checks: ['staged-reception', 'inspection-preparation'], note: '换一种说法（探测集三）' },
    { text: '苏木纪委：旗纪委督查组明日到苏木，请各嘎查书记、嘎查达在嘎查部待命，不得外出。', checks: ['staged-reception'], note: '换一种说法（探测集三）' },
    { text: '镇长说了，县里检查的时候，各村村口那几面墙要刷一下，标语重新贴。', checks: ['staged-reception'], note: '换一种说法（探测集三）' },
    { text: '督查组明天来，重点翻各村的会议记录和工作笔记，大家今晚加个班补齐。', checks: ['records-inspection'], note: '盲测集C：翻记录' },
    { text: '县林草局下周到各乡镇开展防火工作调研，以督查名义进行，发现问题现场下达整改通知书。', checks: ['survey-labelled'], note: '盲测集C：以督查名义调研' },
    { text: '县文明办下周对各乡镇开展创文实地督查测评，测评结果按乡镇排名每月通报，请各乡镇提前打扫布置。', checks: ['staged-reception'], note: '盲测集C：提前打扫布置' },
    { text: '旗里通知各苏木镇做好迎接自治区草原生态检查的准备，宣传册和专题片本周内做好。', checks: ['welcome-inspection'], note: '盲测集C：做好迎接检查准备' },
    { text: '苏木镇各嘎查：旗审计局定于下周三来查扶贫资产管理，嘎查会计把近三年账本理一遍，届时在嘎查部候检。', checks: ['coached-reception'], note: '盲测集C第二批：候检、理一遍' },
    { text: '@全体村干部 州里明察暗访组这两天可能下来 各村村委会门口 垃圾桶摆整齐 公示栏更新一下 值班人员不能离岗', checks: ['coached-reception'], note: '盲测集C第二批：空格断句的语音转文字' },
    { text: '县里的考核组下周进村入户，各村提前把入户路线踩好点，安排好群众代表，别说错话。', checks: ['coached-reception'], note: '盲测集C第二批：踩点、安排群众代表' },
    { text: '今年上半年省里已对我县的河长制开展了考核，县河长办现决定再对各乡镇进行一次全面检查。', checks: ['repeat-inspection'], note: '盲测集C第二批：已开展了考核，再检查' },
    { text: '县政协视察团周四到我镇视察，请各村把示范点再整饬一遍，镇主要领导全程陪同。', checks: ['coached-reception'], note: '盲测集C第二批：视察' },
    { text: '检查组下周来，各村把今年的党员活动照片、会议记录整理成册，检查时现场翻阅。', checks: ['records-inspection'], note: '盲测集C第二批：记录整理成册' },
    { text: '市里两周前已经把各乡镇的河长制落实情况过了一遍，县水务局经研究还是决定再组织一轮专项检查，覆盖全部十二个乡镇。', checks: ['repeat-inspection'], note: '盲测集G：上级“过了一遍”' },
    { text: '各位站长，下周县里督察组要来看秸秆禁烧，麻烦各站把巡查台帐、工作日制都准备好，他们要一本一本翻。', checks: ['records-leafed'], note: '盲测集G：语音输入“台帐”“工作日制”，概念检查' },
    { text: '县委组织部将以调研督导的形式到各乡镇了解基层党建工作，调研结束后形成督导意见反馈各乡镇，并限期整改到位。', checks: ['survey-in-inspection-form'], note: '盲测集G：乡镇写在后面' },
    { text: '州里督查组下周要下到村民小组一级，各村委会把公示栏重新布置一下，小组长届时在组里等着，配合讲解。', checks: ['staged-reception'], note: '盲测集G：云南村民小组' },
    { text: '县里检查组下周来之前，各村要把近三个月的会议记录、民情日记补齐，检查时会逐本翻阅。', checks: ['records-leafed'], note: '盲测集G：逐本翻阅' },
    { text: '兄弟们 明天省里暗访组可能到我们片区 村部卫生搞好 路边的柴火堆挪一挪 村干部都别出门', checks: ['staged-reception'], note: '盲测集G第二批：语音输入、无标点' },
    { text: '问：县里说是“调研”，为啥还要我们准备汇报PPT和迎检路线？\n答（县农业农村局）：这次调研就按督导的标准来，路线请各镇按我们发的模板规划好，周三前报过来，现场要有专人讲解。', checks: ['inspection-concept'], note: '问答：调研按督导标准，要有专人讲解（探测集 H）' },
    { text: '督查日程\n序号 | 苏木镇 | 时间 | 需准备\n1 | 巴彦塔拉苏木 | 5日上午 | 汇报材料、展板\n2 | 乌兰镇 | 5日下午 | 汇报材料、现场点位\n3 | 新宝力格苏木 | 6日 | 汇报材料\n以上苏木镇请按表准备，督查组原则上不再另行通知。', checks: ['prep-table'], note: '表格：需准备一栏（探测集 H）' },
    { text: '各乡镇：州里上月已对全县禁毒工作进行了考和验收（州级已验收），县禁毒办下周再组织一次复查，对象为全部乡镇，请各乡镇做好迎减准备。', checks: ['repeat-inspection'], note: '州级已验收又复查，“迎减”为语音错字（探测集 H）' },
    { text: '街道物业办：区住建委下周二对各社区老旧小区物业管理开展专项督查，请各社区提前组织物业公司清理小区内飞线充电、张贴整改公示，社区书记带队在小区门口迎候。', checks: ['staged-reception'], note: '街道物业：门口迎候（探测集 H）' },
    { text: '嘎查村两委注意：旗里评估组后天到，查的是草原补奖资金，嘎查会计这两天把近两年的发放表、公示照片都整理出来放在嘎查部，评估组来了要随时能拿出来。', checks: ['coached-reception'], note: '评估组来了要随时能拿出来（探测集 H 第二批）' },
    { text: '嗯那个跟大家说一下哈下个礼拜市里督察组要下来看人居环境 各嘎查把村部门口那块地收拾出来 展板呢还是用去年那套 换个标题就行', checks: ['staged-reception'], note: '语音转文字、无标点：收拾出来（盲测 J）' },
    { text: '苏木党委转旗委副书记在推进会上的讲话：“自治区刚对我们旗的草畜平衡做了专项督查，旗里也要再组织一次，查深查透，各苏木不要有怨言。”', checks: ['repeat-inspection'], note: '转述领导讲话；刚做了专项督查、再组织一次（盲测 J）' },
    { text: '镇综治办：县平安建设考评组明天上午到我镇，届时要随机入村，请各村委会把综治中心的制度牌重新贴一遍，值班人员必须在岗。', checks: ['staged-reception'], note: '考评组（盲测 J）' },
    { text: '网格员群消息转发：街道领导说下周市里的文明城市测评，各社区要安排专人陪同测评员，现场问到的问题社区书记当场汇报', checks: ['staged-reception'], note: '测评员、陪同（盲测 J）' },
  ],
  valid: [
    { text: '丹水镇安监办：今天下午对辖区内12家规上企业开展安全生产检查，请各企业负责人在厂区等候，备好特种设备检验证明。', note: '乡镇检查辖区企业' },
    { text: '苏木安监站：明天对辖区内三家煤矿开展安全生产检查，请各企业负责人在矿区等候，备好相关资料。', note: '苏木检查煤矿' },
    { text: '本周起县应急管理局采取“四不两直”方式随机抽查各乡镇防汛值班情况，不发通知、不听汇报、不要陪同。', note: '四不两直' },
    { text: '县委县政府督查局：原定11月25日的秸秆禁烧专项督查与省级检查合并进行，县级不再单独组织，各乡镇无需准备任何材料。', note: '合并检查' },
    { text: '【取消通知】原定明天对各乡镇开展的食品安全检查取消，请各乡镇不用准备汇报材料。', note: '检查取消' },
    { text: '县林业局下周到西坪镇了解林下经济发展情况，就是听听意见，不冠督查名义，不需要准备材料，也不用安排人陪同。', note: '合规调研' },
    { text: '今后面向乡镇的督查检查一律报县委县政府批准，一事一议，不得要求乡镇准备汇报材料、安排陪同。', note: '禁止性规定' },
    { text: '听说下周市里要来检查，要不要准备汇报材料？', note: '问句' },
    { text: '文件说“县级不再层层配套开展迎检式督查”，大家对照学习。', note: '引用文件' },
    { text: '明天上午8点半镇干部职工体检，县医院的车停在大院门口，记得空腹，在一楼大厅等候。', note: '体检等候，不是迎检' },
    { text: '今天社区组织居民检查楼道消防通道，杂物都清走了👍', note: '社区本职工作' },
    { text: '会议记录我已经发到你邮箱了，麻烦查收。', note: '日常对话' },
    { text: '系统检查了一下，网络已经恢复正常，大家可以登录了。', note: '“检查”日常用语' },
    { text: '镇综合执法队今天上午查了街面上三家烧烤店，油烟净化器都装了，明天继续查城南那几家。', note: '乡镇执法检查商户' },
    { text: '这次省里检查发现的问题已经整改完毕，县里不再组织复查。', note: '不再复查' },
    { text: '请各村做好防寒准备，检查一下独居老人家里的取暖设施。', note: '“检查”作为乡镇本职工作' },
    { text: '县应急局明天随机抽查各苏木镇值班情况，不提前通知。', note: '探测集：不应标记' },
    { text: '检查组今天的反馈意见已经发群里了，大家抓紧整改。', note: '探测集：不应标记' },
    { text: '我下午带孩子去医院检查，请半天假。', note: '探测集：不应标记' },
    { text: '村里今天组织党员检查河道垃圾，大家辛苦了。', note: '探测集：不应标记' },
    { text: '镇安监办下午去三家砖厂查安全生产，相关企业做好准备。', note: '探测集二：不应标记' },
    { text: '上级明确要求督查检查要少而精，原则上一个部门一年只开展一次综合督查。', note: '探测集二：不应标记' },
    { text: '县农业农村局来我镇调研秋粮收购情况，只听听大家的意见建议，不需要准备任何汇报材料。', note: '探测集二：不应标记' },
    { text: '检查组已经走了，大家辛苦了，晚上早点休息。', note: '探测集二：不应标记' },
    { text: '今天我带队检查了三个村的防火通道，都挺好的。', note: '探测集二：不应标记' },
    { text: '县文明办明天开始对各乡镇进行创文实地测评，测评组随机抽点，各乡镇无需安排陪同，也不要提前打招呼。', note: '探测集三：不应标记' },
    { text: '街道城管科今天对辖区沿街商铺开展门前三包检查，请各商户保持门前整洁。', note: '探测集三：不应标记' },
    { text: '省里下周来检查，具体时间还没定，等通知。', note: '探测集三：不应标记' },
    { text: '县统计局：下周对各乡镇统计数据质量进行抽查，抽查结果作为年度统计工作评价的参考，乡镇按正常工作即可，不用专门准备。', note: '探测集三：不应标记' },
    { text: '镇安监站明天对辖区内8家砖厂开展安全检查，请企业负责人在厂里等候，准备好安全台账。', note: '盲测集C：乡镇检查砖厂' },
    { text: '又要迎接检查，又要准备汇报材料，一个月三次，真是累死了。', note: '盲测集C：吐槽' },
    { text: '组织部考察组下周来镇里考察干部，请相关同志在办公室等候谈话。', note: '盲测集C第二批：干部考察不是督查' },
    { text: '桌椅摆整齐，下午镇里开职工大会。', note: '盲测集C第二批：没有检查' },
    { text: '我们镇的干部反映，今年光迎检材料就准备了二十多套，累得不行，希望上面少来几趟检查。', note: '盲测集G：干部反映、诉苦' },
    { text: '县委巡察办：不以会议记录、台账多少评价乡镇工作，检查中不再要求提供工作笔记。', note: '盲测集G：不再要求提供' },
    { text: '镇卫生院对辖区内5家诊所开展医疗安全检查，要求诊所负责人在岗配合。', note: '盲测集G第二批：乡镇对诊所的本职检查' },
    { text: '县农业农村局：根据县委县政府统筹安排，今年的乡村振兴督查与年度考核合并进行，不再单独开展专项督查，请各乡镇不必另行准备材料。', note: '督查与考核合并（探测集 H）' },
    { text: '县纪委监委：近期将按照“四不两直”方式随机抽查部分乡镇落实中央八项规定精神情况，不打招呼、不听汇报、不用陪同。', note: '四不两直（探测集 H）' },
    { text: '乡镇卫生院：本院将对辖区内的个体诊所开展医疗质量检查，请各诊所准备执业许可证备查。', note: '乡镇卫生院检查诊所（探测集 H）' },
    { text: 'WeCom群公告：各社区工作人员下班前在企业微信完成日志打卡，日志须附当日入户照片不少于5张，街道每周抽查。', note: 'APP 日志打卡属 R06，不是迎检材料（探测集 I）' },
    { text: '州里的会议要求各县主要负责同志参加，县里已报州委同意，乡镇不用参会。', note: '检查取消（探测集 H 第二批）' },
  ],
});

describe('R01 patterns under recheck', () => {
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
