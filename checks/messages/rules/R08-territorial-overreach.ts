// R08 不得泛化“属地管理” — 004 §九(八):
// “凡不在乡镇权责范围内的事项,不能以“属地管理”之名,随意纳入巡察、审计、监督问责范围。”
// 003 §二(四): “强化乡镇对区域内各类执法队伍的统筹,着力解决乡镇“看得见、管不着”和“责大权小”等问题。”
//
// The breach is a label plus a consequence: 属地管理/属地责任 used to make the township
// answer (问责, 追责, 审计, 巡察, 负责查处) — usually for enforcement that belongs to a
// county department (市场监管, 环保, 交通, 税务, 文旅…). Without the label, the same
// consequence for an enforcement matter is caught by the second check. A township's own
// listed duties (权责清单, 基本职责) carried out "属地" are not a breach.
import { compilePattern, defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_003, DOC_004 } from '../basis.js';
import { DENIED, RELIEF_ALL_RULES } from '../relief-exceptions.js';
import { COST_ON_TOWNSHIP, COST_VERBS, PLAQUE } from './R07-responsibility-shift.js';

/** Enforcement fields that belong to county departments, not to townships (rules.md R08:
 *  环保/食品/市场监管/交通/执法). Also the prefilter keywords of the check built on them. */
const ENFORCEMENT = [
  '食品', '餐饮', '小餐馆', '饭店', '市场监管', '无证经营', '药品', '特种设备', '价格违法', '哄抬价格',
  '环保', '环境违法', '环境信访', '偷排', '排污', '采砂', '矿产', '开采', '盗采', '采矿', '非法占地', '违法用地', '非法用地', '非法改装', '校外培训', '培训机构',
  '超限', '超载', '治超', '非法营运', '黑车', '交通违法', '偷税', '漏税', '逃税', '税务', '税收',
  '危化品', '危险化学品', '加油站', '液化气', '燃气经营', '假劣', '农资', '超标排放', '超排',   // 应急管理, 农业执法, 生态环境 (P005-style: 属地 over gas stations)
  '网吧', 'ktv', '娱乐场所', '户外广告', '违法广告', '医保基金', '非法行医', '传销', '烟花爆竹经营', '盗伐', '非法捕捞', '三无产品', '假冒伪劣', '无证行医', '非法行医', '医疗美容',
  '药店', '药房', '处方药',                                                                         // 药品监管 is the county bureau's: 药店不凭处方卖处方药
  '扬尘',                                                                                          // 工地、料场扬尘: 生态环境、住建 enforcement
];

/** 追责 with its object between the two characters ("追街道的责", "追你们镇的责任"); spelled out, not a
 *  gap, so that the checks holding it stay inside recheck's exact-analysis budget. */
const BLAME_SPLIT = String.raw`追(?:究)?(?:所在|你们|他们|咱们|我们)?(?:乡镇|街道|镇街|镇|乡|村|社区|苏木|嘎查)(?:里)?的责`;

const LOCAL = {
  /** What makes the township answer for the matter. */
  consequence: String.raw`(?:问责 | 追责 | 追究 | 审计 | 巡察 | 扣[^,;:!?。\n]{0,4}分 | 约谈 | 通报批评 | 责任追究 | 第一责任 | 负责查处 | 承担[^,;:!?。\n]{0,4}责任 | 负责处置 | 负责执法 | 查处责任 | 兜底
    | 担着 | 扛着 | 兜着 | 背锅 | 负全责                            # spoken: 出了事镇长担着
    | ${BLAME_SPLIT} )                                            # spoken, the verb split: 要追街道的责, 追你们镇的责任`,

  enforcement: `(?:${ENFORCEMENT.join('|')})`,
  /** The concept of overreach: making the township answer (问责, 追责, 审计, 巡察, 主体责任). */
  answerFor: String.raw`(?:问责 | 追责 | 追究 | 约谈 | 审计 | 巡察 | 扣分 | 绩效 | 第一责任人 | 主体责任 | 兜底责任 | 查处责任 | 监管责任 | 执法责任
    | 负责(?:劝返|巡查|排查)?和?查处 | 承担查处 | 负责执法 | 处置责任
    | ${BLAME_SPLIT}                                              # 追街道的责
    | 属地(?:管理|责任|原则|监管)? )                                # the label itself: 根据属地管理要求, 各乡镇要负责…执法检查`,
  /** Who answers, besides the lexicon's grassTarget: a relative clause ("案件多发的乡镇"). */
  answererClause: String.raw`(?:(?:多发|频发|高发|发生|出现)的(?:乡镇|村|街道|社区|苏木|嘎查|镇))`,
};

