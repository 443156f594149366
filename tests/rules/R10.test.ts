import rule, { parseCount, termDays } from '../../checks/messages/rules/R10-long-secondment.js';
import { ruleSettingsSchema } from '../../checks/settings.js';
import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../support/rule-tester.js';

/** A county that follows 004's "half a year is long" line instead of 000's three months. */
const halfYear = ruleSettingsSchema.parse({ secondment: { maxDays: 180 } });
/** A county with a stricter monthly line and no more than one cadre per township. */
const strict = ruleSettingsSchema.parse({ secondment: { maxDays: 30, maxPerTownship: 1 } });

describe('R10 term reading', () => {
  it('reads stated terms in days', () => {
    expect(termDays('8个月')).toBe(240);
    expect(termDays('一年')).toBe(365);
    expect(termDays('半年')).toBe(182.5);
    expect(termDays('一个半月')).toBe(45);
    expect(termDays('两周')).toBe(14);
    expect(termDays('十二个月')).toBe(360);
    expect(termDays('下个月')).toBeNaN();
  });
  it('reads counts in Arabic and Chinese numerals', () => {
    expect(parseCount('3')).toBe(3);
    expect(parseCount('两')).toBe(2);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('二十')).toBe(20);
    expect(parseCount('几')).toBeNaN();
  });
});

