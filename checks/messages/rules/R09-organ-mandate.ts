// R09 不得干预机构编制 — 004 §九(九):
// “除机构编制专项法律法规明确规定外,上级部门不准要求乡镇对口设立机构或加挂牌子。对已设立的机构和加挂的牌子要进行清理规范。”
// 000: “除党中央和自治区党委明确要求外,上级部门不得要求苏木乡镇和街道对口设立机构或加挂牌子,不得要求在嘎查村、社区设立机构或加挂牌子。”
// 003 §二(五): “除机构编制专项法律法规外,上级业务部门不得以机构上下对口等理由,要求增加乡镇机构和人力资源配置。”
//
// Three demands, one group of checks each: set up a matching office/station/centre in
// every township (成立/设立…办公室/工作站/服务中心), hang plaques (加挂牌子, 统一制作标牌),
// and staff them with dedicated posts (配备专职人员, 专岗). The county's own internal
// reorganisation and the removal of plaques are not breaches (exceptions below).
import { compilePattern, defineRule, type MatchContext } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_000, DOC_003, DOC_004 } from '../basis.js';
import { RELIEF_ALL_RULES } from '../relief-exceptions.js';

const LOCAL = {
  /** Names that end an office, station or centre: what is being set up. */
  organ: String.raw`(?:办公室 | 工作站 | 服务站 | 协管站 | 联络站 | 工作室 | 服务中心 | 工作中心 | 管理中心 | 指导中心 | 中心 | 分中心
    | 服务点 | 驿站 | 之家 | 专门机构 | 工作机构 | 机构 | 工作部 | 管理所 | 服务所 | (?:管理|服务|工作|协调)办
    | (?:服务|工作|活动|调解|议事)室 | 站(?=[”"])                                # 社工服务室, “科普e站”
    )`,
  /** Setting something up. */
  /** The concept of an organ mandate: an office, station, centre or plaque (派子/排子 are
   *  voice-input homophones of 牌子) ... */
  organThing: String.raw`(?:工作站 | 服务站 | 协管站 | 联络站 | 服务中心 | 工作中心 | 工作室 | 服务室 | 驿站 | 之家 | 专门机构 | 办事机构 | 有牌 | 牌子 | 派子 | 排子 | 标牌 | 门牌)`,   // not 办公室: an everyday word in chat
  /** ... and building, setting it up, hanging it or staffing it. */
  buildVerb: String.raw`(?:设立 | 成立 | 组建 | 设置 | 建立 | 建成 | 建好 | 建起 | 增设 | 要有 | 打造 | 有人 | 实体化 | (?<![上下])(?:挂牌 | 挂上 | 挂好 | 挂起 | 挂到) | 悬挂 | 全覆盖 | 应建尽建 | 配备 | 配齐 | (?:要|须|都要|统一)挂)`,   // 各村委会要挂“妇女儿童之家”“…服务站”三块牌子; not 上挂 (a secondment: 上挂到县政务服务中心)
  /** Everyday removal verbs that undo an organ or plaque only when one is named with them (the
   *  cleanup exception), and what is taken away. */
  removeVerb: String.raw`(?:清理|拆除|拆掉|拆下|收回|精简|取下)`,
  removedThing: String.raw`(?:牌子|派子|排子|标牌|牌匾|标识牌|门牌|挂牌|加挂|机构|工作站|服务站|协管站|联络站|中心|办公室|站所|七站八所|之家|驿站|工作室|服务室|领导小组|议事协调)`,
  setUp: String.raw`(?:对口|单独|独立|统一|分别|专门|都要|均要|都|均|要|须|必须|务必|尽快)?(?:设立|成立|组建|设置|建立|挂牌成立|建成|增设|建设) | (?:要|须)建`,   // 要建“儿童之家”
};

/** Plaques are ordinary objects ("咱们村新挂了块牌子"); the plaque check needs an order. */
const ORDER = /请|要|须|务必|一律|统一|各[乡镇村社街苏嘎]|每个|所有|全部|[前底内](?:完成|挂|到位)|之前|月底|年底|本周|限期/;