/** The concept check counts only when a county department's enforcement field (or plain
 *  执法/查处/处罚 of a matter) is named in the same sentence. */
const ENFORCEMENT_RE = new RegExp(`${ENFORCEMENT.join('|')}|渣土|交通局|执法|查处|查扣|处罚|稽查|违法|违规|非法|无证|安全生产事故|生产安全事故|税款|代征`);

/** The sentence gives enforcement to the county and leaves the township only to find and report
 *  ("发现隐患及时移交县应急局执法", "乡镇只负责发现和报告", "执法归县里职能部门"): the boundary is drawn,
 *  or the township does its own part. Not when the same sentence still holds the township to
 *  account (COUNTY_ENFORCES_BUT_BLAMED: "…乡镇只负责上报，上报不及时的追究乡镇责任"). */
const COUNTY_ENFORCES = compilePattern(
  String.raw`(?:移交|移送|转交|转给|交给|交由|抄告|推送)(?:给)?(?:县|区|旗|市)[^,;:!?。\n]{0,10}(?:执法|查处|处理|处置|处罚|立案)
    | (?:乡镇|镇里|镇上|街道|苏木|社区|村里|我们)(?:只|仅|只是|主要)(?:负责|承担|管|做)?[^,;:!?。\n]{0,4}(?:发现|报告|上报|巡查|配合|提供线索|信息报送)
    | (?:执法|查处|处罚)[^,;:!?。\n]{0,8}(?:归|由|是)(?:县|区|旗)(?:里|级|直)?[^,;:!?。\n]{0,6}(?:职能|主管|行业|执法)?(?:部门|局|大队)
    | (?:归|由)(?:县|区|旗)(?:里|级|直)?(?:的)?(?:职能|主管|行业|执法)(?:部门|局|大队)
    | 由(?:我局|本局|我们局|我队|本队|我们(?=执法)|(?:县|区|旗)[^,;:!?。\n由]{1,8}?(?:局|大队|中队))[^,;:!?。\n]{0,6}?(?:负责)?(?:查处|执法|处罚|立案)   # the sender enforces itself: 由我局执法大队负责查处
    | (?:线索|问题|情况)[^,;:!?。\n]{0,4}(?:转给|转交|报给|交给|告诉|推送给?)(?:我们|我局|本局)   # 发现线索转给我们就行`,
  {},
).regex;
const COUNTY_ENFORCES_BUT_BLAMED = /追究|问责|追责|约谈|扣[^,;:!?。\n]{0,4}分|通报批评|的责/;

/** A cost borne by the township (hosting-cost) is R08's too when it is what county work costs: the keep of a
 *  county post, meeting or event sited in the township ("设在各乡镇的卡点…由所在乡镇承担"), an enforcement
 *  matter's (违建拆除费用), or a county project's or campaign's materials, land and funds ("管网防冻所需材料和人工
 *  费用由各镇自筹", "养护经费县里只拨一半，缺口乡镇补齐"). A township's own shortfall made good or its purchase
 *  quota paid (验收不达标的，整改资金由乡镇自行承担; 认购款由镇里垫付) is R07's alone: OWN_SHORTFALL, unless
 *  the cost is plainly a hosting or enforcement one. */
