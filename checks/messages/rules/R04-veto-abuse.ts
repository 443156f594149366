// R04 不得滥用“一票否决” — 004 §九(四):
// “不得滥用“一票否决”。持续清理规范乡镇“一票否决”和签订“责任状”等事项,对清理后的事项实行清单化管理,
//  未列入清单的不得擅自设立。”
//
// A message that sets or threatens 一票否决 (or 实行否决, 评先评优一律否决) against townships,
// villages or their cadres breaches this rule unless the item is on the county's approved
// list (setting `veto.approvedItems`). Talk of cleaning up, regulating or cancelling
// 一票否决 does not.
import { defineRule, type MatchContext } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { normalizeLiteral } from '../normalize.js';
import { DOC_000, DOC_003, DOC_004 } from '../basis.js';
import { CLEANED_UP_AFTER, RELEASED, RELIEF_ALL_RULES } from '../relief-exceptions.js';
import { negationExcept } from '../context.js';

/** A task that failed, named by a verb the negation test reads as a cleanup: 清理不到位, 取消不及时,
 *  整改不力 — a condition for the veto, not the veto called off. */
const TASK_FAILED = String.raw`(?:不到位|不力|不彻底|不及时|不干净|不完|不够|未到位|未完成|没完成|滞后|缓慢|进度慢)`;
/** The shared negation test, except where the negator names a task that failed ("清理不到位的乡镇…一票否决"). */
const NEGATED_UNLESS_FAILED = negationExcept([], TASK_FAILED);

/** Han-character bigrams of a string (punctuation and spaces ignored). */
function bigrams(s: string): string[] {
  const han = [...s.replace(/[^\p{Script=Han}a-z0-9]/gu, '')];
  const out: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) out.push(han[i]! + han[i + 1]!);
  return out;
}

/**
 * Whether an approved item is what the sentence vetoes. Items are written by county staff
 * ("安全生产重特大事故") and messages word them freely ("发生重特大安全生产事故"), so an
 * item counts as named when at least three quarters of its character bigrams occur in the
 * sentence — word order may differ, but a narrower item ("安全生产事故" without 重特大)
 * does not pass for the approved one.
 */
export function namesApprovedItem(sentence: string, approvedItems: readonly string[]): boolean {
  return approvedItems.some((item) => {
    const grams = bigrams(normalizeLiteral(item));
    if (grams.length === 0) return false;
    const present = grams.filter((g) => sentence.includes(g)).length;
    return present >= Math.max(1, Math.ceil(grams.length * 0.75));
  });
}