/** Dedicated posts are only R09 when a township or village is to provide them ("县局配备
 *  专职人员" is the county's own business). */
const GRASSROOTS = compilePattern(`${LEXICON.grassroots} | ${LEXICON.farmUnits}`, {}).regex;
/** The concept check wants the grassroots as addressee ("各乡镇", "每个村", "各团场"), not merely named. */
const TARGET = compilePattern(`${LEXICON.grassTarget} | (?:各|每个|每一个|所有|各个)${LEXICON.farmUnits}`, {}).regex;

/** A numbered item of a notice ("2.配备不少于2名专职工作人员;") takes its addressee and its
 *  order from the notice's header, so for such items the whole message is read. */
const LIST_ITEM = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、)]|^\((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\)/;

function accept(ctx: MatchContext): boolean {
  const scope = LIST_ITEM.test(ctx.sentence) ? ctx.text : ctx.sentence;
  if (ctx.groups.concept) return !!(ctx.groups.pre ?? ctx.groups.post) && TARGET.test(scope) && ORDER.test(scope);
  if (ctx.groups.plaque) return ORDER.test(scope);
  // The township or village provides the post: named before it as its holder ("各镇农业服务中心要确定1名专职…"),
  // or as the addressee anywhere ("每个乡镇…"); not "县疾控中心指定一名专职人员…，乡镇照常接种".
  if (ctx.groups.staff) {
    if (scope === ctx.text || TARGET.test(scope)) return GRASSROOTS.test(scope);
    const before = ctx.text.slice(Math.max(0, ctx.groups.staff.start - 40), ctx.groups.staff.start);
    return GRASSROOTS.test(before.slice(before.search(/[^。!?;\n]*$/)));
  }
  return true;
}

export default defineRule(
  {
    meta: {
      code: 'R09',
      slug: 'organ-mandate',
      title: '不得干预机构编制',
      description: '上级部门要求乡镇（街道、苏木）或村（社区、嘎查）对口设立机构、成立办公室/工作站/服务中心，加挂牌子、统一制作标牌，或为其配备专职人员、专岗。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(九)',
          quote: '不得干预机构编制。除机构编制专项法律法规明确规定外,上级部门不准要求乡镇对口设立机构或加挂牌子。对已设立的机构和加挂的牌子要进行清理规范。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '统筹优化、综合设置苏木乡镇和街道党政机构',
          quote: '除党中央和自治区党委明确要求外,上级部门不得要求苏木乡镇和街道对口设立机构或加挂牌子,不得要求在嘎查村、社区设立机构或加挂牌子。',
        },
        {
          source: '003',
          document: DOC_003,
          section: '二(五)',
          quote: '除机构编制专项法律法规外,上级业务部门不得以机构上下对口等理由,要求增加乡镇机构和人力资源配置。',
        },
      ],
    },
    patterns: [
      {
        id: 'matching-organ',
        description: '要求乡镇“对口设立”机构，或以“上下对口”“与县局业务对接”为由增设机构。',
        keywords: ['对口'],
        pattern: String.raw`
          (?<trigger> (?:上下)?对口(?:设立|设置|设(?![计备])|成立|建立|组建|增设|配备) | 上下对口 | 机构对口 )   # 对口设一个…办公室`,
        examples: {
          match: ['决定在各乡镇对口设立“乡村振兴工作站”', '以机构上下对口为由', '街道也得对口设个数据办'],
          noMatch: ['对口帮扶'],
        },
      },
      {
        id: 'set-up-office',
        description: '要求各乡镇（街道、苏木、村、社区）成立、设立某某办公室、工作站、服务站、服务中心或专门机构。',
        keywords: ['设立', '成立', '组建', '设置', '建立', '建成', '增设', '建设', '要建', '须建'],
        pattern: String.raw`
          (?: {{each}}(?:{{grassroots}}|{{farmUnits}}) | 在{{each}}?(?:{{grassroots}}|{{farmUnits}}) )   # every township / in the villages / every 团场 (corps and farm units are set up like townships) ...
          [^,;:!?。\n]{0,12}
          (?<trigger> {{setUp}} )                                   # ... set up ...
          [^,;:!?。\n]{0,16}?
          {{organ}}                                                 # ... an office, station or centre`,
        examples: {
          match: ['每个乡镇都要设立“法律援助工作站”', '请各乡镇单独设立应急管理办公室', '各乡镇要成立禁毒工作领导小组办公室', '各嘎查村成立应急服务站', '各社区设置“党员先锋岗”和“社工服务室”', '全县各村（社区）要建“儿童之家”', '请各乡镇建设“科普e站”', '各林场年底前成立护林防火工作站'],
          noMatch: ['各乡镇要建立健全工作机制', '各乡镇成立工作专班'],
        },
      },
      {
        id: 'plaque',
        description: '要求加挂牌子、挂牌运行、统一制作标牌，或限期把牌子挂上墙（须有布置语气）。',
        keywords: ['加挂', '挂牌', '牌子', '派子', '排子', '标牌', '牌匾', '标识牌', '门牌'],
        pattern: String.raw`
          (?<plaque>
              加挂
            | 挂牌(?!督办|销号|出让|交易|整治|警示|治理|成交|上市|价)      # not 挂牌督办 / land 挂牌出让
            | (?:统一制作|统一|制作|悬挂|挂(?:上|好|起|到|在)?)[^,;:!?。\n]{0,8}?(?:牌子|派子|排子|标牌|牌匾|标识牌|门牌)
            | (?:牌子|派子|排子|标牌|牌匾|标识牌|门牌)[^;!?。\n]{0,20}?
              (?<trigger> 挂(?:上|好|起|到|在|出来) | 上墙 | 悬挂 | 统一(?:样式|式样|格式|规格|标准|尺寸|模板|款式)?(?:制作|定做|订做|做) ) )   # negation is looked for before the verb
                                                                    # (牌子按统一样式制作)`,
        examples: {
          match: ['各乡镇统一加挂“矛盾纠纷多元化解中心”牌子', '12月31日前挂牌运行', '挂统一标牌', '8块牌子，各村周五前挂上墙', '三块牌子，镇里统一定做', '按照统一式样悬挂门牌', '统一标识标牌', '门口的牌子照统一规格定做'],
          noMatch: ['对重点隐患挂牌督办', '那一排牌子都摘了', '党建阵地重新布置一遍，制度牌上墙'],
        },
      },
      {
        id: 'organ-concept',
        description: '概念检查（先说负担，后说对象）：一个机构或牌子（工作站、服务站、服务中心、工作室、驿站、之家、牌子）与设立、挂牌、建成、全覆盖、配备等用语在同一句里相距不远，不论先后；且句中有“各乡镇、每个村”等基层对象和布置语气。',
        keywords: ['工作站', '服务站', '协管站', '联络站', '服务中心', '工作中心', '工作室', '服务室', '驿站', '之家', '专门机构', '办事机构', '有牌', '牌子', '派子', '排子', '标牌', '门牌'],
        fallback: true,
        pattern: String.raw`
          (?<concept>)                                              # marks this check for accept()
          (?<trigger> {{organThing}} )                              # an office, station or plaque
          [^;!?。\n]{0,14} (?<![未没有]) (?<post> {{buildVerb}} )   # ... then built, hung or covered (not 未建成的镇: a shortfall, told of a facility)`,
        examples: {
          match: ['“社会工作站”在每个乡镇都要建起来，年底前全覆盖', '每个乡镇要挂一块民族团结进步创建工作站的派子月底前挂好'],
          noMatch: ['各乡镇党政办公室主任下午开会', '各村的“儿童之家”运营评估，年底前未建成的村扣分'],
        },
      },
      {
        id: 'organ-concept-before',
        description: '概念检查（先说对象，后说负担）：一个机构或牌子（工作站、服务站、服务中心、工作室、驿站、之家、牌子）与设立、挂牌、建成、全覆盖、配备等用语在同一句里相距不远，不论先后；且句中有“各乡镇、每个村”等基层对象和布置语气。',
        keywords: ['工作站', '服务站', '协管站', '联络站', '服务中心', '工作中心', '工作室', '服务室', '驿站', '之家', '专门机构', '办事机构', '有牌', '牌子', '派子', '排子', '标牌', '门牌'],
        fallback: true,
        pattern: String.raw`
          (?<concept>)                                              # marks this check for accept()
          (?<pre> {{buildVerb}} ) [^;!?。\n]{0,14}          # set up / hang ...
          (?<trigger> {{organThing}} )                              # an office, station or plaque`,
        examples: {
          match: ['各乡镇要有乡村振兴专门办事机构', '各社区要打造“党群服务驿站”', '各村委会要挂“妇女儿童之家”“退役军人服务站”三块牌子'],
          noMatch: ['“党群服务驿站”今天开放'],
        },
      },
      {
        id: 'dedicated-staff',
        description: '要求乡镇（村）为对口事项配备专职人员、设专岗，或不得由其他岗位兼任。',
        keywords: ['专职', '专岗', '兼任', '兼做', '兼干', '兼管'],
        pattern: String.raw`
          (?<staff>                                                 # accept() wants a township or village in the sentence
              (?:配备|配齐|配强|配|明确|安排|落实|设置|设立|设|固定|确定|指定|选配|选派|选定)[^,;:!?。\n]{0,6}(?:专职|专岗)   # dedicated posts (确定1名专职防疫员)
            | 专职(?:人员|工作人员)担任
            | (?:人员|人手)(?:要|须|必须|都要|都得|得)专职                # 人员要专职
            | 专岗专人 | 专人专岗 | 专岗专用 | 专职专用 | 专人专用
            | 不得由其他(?:岗位|人员)兼任
            | 不得(?:再)?兼(?:任|做|干|管)其他(?:工作|岗位|业务|事务) )   # 不得兼做其他工作 (not 不得兼职取酬: a discipline rule)`,
        examples: {
          match: ['各乡镇成立网格化管理服务中心并配备不少于2名专职人员', '每个乡镇设立食品安全协管站，明确专岗人员', '各村要指定一名专职护林员', '专岗专用', '不得兼做其他工作', '每个村的调解室，人手必须专职'],
          // "县局配备专职人员负责" matches here and is dropped by accept() (no township in it).
          noMatch: ['明确专人负责'],
        },
      },
    ],
    exceptions: [
      ...RELIEF_ALL_RULES,
      {
        id: 'complaint',
        why: '干部在吐槽、诉苦（“一个村挂了二十块牌子，受不了”）：是在描述负担，不是在施加负担。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'plea',
        why: '村、镇干部数着已经挂了多少块牌子，或问“这个怎么弄啊”（“村部门口已经挂了十几块了，这个怎么弄啊”）：是在诉苦、求助，不是在下达。',
        // 怎么弄 only with a closing particle: "不清楚怎么弄的问镇里" goes on to an order.
        pattern: String.raw`(?:已经|都|早就)挂了[^,;:!?。\n]{0,4}(?:块|个|面)(?:牌子)?了
          | (?:这个|这|那)?(?:怎么|咋|怎样)(?:弄|办|整|搞)(?:啊|呀|哦|嘛|哇|呢|哟)`,
        scope: 'sentence',
        examples: ['镇里又让每个村挂块新牌子，我们村委会墙上都挂了十二块了，这个怎么弄啊。'],
      },
      {
        id: 'cleanup',
        why: '清理、摘除、撤销机构和牌子，是在落实减负，不是在设立。',
        // 清理, 拆除, 收回 and 精简 are also everyday tasks ("辖区违建的拆除执法由镇乡负责", "清理河道垃圾"), and a
        // task next to a new station does not undo it: those count only with an organ or plaque in their clause.
        pattern: String.raw`
            摘牌 | 摘除 | 摘掉 | 摘下 | 摘了 | 撤销 | 撤并 | 撤除 | 撤掉 | 撤下 | 不再保留 | 不再悬挂 | 规范清理 | 清理规范
          | {{removeVerb}}[^,;:!?。\n]{0,12}{{removedThing}}        # 清理各部门要求乡镇加挂的牌子
          | {{removedThing}}[^,;:!?。\n]{0,12}{{removeVerb}}        # 非法定机构进行清理`,
        scope: 'sentence',
        examples: ['县委编办：对前期各部门要求乡镇设立的“XX工作站”“XX服务中心”等非法定机构进行清理，不再保留。'],
      },
      {
        // Split from cleanup so that each keeps a reach recheck can still prove safe.
        id: 'cleanup-ordered',
        why: '先点出机构或牌子，下一分句统一下令拆除、清理（“此前加挂的“XX服务站”牌子，月底前统一拆除”）：是在清理，不是在设立。',
        // The removal has no object of its own: not "…工作站并挂牌，违建拆除由乡镇负责" or "…服务站，负责清理河道垃圾".
        pattern: String.raw`{{removedThing}}[^;!?。\n]{0,12}(?:统一|一律|全部|全都|限期|逐步|予以|立即)[^,;:!?。\n]{0,4}?{{removeVerb}}(?:掉|了)?(?:[,;:!?。\n]|$)`,
        scope: 'sentence',
        examples: ['各乡镇此前加挂的“XX服务站”牌子，月底前统一拆除。'],
      },
      {
        id: 'countermanded',
        why: '编办等部门告诉乡镇、村不用挂、不用设、一律不予执行（“村里不用挂”“街道无需设立”“各乡镇一律不予执行”）：是在替基层挡负担，不是在施加负担。',
        // The grassroots named as the one spared, at once before the waiver: not "各村统一挂牌，门口不用挂，
        // 挂在活动室" (a place spared, the order stands), and not "不执行的通报批评" (a sanction).
        pattern: String.raw`{{grassroots}}(?:政府|人民政府)?(?:一律|都|均|也|就|可|暂)?(?:不用|不必|无需|无须|不需要|不要|不再)(?:再)?
            (?:挂|加挂|挂牌|设|设立|成立|建|配人|配备|配|执行|落实)(?:了|牌子)?(?=[也,;:!?。\n]|$)
          | 不予(?:执行|理会|落实|配合) | (?:一律|均|坚决)不(?:执行|落实|理会)(?!的)
          | (?:不用|不必|无需|无须|不要|别)(?:再)?(?:理会|理睬|管它|当回事)(?!的) | (?:已经?|已被|被|已经被)(?:[^,;:!?。\n]{0,4})?叫停   # 编办已经叫停了，大家不用理会`,
        scope: 'sentence',
        examples: ['县委编办：有部门要求各村加挂“XX工作站”牌子，这不属于法定事项，村里不用挂。', '县委编办：近期个别部门要求街道对口设置机构，请各街道一律不予执行。', '前几天有个局在群里要各村统一挂牌，这事已被县里叫停，各村不必理会。'],
      },
      {
        id: 'none-found',
        why: '自查、核查报告写明“没有要求村里对口挂牌”“不存在要求乡镇对口设立机构的情况”：是在报告没有这种负担，不是在施加负担。',
        pattern: String.raw`(?:不存在|没有|从未|从没有?|并未|均未|未曾)(?:再)?(?:要求|强制)`,
        scope: 'clause',
        examples: ['县市场监管局自查：我局从未要求各乡镇设立食品安全工作站，也未要求加挂牌子。'],
      },
      {
        id: 'own-reorganisation',
        why: '县级部门自身的内设机构、股室调整，或编办的机构改革通知，不涉及对乡镇的要求。',
        pattern: String.raw`(?<!其他|其它)内设机构(?!合署)|三定方案|机构改革方案|编制总数|[0-9一二三四五六七八九十]{1,3}个(?:股室|科室)`,
        scope: 'sentence',
        examples: ['县委编办：县农业农村局内设机构调整方案已经批复，调整后设7个股室，编制总数不变。'],
      },
    ],
    accept,
  },
  { ...LEXICON, ...LOCAL },
);