const HOSTING = /场地|用房|水电|伙食|食宿|用餐|就餐|安保/;
const HOSTING_SENTENCE = /运行经费|运转经费|办公经费|工作经费|办公场地|分会场|所在(?:乡镇|镇|乡|村|社区|街道|苏木|嘎查)/;
const COST_FIELD = /违建|违章|违法建设|私搭乱建|乱搭乱建|占压|第三方检测|执法/;
const OWN_SHORTFALL = /不达标|未达标|不合格|未完成|完不成|没完成|认购|认捐|团购|代销|帮销/;

/** A sender's name heading the message ("县市场监管局:"). */
const SENDER = /^[^,;:!?。\n]{0,14}:/;

/** Who answers, looked for anywhere in the concept check's sentence: "各乡镇", "由所在社区",
 *  "案件多发的乡镇", or the township named right after the sanction ("追究街道分管领导"). */
const ANSWERER = compilePattern(
  String.raw`{{grassTarget}} | {{answererClause}} | (?:追究|问责|追责|约谈)(?:所在|该)?(?:乡镇|街道|社区|村|苏木|嘎查|镇)
    | (?:找|就找|由)?(?:哪个|哪里的?)(?:乡镇|街道|社区|村|苏木|嘎查|镇)`,   // spoken: 哪个乡镇的路段出了问题就找哪个乡镇书记
  { ...LEXICON, ...LOCAL },
).regex;

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
          quote: '不得泛化“属地管理”。凡不在乡镇权责范围内的事项,不能以“属地管理”之名,随意纳入巡察、审计、监督问责范围。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '二(四)',
          quote: '强化乡镇对区域内各类执法队伍的统筹,着力解决乡镇“看得见、管不着”和“责大权小”等问题。',
        },
      ],
    },
    patterns: [
      {
        id: 'territorial-accountability',
        description: '以“属地管理/属地责任/属地原则”为名，对乡镇问责、追责、审计、巡察，或交由乡镇查处。',
        keywords: ['属地', '谁的地盘', '谁的辖区', '谁的地界'],
        pattern: String.raw`
          (?<trigger> 属地(?:管理|责任|原则|监管|追责|问责|负责)? | 谁的(?:地盘|辖区|地界)谁(?:负责|管) )   # the label (实行属地负责) ...
          [^;!?。\n]{0,20}                                          # (may cross commas)
          {{consequence}}                                            # ... used to make the township answer`,
        examples: {
          match: ['按属地管理纳入对乡镇的问责范围', '落实乡镇属地责任，发现一起、追责一起', '实行属地追责，乡镇主要领导承担第一责任', '按照属地管理原则，辖区内河道非法采砂由各乡镇负责查处', '按属地来，哪个镇的地盘哪个镇拆，出了事镇长担着', '消防隐患按“谁的地盘谁负责”原则由街道承担监管责任', '扬尘管控实行属地负责，工地由社区盯到底，发现一处扣社区考核分'],
          noMatch: ['由乡镇属地推进', '站所全部实行属地管理，与乡镇机构整合'],
        },
      },
      {
        id: 'territorial-enforcement-count',
        description: '以“属地（化）管理”为名，要乡镇“发现一起查处一起”，或把事项纳入对乡镇的考核。',
        keywords: ['属地'],
        pattern: String.raw`
          (?<trigger> 属地化?(?:管理|责任|原则|监管)? )               # the label ...
          [^;!?。\n]{0,20}                                          # (may cross commas)
          (?: 发现一起就?(?:查处|追责|问责)一起                       # ... enforcement put on the township
            | 纳入[^,;:!?。\n]{0,8}考核 )                            # ... or scored in its assessment`,
        examples: {
          match: ['非法改装整治实行属地化管理，各乡镇发现一起查处一起', '按属地管理原则纳入街道年度考核'],
          noMatch: ['防汛工作落实属地责任，各乡镇要加强值班值守'],
        },
      },
      {
        id: 'matter-then-territorial',
        description: '先说县级部门的执法事项或问责，再冠以“属地”：“超限超载治理落实乡镇属地责任”“追究乡镇属地责任”。',
        keywords: ['属地'],
        pattern: String.raw`
          (?: {{enforcement}} | {{consequence}} )                    # a county department's field, or a consequence ...
          [^:;!?。\n]{0,14}                                          # (not across "县市场监管局:", the sender's name)
          (?<trigger> 属地(?:管理|责任|原则|监管)? )                  # ... under the label`,
        examples: {
          match: ['辖区内超限超载车辆治理落实乡镇属地责任', '市场监管按属地管理', '追究所在乡镇属地责任'],
          noMatch: ['防汛工作落实属地责任'],
        },
      },
      {
        id: 'territorial-enforcement',
        description: '以“属地”为名，把市场监管、环保、交通、税务、文旅等县级部门的执法监管事项交给乡镇。',
        keywords: ['属地'],
        pattern: String.raw`
          (?<trigger> 属地(?:管理|责任|原则|监管)? )                  # the label ...
          [^;!?。\n]{0,16}
          {{enforcement}}                                            # ... over a county department's field`,
        examples: {
          match: ['落实属地监管责任，加强辖区餐饮单位检查'],
          noMatch: ['落实属地责任，加强防汛值守'],
        },
      },
      {
        id: 'enforcement-accountability',
        description: '不提“属地”，但对县级部门的执法监管事项追究乡镇责任、纳入对乡镇的审计巡察或交乡镇查处。',
        keywords: ENFORCEMENT,
        pattern: String.raw`
          {{enforcement}}
          [^:;!?。\n属]{0,20}                                      # (no 属地 in between: those are the checks above; not across the sender's name)
          (?<trigger>
              (?:追究|问责|追责)(?:所在)?{{each}}?{{grassroots}}(?:主要领导|领导|干部|党委书记|书记|负责人)?(?:的)?(?:责任)?   # 追究所在乡镇责任
            | 纳入(?:对)?{{each}}?{{grassroots}}(?:的)?(?:年度|年终)?(?:审计|巡察|问责|追责|考核扣分|考核)   # 纳入对乡镇的审计
            | 由{{each}}?{{grassroots}}(?:负责|承担)(?:查处|执法|处置|整治|查处责任|执法责任) )   # 由乡镇负责查处`,
        examples: {
          match: ['辖区网吧违规接纳未成年人的，一经发现追究所在乡镇责任', '偷税漏税问题纳入对乡镇的审计问责', '非法采砂由各乡镇负责查处'],
          noMatch: ['食品安全监督检查由县局执法人员负责'],
        },
      },
      {
        id: 'hosting-cost',
        description: '县级部门设在乡镇的点位、在乡镇开的会、办的活动，其场地、水电、伙食、安保、运行经费压给所在乡镇（村）；或县级部门的执法整改事项（违建拆除、管道占压整改、第三方检测）的费用由乡镇（村）承担、垫付。',
        keywords: COST_VERBS,
        pattern: COST_ON_TOWNSHIP,
        examples: {
          match: ['检查站的场地、水电和值班人员伙食由所在乡镇承担', '分会场的安保和经费由所在乡镇承担', '违建拆除费用乡镇自己承担', '监测点用房由站点所在村负责解决'],
          noMatch: ['所需经费由县财政承担，乡镇不承担', '活动经费由县文旅局统一支付'],
        },
      },
      {
        id: 'overreach-concept',
        description: '概念检查：要基层“答责”的用语（问责、追责、约谈、审计、巡察、主体责任、查处责任，或“属地管理”这个名头本身）与基层对象（所在乡镇、各街道、由社区、追究街道……）在同一句里，不论先后、不论远近，且句中有县级部门的执法监管事项（执法、查处、查扣、违法违规、无证经营、安全生产事故……）。',
        keywords: ['问责', '追责', '追究', '约谈', '审计', '巡察', '扣分', '绩效', '第一责任人', '主体责任', '兜底责任', '查处责任', '监管责任', '执法责任', '查处', '负责执法', '处置责任', '属地', '的责'],
        fallback: true,
        pattern: String.raw`
          (?<concept>)                                              # marks this check for accept(): who answers, and for what, is looked for there
          (?<trigger> {{answerFor}} )                               # made to answer`,
        examples: {
          match: ['区卫健局检查发现问题将直接约谈社区书记，追责所在社区', '由沿线乡镇负责劝返和查处', '盗伐滥伐林木案件多发的乡镇，县纪委监委将视情启动问责程序', '根据属地管理要求，各乡镇要负责辖区内所有加油站的执法检查'],
          noMatch: ['各乡镇做好冬季防火工作'],
        },
      },
    ],
    // The sender's name ("县市场监管局:") is not the matter: the enforcement field must stand in the body.
    // A sentence that leaves enforcement to the county and only finding and reporting to the township
    // is not overreach (COUNTY_ENFORCES), unless it still holds the township to account.
    accept: (ctx) =>
      (!ctx.groups.cost ||
        (!PLAQUE.test(ctx.sentence) &&
          (!OWN_SHORTFALL.test(ctx.sentence) || HOSTING.test(ctx.groups.cost.value) || HOSTING_SENTENCE.test(ctx.sentence) ||
            ENFORCEMENT_RE.test(ctx.sentence.replace(SENDER, '')) || COST_FIELD.test(ctx.sentence)))) &&
      (!ctx.groups.concept || (ANSWERER.test(ctx.sentence) && ENFORCEMENT_RE.test(ctx.sentence.replace(SENDER, '')))) &&
      !(COUNTY_ENFORCES.test(ctx.sentence) && !COUNTY_ENFORCES_BUT_BLAMED.test(ctx.sentence)),
    exceptions: [
      ...RELIEF_ALL_RULES,
      DENIED,
      {
        id: 'listed-duty',
        why: '事项在乡镇权责清单或履职事项清单内（基本职责），由乡镇属地推进是正常履职，不是泛化属地管理。',
        pattern: String.raw`(?:属于|是|列入|纳入|在)(?:乡镇|苏木|街道|镇)?(?:的)?(?:基本|法定)?职责(?:清单|范围)?(?:内|之内)? | 按照?(?:乡镇)?(?:权责|职责|履职事项)清单 | 履职事项清单 | 基本职责`,
        scope: 'sentence',
        examples: ['按照乡镇履职事项清单，农村人居环境整治属于乡镇基本职责，由乡镇属地推进'],
      },
      {
        id: 'complaint',
        why: '干部在吐槽、诉苦（“什么都往乡镇推，受不了”）：是在描述负担，不是在施加负担。“县交通局又来了，说……”只是引出转述的要求，不算吐槽。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'names-the-breach',
        why: '句中直接点出“泛化属地管理”“以属地之名”这种做法（“算不算泛化属地管理？”“那就是泛化属地了”）：是在讲解、辨析或批评，不是在下达。',
        pattern: String.raw`泛化[“"]?属地 | 属地(?:管理)?[”"]?(?:被)?泛化 | 滥用[“"]?属地 | (?:以|借|打着)[“"]?属地(?:管理|责任)?[”"]?(?:之名|的名义|的旗号|为名)`,
        scope: 'sentence',
        examples: ['问：村里组织志愿者清理河道垃圾，这算不算泛化属地管理？'],
      },
      {
        id: 'not-before',
        why: '“不纳入对乡镇的问责”“不追究乡镇责任”“不纳入属地问责”：否定词紧贴在触发词前，或只隔着“纳入、列入、作为”。',
        pattern: String.raw`(?:不|不再|未|不会)(?:纳入|列入|计入|作为|实行|搞)?(?:对)?$`,
        scope: 'before',
      },
    ],
  },
  { ...LEXICON, ...LOCAL },
);
