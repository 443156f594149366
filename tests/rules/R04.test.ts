import { describe, expect, it } from 'vitest';
import rule, { namesApprovedItem } from '../../checks/messages/rules/R04-veto-abuse.js';
import { ruleSettingsSchema } from '../../checks/settings.js';
import { runRuleTable } from '../support/rule-tester.js';

/** A county whose approved list holds 控辍保学 and 森林防火 (besides nothing else). */
const countyList = ruleSettingsSchema.parse({ veto: { approvedItems: ['控辍保学', '重大森林火灾'] } });

runRuleTable(rule, {
  invalid: [
    { text: '县教体局：控辍保学工作对乡镇实行“一票否决”，请各乡镇党委政府高度重视。', checks: ['one-vote-veto'], evidence: '一票否决' },
    { text: '各乡镇注意，县林业局明确：今年辖区内发生过火面积超过10亩森林火灾的，对所在乡镇年度考核实行一票否决。', checks: ['one-vote-veto'] },
    {
      text: '西自然资〔2026〕21号 关于签订2026年度耕地保护目标责任书的通知\n各乡镇人民政府：\n三、年内新增违法占用耕地超过5亩的乡镇，年度评先评优实行一票否决。',
      checks: ['one-vote-veto'],
      note: '正式通知',
    },
    { text: '县文旅局：乡村旅游厕所达标情况实行一票否决制，各乡镇不得以任何理由拖延。', checks: ['one-vote-veto'] },
    { text: '旗林草局：草原防火工作实行一票否决，发生重大草原火灾的苏木镇年度考核不得评为优秀。', checks: ['one-vote-veto'], note: '内蒙古' },
    { text: '区城管委：创建全国文明城市实行“一票否决”，测评不达标的街道取消年度评先评优资格。', checks: ['one-vote-veto'], note: '城区' },
    { text: '旗应急管理局：责任书明确，发生较大以上自然灾害责任事故的苏木镇，年度考核一票否决。', checks: ['one-vote-veto'] },
    { text: '县住建局：农村自建房安全隐患排查整治不到位的，对所在乡镇年度目标考核一票否决。', checks: ['one-vote-veto'] },
    { text: '发生安全生产事故的乡镇，年度考核一票否决。', checks: ['one-vote-veto'], note: '不是“重特大”事故，不在默认清单' },
    { text: '镇里定了：今年哪个村出现越级访，年底村干部评先评优一律否决。', checks: ['veto-by-other-name'], evidence: '一律否决' },
    { text: '镇里研究决定：哪个村委会辖区出现非法种植罂粟，村干部年度考核一律否决。', checks: ['veto-by-other-name'], note: '云南' },
    { text: '县卫健委通知：乡镇卫生院发生医保基金违规使用问题的，一经查实，对该乡镇卫生健康工作考核实行否决。', checks: ['veto-by-other-name'] },
    { text: '县教育体育局：校园安全工作对乡镇实行否决制，发生安全事故的乡镇当年不得评先。', checks: ['veto-by-other-name'] },
    { text: '政务微信通知：\n各街道：\n垃圾分类不达标的社区，年度评优直接否决！', checks: ['veto-by-other-name'], note: '政务微信、换行' },
    { text: '县教体局：控辍保学工作对乡镇实行一票否决。', checks: ['one-vote-veto'], note: '默认清单里没有控辍保学' },
    { text: '控辍保学、禁毒工作对乡镇实行一票否决。', checks: ['one-vote-veto'], settings: ruleSettingsSchema.parse({ veto: { approvedItems: ['重大森林火灾'] } }), note: '清单里没有这两项' },
    { text: '这项工作纳入年度考核，实行“一票否决”。', checks: ['one-vote-veto'], note: '换一种说法（探测集）' },
    { text: '谁家出了问题，年底考核直接一票否决，别怪我没提醒。', checks: ['one-vote-veto'], note: '换一种说法（探测集）' },
    { text: '镇里研究定了：人居环境整治后三名的村，年底村干部评先评优一票否决。', checks: ['one-vote-veto'], note: '换一种说法（探测集二）' },
    { text: '区里明确，发生重大舆情事件的街道，年度绩效考核实行一票否决。', checks: ['one-vote-veto'], note: '换一种说法（探测集二）' },
    { text: '县统战部：宗教活动场所管理出现问题的乡镇，年度考核评优资格一律取消，实行否决。', checks: ['veto-by-other-name'], note: '换一种说法（探测集二）' },
    { text: '县妇联：家庭文明建设实行一票否决，凡发生家庭暴力致人死亡案件的乡镇，取消当年评先资格。', checks: ['one-vote-veto'], note: '换一种说法（探测集三）' },
    { text: '企业微信群通知：环保督察反馈问题整改不到位的街道，年度考核实行“一票否决”。', checks: ['one-vote-veto'], note: '换一种说法（探测集三）' },
    { text: '县民宗局：宗教活动场所管理出问题的乡镇，年终考核适用一票否决权。', checks: ['one-vote-veto'], note: '盲测集C：一票否决权' },
    { text: '苏木党委：哪个嘎查今年出了重大安全事故，嘎查“两委”成员当年评优评先一票否掉。', checks: ['one-vote-veto'], note: '盲测集C第二批：一票否掉' },
    { text: '区城管委：违法建设治理纳入对街道考核的否决项，出现新增违建的街道取消评先资格。', checks: ['veto-by-other-name'], note: '盲测集C第二批：否决项' },
    { text: '县里说了，今年秸秆禁烧实行一票否绝，发现一个火点就取消乡镇评优资格。', checks: ['one-vote-veto'], note: '盲测集G：语音输入“否绝”' },
    { text: '旗政府办：对草原生态保护补奖资金发放出现问题的苏木镇，实行年度考核否决。', checks: ['veto-concept'], note: '盲测集G：概念检查' },
    { text: '关于进一步加强防溺水工作的通知\n三、严格责任追究：发生学生溺亡事件的乡镇，一律取消年度评先资格，实行一票否决。', checks: ['one-vote-veto'], note: '盲测集G：“取消评先资格”不是清理' },
    { text: '根据县委办通知精神，耕地“非粮化”整治工作不力的乡镇，取消年度目标考核评优资格，实行“一票否”。', checks: ['one-vote-veto'], note: '盲测集G第二批：一票否' },
    { text: '那个各村书记我再强调一下今年这个人居环境搞不好的直接一票否了评先评优就别想了', checks: ['one-vote-veto'], note: '口语：一票否了（探测集 H）' },
  ],
  valid: [
    { text: '县安委会：发生安全生产重特大事故的乡镇，年度考核实行一票否决。', note: '在默认批准清单内' },
    { text: '发生重特大安全生产事故的苏木镇，年度考核一票否决。', note: '批准事项换了语序' },
    { text: '党风廉政建设实行一票否决，请各乡镇严格落实。', note: '在默认批准清单内' },
    { text: '县教体局：控辍保学工作对各乡镇实行一票否决。', settings: countyList, note: '该县清单内有控辍保学' },
    { text: '县委县政府研究决定，取消“美丽乡村创建一票否决”，相关工作纳入年度综合考核统筹。', note: '取消' },
    { text: '县委办：根据为基层减负要求，对照清单全面清理针对乡镇的“一票否决”事项，未列入清单的一律取消。', note: '清理' },
    { text: '问：控辍保学今年还搞一票否决吗？\n答：已经清理掉了，不在清单里了。', note: '问答' },
    { text: '今天培训讲了一票否决的规范：只有经县委县政府批准列入清单的事项才能设，部门不能自己往上加。', note: '讲解规范' },
    { text: '旗委编办：经清理，全旗针对苏木乡镇的“一票否决”事项由12项压减到2项，其余一律废止。', note: '压减' },
    { text: '县委编办整理的清理“一票否决”和责任状事项清单已印发，请各乡镇对照查看。', note: '清单印发' },
    { text: '转发学习：十个“不得”包括不得滥用“一票否决”、不得层层套开会议。', note: '学习十不得' },
    { text: '文件原话是“未列入清单的不得擅自设立”一票否决事项。', note: '引用' },
    { text: '党委会否决了这个方案，下周重新研究。', note: '普通“否决”' },
    { text: '村民代表大会一票一票地唱票，最后选出了新的村委会。', note: '“一票”' },
    { text: '今后不得对乡镇设置一票否决事项。', note: '禁止' },
    { text: '县发改委内部：项目评审实行专家一票否决制。', note: '专家评审的议事规则' },
    { text: '一票否决这种做法早该取消了。', note: '议论、主张取消' },
    { text: '上面说一票否决要清单化管理，咱们县保留了两项。', note: '探测集：不应标记' },
    { text: '你们镇去年不是被一票否决了吗？', note: '探测集：不应标记' },
    { text: '明天早上我去报账，有要报销的单据今天给我。', note: '探测集二：不应标记' },
    { text: '经研究，县里将党风廉政建设作为一票否决事项保留，其余事项全部取消。', note: '探测集二：不应标记' },
    { text: '县里明确发生党风廉政建设方面重大问题的乡镇，实行一票否决，这是清单内事项。', note: '探测集三：不应标记' },
    { text: '我问了县委办，消防安全一票否决这个事是部门自己加的，不在清单里，已经叫停了。', note: '探测集三：不应标记' },
    { text: '一票否决这个词今天又在培训班上听到了，老师说现在已经严格控制了。', note: '盲测集C：谈论这个词' },
    { text: '县委编办整理的“一票否决”事项清单见附件，只有3项保留，其余取消。', note: '盲测集C：清单' },
    { text: '动不动就一票否决，基层真是吃不消。', note: '盲测集C：吐槽' },
    { text: '这个否决项已经取消了，大家放心。', note: '盲测集C第二批：已取消' },
    { text: '县林草局：明年的考核方案初稿被否决了，重新起草。', note: '方案被否决' },
    { text: '一票否决那个事我去问了，县里说只有党风廉政和安全生产重特大事故两项。', note: '盲测集G第二批：说明清单' },
    { text: '问：一票否决是不是还有？\n答：县里现在只保留了经县委批准的几项，其他部门自行设置的一票否决一律无效，你们可以直接拒绝。', note: '问答：其他一票否决一律无效（探测集 H）' },
    { text: '这种动不动就一票否决的做法，去年已经被市委督查通报批评了，县里今年没有再设。', note: '被通报批评，没有再设（探测集 H）' },
    { text: '各位我说一下啊今年县里已经把一票否决事项清理了除了安全生产和计划生育那些省里规定的其他的都取消了大家心里有个数', note: '已清理（探测集 H）' },
    { text: '以前乡里有个规定，村里出了安全事故评先一票否决，这个规定现在早就废止了。', note: '早就废止了（探测集 H 第二批）' },
    { text: '以前镇里动不动就一票否决，现在县里明确了，没有经过批准的一票否决一律无效。', note: '宣布一律无效（盲测 J）' },
    { text: '转：某地要求村干部每天在群里打卡、每周排名、一票否决，被中央纪委点名通报，大家引以为戒。', note: '反面典型、引以为戒（盲测L）' },
  ],
});

describe('R04 approved list', () => {
  it('recognises an approved item in other word order, not a narrower one', () => {
    expect(namesApprovedItem('发生重特大安全生产事故的', ['安全生产重特大事故'])).toBe(true);
    expect(namesApprovedItem('发生安全生产事故的', ['安全生产重特大事故'])).toBe(false);
    expect(namesApprovedItem('控辍保学工作对乡镇实行', ['控辍保学'])).toBe(true);
    expect(namesApprovedItem('禁毒工作', [])).toBe(false);
  });
});
