// R08 不得泛化“属地管理” — 004 §九(八):
// “凡不在乡镇权责范围内的事项，不能以“属地管理”之名，随意纳入巡察、审计、监督问责范围。”
// 003 §二(四): “强化乡镇对区域内各类执法队伍的统筹，着力解决乡镇“看得见、管不着”和“责大权小”等问题。”
//
// The breach is a label plus a consequence: 属地管理/属地责任 used to make the township
// answer (问责, 追责, 审计, 巡察, 负责查处) — usually for enforcement that belongs to a
// county department (市场监管, 环保, 交通, 税务, 文旅…). Without the label, the same
// consequence for an enforcement matter is caught by the second check. A township's own
// listed duties (权责清单, 基本职责) carried out "属地" are not a breach.
import { defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_003, DOC_004 } from '../basis.js';

/** Enforcement fields that belong to county departments, not to townships (rules.md R08:
 *  环保/食品/市场监管/交通/执法). Also the prefilter keywords of the check built on them. */
const ENFORCEMENT = [
  '食品', '餐饮', '小餐馆', '饭店', '市场监管', '无证经营', '药品', '特种设备', '价格违法', '哄抬价格',
  '环保', '环境违法', '环境信访', '偷排', '排污', '采砂', '矿产', '开采', '盗采', '非法占地',
  '超限', '超载', '治超', '非法营运', '黑车', '交通违法', '偷税', '漏税', '逃税', '税务', '税收',
  '网吧', 'ktv', '娱乐场所', '户外广告', '违法广告', '医保基金', '非法行医', '传销', '烟花爆竹经营', '盗伐', '非法捕捞',
];

const LOCAL = {
  /** What makes the township answer for the matter. */
  consequence: String.raw`(?:问责 | 追责 | 追究 | 审计 | 巡察 | 扣[^,;:!?。\n]{0,5}分 | 约谈 | 通报批评 | 责任追究 | 第一责任 | 负责查处 | 承担[^,;:!?。\n]{0,6}责任 | 负责处置 | 负责执法 | 查处责任 | 兜底)`,
  enforcement: `(?:${ENFORCEMENT.join('|')})`,
};

export default defineRule(
  {
    meta: {
      code: 'R08',
      slug: 'territorial-overreach',
      title: '不得泛化“属地管理”',
      description: '以“属地管理”“属地责任”为名，把不在乡镇权责范围内的事项（多为县级部门的执法监管）纳入对乡镇的问责、追责、审计、巡察，或交由乡镇查处。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(八)',
          quote: '不得泛化“属地管理”。凡不在乡镇权责范围内的事项，不能以“属地管理”之名，随意纳入巡察、审计、监督问责范围。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '二(四)',
          quote: '强化乡镇对区域内各类执法队伍的统筹，着力解决乡镇“看得见、管不着”和“责大权小”等问题。',
        },
      ],
    },
    patterns: [
      {
        id: 'territorial-accountability',
        description: '以“属地管理/属地责任/属地原则”为名，对乡镇问责、追责、审计、巡察，或交由乡镇查处。',
        keywords: ['属地'],
        pattern: String.raw`
          (?:
            (?<trigger> 属地(?:管理|责任|原则|监管|追责|问责)? )      # the label ...
            [^;!?。\n]{0,40}                                        # (may cross commas)
            {{consequence}}                                          # ... used to make the township answer
          | {{consequence}}                                          # or the other way round:
            [^;!?。\n]{0,12}                                        # 追究乡镇属地责任
            属地(?:管理|责任|原则)? )`,
        examples: {
          match: ['按属地管理纳入对乡镇的问责范围', '落实乡镇属地责任，发现一起、追责一起', '实行属地追责，乡镇主要领导承担第一责任', '巡察中按属地责任追究乡镇领导责任'],
          noMatch: ['由乡镇属地推进', '站所全部实行属地管理，与乡镇机构整合'],
        },
      },
      {
        id: 'territorial-enforcement',
        description: '以“属地”为名，把市场监管、环保、交通、税务、文旅等县级部门的执法监管事项交给乡镇。',
        keywords: ['属地'],
        pattern: String.raw`
          (?:
            {{enforcement}} [^;!?。\n]{0,30} (?<trigger> 属地(?:管理|责任|原则|监管)? )
          | 属地(?:管理|责任|原则|监管)? [^;!?。\n]{0,30} {{enforcement}} )`,
        examples: {
          match: ['辖区内超限超载车辆治理落实乡镇属地责任', '市场监管按属地管理，哪个镇辖区出现无证经营'],
          noMatch: ['防汛工作落实属地责任'],
        },
      },
      {
        id: 'enforcement-accountability',
        description: '不提“属地”，但对县级部门的执法监管事项追究乡镇责任、纳入对乡镇的审计巡察或交乡镇查处。',
        keywords: ENFORCEMENT,
        pattern: String.raw`
          {{enforcement}}
          [^;!?。\n]{0,40}
          (?<trigger>
              (?:追究|问责|追责)(?:所在)?{{each}}?{{grassroots}}[^,;:!?。\n]{0,8}(?:责任)?   # 追究所在乡镇责任
            | 纳入(?:对)?{{each}}?{{grassroots}}(?:的)?[^,;:!?。\n]{0,6}(?:审计|巡察|问责|追责|考核扣分)   # 纳入对乡镇的审计
            | 由{{each}}?{{grassroots}}[^,;:!?。\n]{0,4}(?:负责|承担)(?:查处|执法|处置|整治)   # 由乡镇负责查处
            | 由{{each}}?{{grassroots}}[^,;:!?。\n]{0,4}(?:承担)[^,;:!?。\n]{0,4}(?:查处|执法)责任 )`,
        examples: {
          match: ['辖区网吧违规接纳未成年人的，一经发现追究所在乡镇责任', '偷税漏税问题纳入对乡镇的审计问责', '非法采砂由各乡镇负责查处'],
          noMatch: ['食品安全监督检查由县局执法人员负责'],
        },
      },
    ],
    exceptions: [
      {
        id: 'listed-duty',
        why: '事项在乡镇权责清单或履职事项清单内（基本职责），由乡镇属地推进是正常履职，不是泛化属地管理。',
        pattern: String.raw`(?:属于|是|列入|纳入|在)(?:乡镇|苏木|街道|镇)?(?:的)?(?:基本|法定)?职责(?:清单|范围)?(?:内|之内)? | 按照(?:乡镇)?(?:权责|职责|履职事项)清单 | 履职事项清单 | 基本职责`,
        scope: 'sentence',
        examples: ['按照乡镇履职事项清单，农村人居环境整治属于乡镇基本职责，由乡镇属地推进'],
      },
      {
        id: 'not-before',
        why: '“不纳入对乡镇的问责”“不追究乡镇责任”：否定词紧贴在触发词前。',
        pattern: String.raw`(?:不|不再|未|不会)$`,
        scope: 'before',
      },
    ],
  },
  { ...LEXICON, ...LOCAL },
);
