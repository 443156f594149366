import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rule from '../../checks/messages/rules/R03-form-filling.js';
import { runRuleTable } from '../support/rule-tester.js';

runRuleTable(rule, {
  invalid: [
    // daily / weekly reporting
    { text: '【重要】即日起各乡镇每天下午4点前通过邮箱报送秸秆禁烧日报表，节假日不停报。', checks: ['frequent-report'], evidence: '每天下午4点前通过邮箱报送' },
    {
      text: '西民〔2026〕31号 关于建立养老服务补贴发放情况周报制度的通知\n各乡镇人民政府：\n即日起建立周报制度：一、各乡镇民政所每周一上午10时前报送上周发放数据。',
      checks: ['frequent-report'],
      note: '正式通知',
    },
    { text: '苏木党政办：各嘎查每天下午5点前报送牲畜防疫进度表，没有进展也要零报告。', checks: ['frequent-report'], note: '内蒙古' },
    { text: 'X县农发〔2025〕88号\n各乡（镇）人民政府：\n即日起请各乡（镇）每日17:00前报送《烤烟收购进度日报表》。', checks: ['frequent-report'], note: '云南；时间里的冒号' },
    { text: '企业微信通知：各社区每周五下班前通过企业微信报送本周重点人员走访台账。', checks: ['frequent-report'], note: '企业微信' },
    { text: '请各村每天早上８点前把昨日防返贫走访户数报镇里。', checks: ['frequent-report'], note: '全角数字、“报镇里”' },
    // re-filing
    { text: '各乡镇：上周报送的脱贫户家庭收入数据格式有误，请按新模板重新填报，另外把1-10月的月度数据再报一次，周四下班前。', checks: ['repeat-report'], evidence: '重新填报' },
    { text: '区发改委：上周已经在“浙政钉·数据直报”里填过的项目数据，因口径调整，请各街道再按新表格重新填报一次。', checks: ['repeat-report'], note: '浙政钉' },
    { text: '问：这个表上个月不是已经在省系统里填过了吗？\n答：县里说系统数据导不出来，让乡镇再手工填一遍，周三前交纸质版。', checks: ['repeat-report'] },
    { text: '镇党政办通知各村：上周已报的也要重新核对后再报。', checks: ['repeat-report'] },
    // duplicate forms
    { text: '灌云县统计局和县农业农村局都要今年秋粮播种面积，两家表格口径不一样，各镇按两个模板分别填，明天中午前各报各的。', checks: ['duplicate-forms'] },
    { text: '县农业农村局和县乡村振兴局都要防返贫监测户信息，请各乡镇分别填报两套，别搞混了。', checks: ['duplicate-forms'] },
    // layered reporting
    { text: '镇里通知：县里要的那份材料，先由各村写，村里报管区，管区汇总报镇，镇里再整合报县，周四截止。', checks: ['layered-report'] },
    { text: '产业发展情况材料要层层报上来，各村民小组先报村委会。', checks: ['layered-report'] },
    // records as the standard
    { text: '县委组织部：请各乡镇报送党员冬训开展情况，需附会议记录复印件、工作笔记扫描件和现场照片不少于10张，以此作为冬训是否落实的依据。', checks: ['records-as-standard'], evidence: '以此作为' },
    { text: '各乡镇：请将近三年落实县委领导批示的情况逐条整理成册，附批示件复印件，作为年终评价工作落实情况的依据。', checks: ['records-as-standard'] },
    { text: '各嘎查每天晚上8点前把当天的防火巡查情况发给苏木，一天都不能落。', checks: ['frequent-report'], note: '换一种说法（探测集）' },
    { text: '县里的统计口径又变了，各镇把今年的数据按新口径重新做一遍，周五前交。', checks: ['repeat-report'], note: '换一种说法（探测集）' },
    { text: '请各村委会把2023年以来的所有会议记录、工作台账整理好，作为年终考核的重要依据。', checks: ['records-as-standard'], note: '换一种说法（探测集）' },
    { text: '同样的数据，民政要一份，乡村振兴要一份，残联还要一份，各乡镇辛苦一下。', checks: ['duplicate-forms'], note: '换一种说法（探测集）' },
    { text: '从下周开始，各社区每周一上午报上周的矛盾纠纷排查情况，没有也要报“无”。', checks: ['frequent-report'], note: '换一种说法（探测集）' },
    { text: '请各乡镇在“浙里办”小程序上每日填报防返贫监测数据。', checks: ['frequent-report'], note: '换一种说法（探测集）' },
    { text: '镇党政办：即日起各村每日17:30前把当天的森林防火巡查记录拍照发我，周末照常。', checks: ['frequent-report'], note: '换一种说法（探测集二）' },
    { text: '请各乡镇将前期已报的防返贫监测户信息按县里新下发的模板再统计一遍，本周四前报送。', checks: ['repeat-report'], note: '换一种说法（探测集二）' },
    { text: '各社区：区民政、区残联、区卫健都在要残疾人底数，这次各家的表都要填，请社区辛苦一下。', checks: ['duplicate-forms'], note: '换一种说法（探测集二）' },
    { text: '县委办：近期各部门要求乡镇报送的材料一律先报县委办审核，再由县委办转报部门，乡镇汇总后逐级上报。', checks: ['layered-report'], note: '换一种说法（探测集二）' },
    { text: '每周五下午5点前，各嘎查向苏木报送本周牲畜出栏数，节假日顺延。', checks: ['frequent-report'], note: '换一种说法（探测集二）' },
    { text: '以后检验各村工作成效，就看你们的工作台账做得全不全。', checks: ['records-counted'], note: '换一种说法（探测集二）' },
    { text: '县林草局：各乡镇每天上午10点前报送前一日森林防火巡护情况，无情况报“无”，国庆期间不间断。', checks: ['frequent-report'], note: '换一种说法（探测集三）' },
    { text: '区发改委刚收齐的项目表，区财政局说口径不对，让各街道按财政的模板再填一遍。', checks: ['repeat-report'], note: '换一种说法（探测集三）' },
    { text: '各嘎查的牧民收入数据先报苏木，苏木汇总后报旗统计局，旗统计局再报盟里。', checks: ['layered-report'], note: '换一种说法（探测集三）' },
    { text: '县里会议结束后，请各乡镇于3日内召开班子会研究落实，并将会议记录报县委办。', checks: ['records-reported-up'], note: '换一种说法（探测集三）' },
    { text: '县委宣传部：请各乡镇宣传委员每周五报送一篇工作信息，作为年底宣传工作考核依据。', checks: ['frequent-report'], note: '换一种说法（探测集三）' },
    { text: '镇里的通知：县检查组周三来，各村的公示栏周二前全部更新，会议记录和民主评议材料放在村部备查。', checks: ['records-inspected'], note: '换一种说法（探测集三）' },
    { text: '各嘎查注意：苏木里要的人口信息表，上周报的格式不对，请按新模板重新填一遍，明天上午交。', checks: ['repeat-report'], note: '盲测集C：重新填一遍' },
    { text: '县医保局要的参保数据跟税务局要的是同一份，口径不同，各乡镇各报一份，两家分别交。', checks: ['mismatched-formats'], note: '盲测集C：口径不同各报一份' },
    { text: '各村的同志那个防贫监测的表啊之前系统里已经录过了但是县里说还要再报一个纸质版的大家周四前交到党政办', checks: ['refile-after-filed'], note: '盲测集C：语音转文字，录过又报' },
    { text: '同一份低保名单，民政所要、县民政局要、县纪委也要，各村分别按三种格式各填一份。', checks: ['duplicate-forms'], note: '盲测集C：三种格式各填一份' },
    { text: '社区的同志们，区里要的居民信息表，街道已经汇总过一遍，现在区民政、区卫健、区残联各要一份，格式还不一样，请各社区分别填报。', checks: ['mismatched-formats'], note: '盲测集C：格式不一样分别填报' },
    { text: '县里刚开完会镇里下午马上开会传达然后各村晚上再开会传达一遍明天要把会议记录和照片报上来', checks: ['records-reported-up'], note: '盲测集C：会议记录报上来' },
    { text: '州生态环境局上周已督查过，县里本周还要再配套督查一次，重点查各乡镇整改台账。', checks: ['records-inspected'], note: '盲测集C：重点查台账' },
    { text: '苏木统计站：各嘎查每两天报送一次牲畜防疫进度，早晚各报一次体温监测数。', checks: ['frequent-report'], note: '盲测集C：每两天、早晚各报' },
    { text: '旗农牧局：即日起执行疫情“日报告”制度，各苏木镇每日下午6时前将排查数据报局防疫股，零病例也要报。', checks: ['frequent-report'], note: '盲测集C第二批：日报告、零病例也要报' },
    { text: '县委办：各乡镇贯彻落实县委全会精神情况，要提供会议记录、学习笔记、照片等佐证，县委办据此评定落实情况等次。', checks: ['records-as-standard'], note: '盲测集C第二批：据此评定' },
    { text: '检查组下周来，各村把今年的党员活动照片、会议记录整理成册，检查时现场翻阅。', checks: ['records-inspected'], note: '盲测集C第二批：现场翻阅' },
    { text: '区委组织部：党员信息各街道已在全国党员管理信息系统录过，但为便于统计，请再以excel形式报一份。', checks: ['repeat-report'], note: '盲测集G：再以……形式报一份' },
    { text: '县统计局：同一组数据，请各乡镇分别按统计口径、农业口径、帮扶口径各填一份，分别报送。', checks: ['multi-format-concept'], note: '盲测集G：多种口径各填一份' },
    { text: '县委农办：各乡镇的乡村振兴工作是否落实，以影像资料和工作记录为准，请每项工作都拍照留痕，年底一并查验。', checks: ['records-as-standard'], note: '盲测集G：以留痕为准' },
    { text: '鉴于前期报送的数据与部门掌握的数据存在出入，经研究，请各乡镇对今年以来的全部报表逐月重新核对填报，于本周内报送。', checks: ['refile-concept'], note: '盲测集G：重新核对填报' },
    { text: '各位站长，下周县里督察组要来看秸秆禁烧，麻烦各站把巡查台帐、工作日制都准备好，他们要一本一本翻。', checks: ['records-leafed'], note: '盲测集G：一本一本翻' },
    { text: '请各乡镇于每周二、周五中午12点前，将辖区重点人员稳控情况报县委政法委，无异常的报“无”。', checks: ['frequent-report'], note: '盲测集G第二批：周期与报送相隔较远、报“无”' },
    { text: '今年的两委换届资料，组织部要求各乡镇再按照新目录重新整理装订一套，原来的那套作废。', checks: ['refile-concept'], note: '盲测集G第二批：重新整理装订一套' },
    { text: '县委宣传部：各乡镇学习贯彻情况以会议记录、学习笔记、图片资料为主要考核依据，请于月底前一并报送。', checks: ['records-as-standard'], note: '盲测集G第二批：为主要考核依据' },
    { text: '财政局对各镇惠民惠农补贴资金开展专项检查，检查组要调看近三年的发放台账，请各镇安排专人配合。', checks: ['records-inspected'], note: '盲测集G第二批：调看台账' },
    { text: '问：民政上周刚收过一次低保户信息，这周乡村振兴局又要一模一样的表，能不能直接用民政那份？\n答：不行，我们局要单独报，格式按我们的来，周五前各乡镇报齐。', checks: ['same-data-again'], note: '问答：一模一样的表要单独报（探测集 H）' },
    { text: '刘镇长说，上面要看痕迹，今年每个村的工作必须有照片、有记录、有签字，年底按台账厚度说话。', checks: ['records-pile'], note: '按台账厚度说话（探测集 H）' },
    { text: '各乡镇：因系统数据丢失，请将上半年已报的耕地保护数据从新报送一次，同时补交纸质版各三份。', checks: ['repeat-report'], note: '语音错字“从新”（探测集 H）' },
    { text: '街道社区科：区里这周搞了好几个报表，老年人信息表、残疾人信息表、退役军人信息表，很多信息其实都是同一批人，大家辛苦一下各填一份，周四交。', checks: ['same-data-again'], note: '同一批人各填一份（探测集 H）' },
    { text: '各乡镇每天下午五点前报送进度，原来的周报已经取消了。', checks: ['frequent-report'], note: '句末“原来的周报已经取消”说的是另一件事' },
    { text: '乡党委副书记：年底考核主要是看材料，各村的台账、会议记录、活动照片一样都不能少，按考核目录装盒。', checks: ['records-counted'], note: '考核主要是看材料（盲测 J）' },
  ],
  valid: [
    { text: '回车镇政府办：请各村在本月20日前报一下今年冬季取暖困难户名单，就报这一次，表格只有三列。', note: '一次性报送' },
    { text: '县统计局：请各乡镇于12月10日前报送2026年农业生产情况统计表（附件1），一次性报送至统计局邮箱，报送后不再重复收集。', note: '一次性报送' },
    { text: '收到，谢谢各乡镇及时报送的防返贫监测数据，数据已汇总完毕，无需再报。', note: '感谢已报数据' },
    { text: '县农业农村局：各乡镇此前已在系统填报的数据，县局直接从系统提取，今后不再要求乡镇重复报送纸质表格。', note: '不再重复报送' },
    { text: '县民政局：今年低保年审数据由县局从大数据平台比对，乡镇不用再填表，也不用报纸质材料。', note: '不用再填表' },
    { text: '考核指标从严控制，不以台账多少、照片多少评价工作。', note: '不以台账评价' },
    { text: '文件里说“不能简单将台账记录、工作笔记等作为工作是否落实的标准”，这条写得实在👍', note: '引用文件' },
    { text: '各位，报销单据月底前交财务室，过期的下个月再报。', note: '报销' },
    { text: '每周五下午镇机关大扫除，各办公室派一人。', note: '“每周”但无填报' },
    { text: '周末报名参加健步走的同事，请每天早上报个平安。', note: '报名、报平安' },
    { text: '镇干部今天入户走访，顺便帮老人填了养老认证表，辛苦大家。', note: '为群众办事' },
    { text: '会议记录我发群里了，大家看一下有没有遗漏。', note: '日常' },
    { text: '表格还要每天报吗？', note: '问句' },
    { text: '区委组织部：各街道对照“十不得”自查一遍，看看还有没有层层报材料的情况。', note: '学习十不得' },
    { text: '县统计局：今后各乡镇不得被要求每天报送进度，已建立的日报制度一律取消。', note: '取消日报制度' },
    { text: '粤政易通知：请各社区于本月25日前报送一次辖区养老机构名单（模板见附件），只报这一次。', note: '一次' },
    { text: '那个表上周不是刚交过吗？怎么又要交一遍？', note: '探测集：不应标记' },
    { text: '这个月的报表我已经报过了，不用重复报。', note: '探测集：不应标记' },
    { text: '请各村把春节慰问名单本周五前报镇民政办，谢谢。', note: '探测集：不应标记' },
    { text: '天天填表，累死了😩', note: '探测集：不应标记' },
    { text: '县里已经从系统直接导出数据了，各乡镇这次不用报了。', note: '探测集：不应标记' },
    { text: '把排名表发我一下，我看看咱们县在全市排第几。', note: '探测集二：不应标记' },
    { text: '本周五前请各乡镇报送今冬明春火灾隐患排查整治方案，一次性报送，后续不再另行收集。', note: '探测集二：不应标记' },
    { text: '数据已经从系统里拉出来了，各乡镇不用再报。', note: '探测集二：不应标记' },
    { text: '今天下午把这份表填一下，就这一次。', note: '探测集二：不应标记' },
    { text: '请各乡镇于每月5日前报送上月重点项目进展情况。', note: '探测集三：不应标记' },
    { text: '请大家把这次走访的照片发我一份，写简报用。', note: '探测集三：不应标记' },
    { text: '县应急局：各乡镇今天已经报送的防汛物资清单收到了，辛苦，不需要再报。', note: '探测集三：不应标记' },
    { text: '请各村于周五前报送一次冬季困难群众名单，之后不再重复报送。', note: '探测集三：不应标记' },
    { text: '旗里明天组织对各苏木乡镇草原禁牧工作考核验收，请提前准备好佐证材料装订成册，放会议室备查。', note: '盲测集C：迎检佐证材料属 R01，不按 R03 的“以台账评价”' },
    { text: '区城管委：自即日起各街道巡查人员每２小时在粤政易工作群上传一次现场照片，作为巡查到位的依据。', note: '盲测集C：照片发群作证明属 R06' },
    { text: '上周报过了，不用再报，县里直接用上次的数。', note: '盲测集C：不用再报' },
    { text: '没事也要报个平安，这是镇长说的，怕大家出事。', note: '盲测集C第二批：报平安' },
    { text: '会议记录我整理成册了，放档案室，需要的自取。', note: '盲测集C第二批：归档' },
    { text: '镇安监站：请辖区各加油站每天下午在“安全生产”群里上报当日巡检情况。', note: '盲测集F（他组）：乡镇对辖区企业' },
    { text: '现要求各帮扶干部在每次入户时通过“帮扶通”APP打卡并留存入户照片，该记录将作为年度考核帮扶工作的主要依据。', note: '盲测集F（他组）：只用照片经APP打卡作证明，属 R06' },
    { text: '请各乡镇于12月10日前报送一次今年的冬季农田水利建设计划（一页纸即可），此后不再要求重复报送。', note: '盲测集G：一次性' },
    { text: '各村报来的低保名册已审核，发现有两个村的身份证号录错了，请这两个村更正后重新发一下这两条。', note: '盲测集G：更正个别错误' },
    { text: '县里开发了个小程序，每天早上8点把防汛预警推送到群里，大家留意。', note: '推送通知不是填报' },
    { text: '问：今年还要不要每周报秸秆禁烧的周报？\n答：不用了，县里已经取消周报，改为系统自动抽取，各乡镇无需再报。', note: '问答：周报已取消（探测集 H）' },
    { text: '各乡镇：县人社局将于12月10日一次性收集2025年公益性岗位人员花名册，模板见附件，12月20日前报送即可，此前已报过的无需重复报送。', note: '一次性收集，已报的无需重复（探测集 H）' },
    { text: '大家好 镇长刚才在会上说了啊 从明天开始大家每天晚上九点之前要在群里报一下自己在哪 发个定位就行 不发的话他要一个个打电话问', note: '每天报自己在哪、发定位属 R06（探测集 I）' },
    { text: '各位网格长：为体现工作成效，请在每次入户后把与群众的合影发到网格群，照片要能看清门牌号，街道作为考核网格工作的依据。', note: '只把照片发到群里作依据属 R06（探测集 I）' },
  ],
});

describe('R03 patterns under recheck', () => {
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