export default defineRule(
  {
    meta: {
      code: 'R04',
      slug: 'veto-abuse',
      title: '不得滥用“一票否决”',
      description: '对乡镇（苏木、街道）、村（嘎查、社区）或基层干部设置、扬言实行“一票否决”（含“实行否决”“评先评优一律否决”），且该事项不在县委县政府批准的清单内。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(四)',
          quote: '不得滥用“一票否决”。持续清理规范乡镇“一票否决”和签订“责任状”等事项,对清理后的事项实行清单化管理,未列入清单的不得擅自设立。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '(二)健全与职责相适应的监督考评体系',
          quote: '除中央和自治区党委明确要求外,各级党委和政府及其职能部门不得以任何形式对苏木乡镇和街道设置“一票否决”事项。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '六(四)',
          quote: '统筹规范针对乡镇的评比表彰、示范创建等活动,未经县委和县政府批准,不得对乡镇设置“一票否决”事项。',
        },
      ],
    },
    patterns: [
      {
        id: 'one-vote-veto',
        description: '设置或扬言实行“一票否决”“一票否决制”。',
        keywords: ['一票否'],
        pattern: String.raw`
          (?<trigger> 一票[”"]?否(?:决|定|掉|绝|诀|觉|了)?(?:制|权)? )   # the term itself, quoted or not (否掉: spoken; 否绝/否诀/否觉: voice-input homophones)`,
        examples: {
          match: ['控辍保学工作对乡镇实行“一票否决”', '乡村旅游厕所达标情况实行一票否决制', '年度考核一票否决', '管理出问题的乡镇，年终考核适用一票否决权', '今年秸秆禁烧实行一票否绝', '评优资格取消，实行“一票否”'],
          noMatch: ['一票一票地数'],
        },
      },
      {
        id: 'veto-by-other-name',
        description: '不用“一票否决”字样，但对评先评优、年度考核“一律否决”“实行否决”“否决制”。',
        keywords: ['否决'],
        pattern: String.raw`
          (?<trigger>
              # "评先评优 / 年度考核 / 评优资格 ... 一律否决 / 实行否决 / 予以否决"
              (?:评先评优|评优评先|评先|评优|评选|先进|考核|评先资格|评优资格|等次)[^,;:!?。\n]{0,8}
                (?:一律|实行|予以|直接|均|都|全部)否决
              # "对…实行否决(制)", "否决制"
            | (?:实行|实施|执行)[“"]?否决(?:制)?
            | 否决制
              # "纳入对街道考核的否决项": a veto item by another name
            | 否决(?:项|性指标|指标|条款) )`,
        examples: {
          match: ['今年哪个村出现越级访，年底村干部评先评优一律否决', '对该乡镇卫生健康工作考核实行否决', '校园安全工作对乡镇实行否决制', '违法建设治理纳入对街道考核的否决项'],
          noMatch: ['党委会否决了这个方案'],
        },
      },
      {
        id: 'veto-concept',
        description: '概念检查：“否决”（含语音输入的“否绝”）与考核、评先评优、资格、年度、实行等考评用语在同一句里相距不远，不论先后（“实行年度考核否决”“评先评优予以否掉”）。',
        keywords: ['否决', '否绝', '否掉', '否诀'],
        fallback: true,
        pattern: String.raw`
          (?: {{vetoCue}} [^;!?。\n]{0,10} (?<trigger> 否决 | 否绝 | 否掉 | 否诀 )     # the assessment, then the veto
            | (?<trigger2> 否决 | 否绝 | 否掉 | 否诀 ) [^;!?。\n]{0,6} {{vetoCue}} )  # the veto, then what it bars ("否决评优资格")`,
        examples: {
          match: ['对草原生态保护补奖资金发放出现问题的苏木镇，实行年度考核否决', '评先评优资格直接否掉', '该项工作否决其年度评优资格'],
          noMatch: ['党委会否决了这个方案', '方案被否决，下周重新研究'],
        },
      },
    ],
    skipSharedExceptions: ['negated'],
    exceptions: [
      {
        id: 'negated',
        why: '触发词前有“不再、不得、严禁、取消、清理、无需”等否定或清理用语（同共享的否定检查）；但“清理不到位的”“整改不力的”是否决的条件，不是否定。',
        pattern: NEGATED_UNLESS_FAILED,
        scope: 'before',
      },
      {
        id: 'denied',
        why: '“未设置一票否决事项”“从没搞过一票否决”：自查报告、情况说明里否认设过否决，不是在设置。',
        pattern: String.raw`(?:未|没有|没|从未|从没有?|均未|并未|也未|并没有?|无)(?:曾|再|另行|擅自|自行)?(?:(?:对|向|给)[^,;:!?。\n]{0,6})?(?:设置|设立|设|搞|实行|实施|出台|制定|规定|提出|动用|使用)(?:过|了)?[“"]?(?:一票[”"]?)?$`,
        scope: 'before',
        examples: ['经自查，我局今年未设置“一票否决”事项'],
      },
      {
        id: 'approval-stated',
        why: '消息写明该事项是县委县政府（县里）批准、确定的清单事项（“按县委县政府批准的清单”“列入县委县政府批准保留的一票否决事项”“按批准清单执行”）：按批准的清单执行不是滥设；同一句里说未经批准、不在清单、清单里没有，或问有没有批准、是不是清单事项的，不算。',
        pattern: String.raw`
          (?<!(?:未经|没经|没有经过|没经过|不经|有没有|是不是|是否|不是|并非|并不是|说是)[^;!?。\n]{0,12})   # not denied or doubted before it
          (?: {{approver}} (?:批准|确定|审定|公布|印发|认定)(?:保留|列入)?的? (?:清单|保留事项|[“"]?(?:一票)?[”"]?否决[”"]?事项)   # 县委县政府批准的清单, 县里确定的清单, 县委县政府批准保留的一票否决事项
            | 批准(?:保留)?的?清单 )                                                                           # 按批准清单执行
          (?![^;!?。\n]{0,12}(?:吗|有没有|是不是|不在|不含|不包括|(?:里|上|内|中)(?:没有|没|无)))   # nor after it: 清单里没有这一项, …是不是`,
        scope: 'sentence',
        examples: ['按县委县政府批准的清单，对发生重大森林火灾的乡镇实行一票否决', '禁毒工作是区委区政府批准保留的一票否决事项'],
      },
      RELEASED,
      CLEANED_UP_AFTER,
      ...RELIEF_ALL_RULES,
      {
        id: 'cleanup',
        why: '清理、规范、压减、废止“一票否决”事项，或讲解清单化管理，是在纠正而非设置。',
        pattern: String.raw`
            (?:清理|规范|压减|精简|废止|撤销|减少|取消(?!年度|当年|评先|评优|其|该)|梳理)(?:(?!${TASK_FAILED})[^;!?。\n]){0,14}(?:一票否决|否决事项)   # not "取消年度评先资格，实行一票否决"
          | 一票[”"]?否决[”"]?(?:事项)?[^;!?。\n]{0,10}(?:压减|精简|废止|撤销|清理|清单化)
          | 一票[”"]?否决[”"]?(?:事项|规定|条款|做法|项目)?(?:一律|全部|全都|统一|均|都|已经?|予以)取消(?:了|掉)?(?=[,;:!?。\n]|$)   # "一票否决"事项全部取消 (not 一票否决，取消评先资格)
          | 不得(?:再|擅自|自行|随意|另行)?(?:设置|设立|增设)   # 今后未经批准，一律不得设置
          | 列入清单 | 清单(?:内|外|之外|以外|管理) | 的规范 | 擅自(?:设立|设置) | 不能(?:自己)?(?:往上)?加
          | (?:这种|这类|这个)做法 | 早该 | 应该取消 | 应当取消
          | 提议 | 有人说 | 听说 | 被[^;!?。\n]{0,4}否 | (?<!一票)否了 | 不符合 | 不同意
          | 不在清单 | 清单里 | 叫停 | 已停止
          | 一票[”"]?否决[”"]?(?:这个|这件|的)事   # the veto itself is the topic ("消防安全一票否决这个事是部门自己加的"); not a bare
                                                # 这个事: "煤改气这个事哪个乡镇出了问题一票否决" names the item, then vetoes
          | (?:一律|均|全部|统统|都)(?:无效|作废|不作数|不算数?(?=[,;:!?。\n]|$)|不认|不生效|不予认可) | 不算数 | 不作数(?=[,;:!?。\n]|$)   # "没有经过批准的一票否决一律无效",
                                                                    # "别的部门自己定的否决一律不作数": declared void`,
        scope: 'sentence',
      },
      {
        id: 'the-list-or-the-term',
        why: '介绍一票否决事项清单保留了哪几项、其余取消，或谈论“一票否决”这个词、说要严格控制，是在规范而非设置。',
        pattern: String.raw`
            否决[”"]?(?:事项)?清单 | 其余(?:一律)?(?:取消|废止) | 予以保留 | 只(?:有|保留)[^;!?。\n]{0,6}项
          | 这个(?:词|说法|提法) | 这几个字 | (?:严格|从严)控制 | 严控
          | 否决(?:项|事项)[^;!?。\n]{0,8}(?:取消|清理|废止|压减|撤销)`,
        scope: 'sentence',
      },
      {
        id: 'complaint',
        why: '干部吐槽“动不动就一票否决，受不了”是在诉说负担，不是在设置否决。“一票否决又来了，县里说……”只是转述开头，不算吐槽。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'not-a-sanction',
        why: '专家评审、董事会、股东表决里的“一票否决权”是议事规则，不是对基层的考核惩戒。',
        pattern: String.raw`专家 | 评审 | 评委 | 董事 | 股东 | 表决权 | 投票权 | 常任理事 | 理事会 | 合伙人`,
        scope: 'sentence',
      },
    ],
    /** Items on the county's approved list (settings.veto.approvedItems) are lawful. The
     *  grassroots need not be named: in a work group "年底考核一票否决" is aimed at its members. */
    accept: (ctx: MatchContext) => !namesApprovedItem(ctx.sentence, ctx.settings.veto.approvedItems),
  },
  {
    ...LEXICON,
    /** What a veto bars or sits in: an assessment, a grade, an award, a qualification. */
    /** Who approves the veto list: 县委县政府, 县委、县政府, 区委区政府, 县里, 旗委. */
    approver: String.raw`(?:[县旗区市州盟](?:委|里|上)?(?:[、和与及]?[县旗区市州盟](?:委|政府))?(?:政府)?|党委政府|常委会)`,
    vetoCue: String.raw`(?:考核 | 考评 | 评先 | 评优 | 评选 | 先进 | 资格 | 等次 | 绩效 | 年度 | 年终 | 当年 | 实行 | 实施 | 予以 | 给予 | 一律 | 直接)`,
  },
);