runRuleTable(rule, {
  valid: [
    { text: "县委组织部：经部务会研究同意，借调大河镇李某同志到县委组织部帮助工作，借调期限为2026年12月1日至2027年2月28日，期满按时返回。", note: '盲测F第1批' },
    { text: "问一下，咱们县对借调干部的期限有没有规定？我听说不能超过三个月，是这样吗？", note: '盲测F第1批' },
    { text: "县委宣传部：跟班学习的两名乡镇干部已于11月30日期满返回原单位，感谢各乡镇支持。", note: '盲测F第1批' },
    { text: "镇里新来的小周是今年新录用的公务员，按规定五年内不借调，县里来要人的我们一律婉拒。", note: '盲测F第1批' },
    { text: "关于借调的事情我问了组织部，他们说必须走审批，时间最多三个月，大家不要私下答应。", note: '盲测F第1批' },
    { text: "县信访局：经县委组织部同意，借用城关镇王某某同志协助信访接待工作一个月（12月1日—12月31日）。", note: '盲测F第1批' },
    { text: "县里说下周一要在大会议室开个短会，各乡镇分管安全的副职参加就行，不用书记来。", note: '盲测F第1批' },
    { text: "旗委组织部：巴彦塔拉苏木借调至旗委办的两名干部借调期满，请于本周五前返回苏木工作。", note: '盲测F第1批' },
    { text: '经旗委组织部同意，抽调苏木镇干部2名参加全旗人口普查登记，时间1个月，结束后返回。', note: '盲测D第2批' },
    { text: '县委组织部：对借调满3个月的干部，一律清退回原单位。', note: '盲测D第2批' },
    { text: '借调期间的工资由原单位发放吗？', note: '盲测D第2批' },
    { text: '县委办的小刘上周借调期满，已经回镇里上班了。', note: '盲测D第2批' },
    { text: '镇里的网格员借用了县里的执法记录仪，下周归还。', note: '盲测D第2批' },
    { text: '下周一全县统一组织阅卷，各乡镇抽调1名干部参加，为期两天。', note: '盲测D第2批' },
    { text: '经县委组织部同意，借调X镇刘某到县统计局帮助工作两个月，自12月1日至1月31日，期满返回。', note: '盲测D第1批' },
    { text: '县委组织部：对借调期满人员一律于本月底前返回原单位。', note: '盲测D第1批' },
    { text: '借调县里的小陈今天回来了，大家中午一起吃个饭🎉', note: '盲测D第1批' },
    { text: '问：新录用的公务员能不能借调？答：最低服务年限内一律不得借调。', note: '盲测D第1批' },
    { text: '小王借调县发改委的批复下来了，经组织部同意，为期1个月，下周一去报到，月底回来。', note: '盲测D第1批' },
    { text: '抽调各乡镇民兵参加森林防火扑救演练，时间一天，演练结束即返回。', note: '盲测D第1批' },
    { text: '他借用了我的车去县里，晚上还回来。', note: '盲测D第1批' },
    { text: '老张被抽调去县里参加了一天的阅卷，明天就回来。', note: '盲测D第1批' },
    { text: '县委组织部：借调人员管理办法已印发，借调时间一律不超过3个月。', note: '新写法探查' },
    { text: '借调干部小李明天就回来了，镇里安排他继续负责文书工作。', note: '新写法探查' },
    { text: '镇里借用了县农业农村局的无人机，用一天就还。', note: '新写法探查' },
    { text: '县委组织部：经批准，借调西坪镇周某到县委办帮助工作，借调期两个月，期满返回。', note: '新写法探查' },
    {
      text: '西组借〔2026〕14号\n经县委组织部同意，借调丹水镇孙浩同志到县发改委帮助工作，借调期自2026年12月1日至2027年1月31日，共2个月，期满返回原单位。',
      note: '批准、短期、有期限',
    },
    { text: '组织部已经同意了，西坪镇小周借调县统计局两个月，12月31日到期，到期按时回镇。', note: '短期' },
    { text: '县委组织部：经研究同意，借调米坪镇王某到县委办帮助工作3个月，期满返回。', note: '3个月不超过默认上限' },
    { text: '经旗委组织部同意，借调巴彦镇王磊同志到旗发改委帮助工作，借调期自2026年12月1日至2027年2月28日，期满返回原单位。', note: '批准、短期' },
    { text: '县委组织部：新录用公务员在乡镇最低服务年限内一律不得借调，请各单位严格执行。', note: '禁止' },
    { text: '州委组织部：新录用公务员在最低服务年限内一律不得借调，已借调的月底前返回。', note: '禁止' },
    { text: '上级机关一般不准长期（半年以上）借调乡镇干部。', note: '引用规定' },
    { text: '新录用公务员不得以借用、调训、帮助工作等方式抽调至上级部门。', note: '引用规定' },
    { text: '县委组织部：对现有借调人员开展清理，借调期满的一律于11月30日前返回乡镇工作。', note: '清理' },
    { text: '借调的小陈今天回镇里上班了，欢迎回家🎉', note: '返回' },
    { text: '请问借调期满的同志是不是都要回原单位？', note: '问句' },
    { text: '村委会借用镇里的会议室开两天会，钥匙在党政办。', note: '借用场地' },
    { text: '县统计局：抽调各乡镇统计员参加为期两天的业务培训，培训结束后返回。', note: '短期培训' },
    { text: '县里借调我镇干部的事已经报组织部批了，借调一个月，月底回来。', note: '短期' },
    { text: '镇里这周抽调了几个同志去帮村里收玉米，下周就回来。', note: '短期' },
    { text: '新录用公务员岗前培训下周一开班，地点在县委党校。', note: '无借调' },
    { text: '县委办：自愿报名到县里跟班学习半年的年轻干部，请联系组织科。', note: '自愿' },
    { text: '经县委组织部同意，借调小张到县委办帮助工作4个月。', settings: halfYear, note: '按180天设置不算长期' },
  ],
  invalid: [
    { text: "县委组织部（代拟）：经研究，抽调回龙镇张明同志到县巡察办工作，借调期限暂定两年，工资福利待遇由原单位负责。", checks: ["long-term"], note: '盲测F第1批' },
    { text: "县政法委：因平安建设考评需要，从各乡镇各抽调1名政法委员到委里集中办公，时间到考评结束为止。", checks: ["until-open"], note: '盲测F第1批' },
    { text: "旗委宣传部想把巴彦塔拉苏木的小刘借掉过来帮忙写材料，先借半年看看，组织部那边就不走程序了", checks: ["long-term","open-end-anchored"], note: '盲测F第1批' },
    { text: "区城管局：为保障创文攻坚，向各街道借用年轻干部若干名，自即日起至创文测评结束，期间人员由区局统一管理。", checks: ["until-open"], note: '盲测F第1批' },
    { text: "经县委主要领导同意，从乡镇选调3名2025年新录用公务员到县委政研室跟班学习一年。", checks: ["new-recruit"], note: '盲测F第1批' },
    { text: "各乡镇：县重点项目指挥部需从乡镇借调工程类专业干部，借调期限原则上不少于1年，请各乡镇于周三前推荐人选。", checks: ["long-term"], note: '盲测F第1批' },
    { text: "青山乡王某某同志已被县发改委借调满9个月，县发改委来函商请继续借用至项目竣工验收，请乡党委予以支持。", checks: ["open-ended"], note: '盲测F第1批' },
    { text: "州里来电：勐海县各乡镇要各选派1名干部到州委办上挂，时间一年半，选派名单不需要报组织部。", checks: ["long-term"], note: '盲测F第1批' },
    { text: "县信访局：信访积案化解“百日攻坚”结束后，抽调的各乡镇干部暂不返回，继续留局协助工作，返回时间另行通知。", checks: ["open-ended"], note: '盲测F第1批' },
    { text: "借调人员情况表\n姓名｜原单位｜借调单位｜借调起始｜借调期限\n李某｜东坝镇｜县委办｜2025.10｜待定\n王某｜西湖镇｜县政府办｜2026.01｜待定\n请两镇继续支持。", checks: ["table-row"], note: '盲测F第1批' },
    { text: "刚考进来的选调生小陈，县委办说要借过去帮忙，先干着，啥时候回来没说", checks: ["new-recruit"], note: '盲测F第1批' },
    { text: '旗委宣传部：请巴彦镇选派1名宣传干事到部里帮助工作，时间从明年1月起，具体期限根据工作进展确定。', checks: ['open-ended'], note: '盲测D第2批' },
    { text: '县委办：为加强文稿起草力量，从乡镇遴选3名优秀年轻干部到县委办跟岗锻炼，期限1年。', checks: ['long-term'], note: '盲测D第2批' },
    { text: '县信访局抽调的那两个镇干部，信访积案化解攻坚期间一直留在局里，攻坚什么时候结束什么时候回。', checks: ['open-end-anchored'], note: '盲测D第2批' },
    { text: '县发改委：借调城关镇刘某、王某、张某三名同志参与项目谋划，借调期3个月。', checks: ['township-quota-named'], note: '盲测D第2批' },
    { text: '区里又要借人了，说是借到明年底，这次要我们街道出两个，组织部那边说还没收到函。', checks: ['long-term'], note: '盲测D第2批' },
    { text: '县委组织部：2025年招录的公务员，因县直单位工作需要，暂借调至县直单位工作，服务期满后回乡镇。', checks: ['open-end-anchored'], note: '盲测D第2批' },
    { text: '县住建局：请各乡镇派一名熟悉业务的同志到局里集中办公，办公时间暂定至年底，具体视情况延长。', checks: ['open-ended'], note: '盲测D第2批' },
    { text: '旗委办：从各苏木镇抽调3名年轻干部到旗委办帮助工作，时间暂定一年，工资关系不变。', checks: ['long-term'], note: '盲测D第1批' },
    { text: '州发改委：借用X乡干部小杨到委里参与项目申报工作，借用时间到项目验收结束为止。', checks: ['until-work-ends'], note: '盲测D第1批' },
    { text: '县委组织部的手续还没办，先让镇里的小张明天来县住建局上班，借多久看工作需要。', checks: ['borrowed-before-approval'], note: '盲测D第1批' },
    { text: '区委宣传部：请XX街道选派一名干部到部里跟班学习，为期六个月。', checks: ['long-term'], note: '盲测D第1批' },
    { text: '县纪委监委：根据工作需要，抽调各乡镇纪委书记参加专项巡察，期限至全部问题整改到位。', checks: ['until-work-ends'], note: '盲测D第1批' },
    { text: '今年刚考进来的选调生小刘，县委办想借过去写材料，借三个月，组织部已同意。', checks: ['new-recruit'], note: '盲测D第1批' },
    { text: '县信访局：X镇借调干部李某借调期已满，因工作需要继续留用至明年底。', checks: ['open-ended'], note: '盲测D第1批' },
    { text: '跟你们镇长说一下那个借调的小王我们局里还要再用一段时间年后再说吧具体哪天回去不好说', checks: ['open-ended'], note: '盲测D第1批' },
    { text: '盟林草局：从各旗苏木镇林业站抽调技术干部到盟局帮助工作，期限两年，期间不回原单位。', checks: ['long-term'], note: '盲测D第1批' },
    { text: '县商务局因招商工作需要，借调X镇干部两名、Y镇干部两名，长期在县招商中心工作。', checks: ['long-term'], note: '盲测D第1批' },
    { text: 'X县人社〔2026〕7号\n关于借调工作人员的函\nX镇人民政府：\n因工作需要，拟借调你镇干部王某某同志到我局帮助工作，借调期限自2026年12月1日起，结束时间视工作情况另行确定。\n县人力资源和社会保障局', checks: ['open-ended'], note: '盲测D第1批' },
    { text: '县委政法委：借用各乡镇综治干部参加扫黑除恶专项工作，借用期限１２个月。', checks: ['long-term'], note: '盲测D第1批' },
    { text: '区住建局：从各街道抽调5名干部到区局帮助做老旧小区改造，干到明年项目结束。', checks: ['until-work-ends'], note: '盲测D第1批' },
    { text: '组织部同意借调一个月，但我们这边实际需要用到明年六月，到时候再补手续。', checks: ['paperwork-later'], note: '盲测D第1批' },
    { text: '县委组织部还没同意，县教体局就把城关镇的小刘抽调过去了，说是要干到年底。', checks: ['borrowed-before-approval'], note: '新写法探查' },
    { text: '区发改委：借调南湖街道小陈同志到我委帮助工作，借调时间为2027年全年。', checks: ['long-term'], note: '新写法探查' },
    { text: '县委办：从各乡镇抽调10名干部组建专班，工作周期一年，期间不回原单位。', checks: ['long-term'], note: '新写法探查' },
    { text: '县住建局：借调城关镇2026年新招录的选调生小王到局里帮忙工作两个月。', checks: ['seconded-new-recruit'], note: '新写法探查' },
    { text: '县乡村振兴局：从各乡镇抽调6名同志长期帮助工作，工资关系留在原单位。', checks: ['long-term'], evidence: '抽调' },
    { text: '县委宣传部：请田关镇安排一名干部到部里跟班学习，为期8个月。', checks: ['long-term'] },
    { text: '县委办需要从各乡镇借调2名文字功底好的年轻干部，借调时间一年，请于下周一到县委办报到。', checks: ['long-term'] },
    { text: '镇党委：从各村抽调村干部到镇里帮助工作，时间暂定一年。', checks: ['long-term'] },
    { text: '州发改委：借调勐海镇干部小李到委里帮助工作4个月。', checks: ['long-term'], note: '超过默认90天' },
    { text: '旗委办：从各苏木乡镇抽调3名干部到旗委办帮助工作，时间一年半，工资关系不变。', checks: ['long-term'] },
    { text: '经县委组织部同意，借调小张到县委办帮助工作两个月。', checks: ['long-term'], settings: strict, note: '按30天设置' },
    { text: '县住建局：借用青湖镇小赵同志参与老旧小区改造，借用到项目结束为止，已经跟镇里口头说好了。', checks: ['unapproved'], note: '同时不定期；重叠的匹配合并为一条' },
    { text: '县信访局：回车镇刘某借用期满后继续留用，借调期限延长至明年12月底。', checks: ['long-term'], note: '继续留用至明年12月底：期限至少11个月，与不定期的发现合并为一条' },
    { text: '县纪委：抽调各乡镇纪检干部参加本轮巡察，直至巡察工作全部结束，具体返回时间另行通知。', checks: ['until-work-ends'] },
    { text: '经研究，借调双龙镇黄磊同志到县发改委帮助工作，时间待定。', checks: ['open-ended'], evidence: '借调' },
    { text: '市政务服务数据管理局：从各区街道抽调12名业务骨干到市局上挂锻炼，借调时间待定，请于12月5日前报到。', checks: ['open-ended'] },
    { text: '灌云县委办：从伊山镇、杨集镇、同兴镇各借调1名干部到县委办帮助工作，期限半年以上，不再另行报批。', checks: ['long-term'], note: '同时未报批；重叠的匹配合并为一条' },
    { text: '县城管局：借用城关镇干部小周参与拆违，干到项目结束再说。', checks: ['until-work-ends'] },
    { text: '区委组织部那边还没批，区住建局先把南湖街道的小张借过来搞拆迁。', checks: ['borrowed-before-approval'] },
    { text: '县水利局：借用石桥乡干部小马协助工作一个月，手续后补。', checks: ['unapproved'] },
    { text: '县发改委：项目办人手紧张，请太平镇今年新录用的两名选调生到我委帮助工作三个月。', checks: ['new-recruit'] },
    { text: '县自然资源局：今年新录用的公务员小王先到局里上挂锻炼，组织部那边的手续后面再补。', checks: ['new-recruit'] },
    { text: '州发改委：借用勐海镇今年新录用的公务员小李到委里跟班学习，期限暂定两个月。', checks: ['seconded-new-recruit'] },
    { text: '旗委办：从巴彦镇抽调3名干部到旗委办帮助工作，时间两个月。', checks: ['township-quota'], note: '同一苏木乡镇超过2名' },
    { text: '区委办：从南湖街道借调两名同志帮助工作一个月。', checks: ['township-quota'], settings: strict, note: '按每镇1名设置' },
  ],
});
